// "seen by Cyber Ledger, a threat actor used ...": a group noun followed by its verb opens the next clause, so the name
// before the comma (an outlet, a source) is not introduced as a group; a true apposition still introduces one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attackers: a name before a clause whose subject is a group noun", () => {
  it.each<[string, string, string[]]>([
    [
      "an outlet before 'a threat actor used'",
      "According to a notice seen by Pacific Wire, a threat actor used stolen passwords to get into servers of Brambleton Hospital in Ohio.",
      [],
    ],
    [
      "a newsletter before 'a ransomware gang claimed'",
      "As first reported by Breach Digest, a ransomware gang claimed the attack on Brambleton Hospital in Ohio on Monday.",
      [],
    ],
    [
      "a true apposition introduces the group",
      "Vexmoor, a little-known ransomware gang, claimed the attack on Brambleton Hospital in Ohio on Monday.",
      ["Vexmoor"],
    ],
  ])("%s", (_name, text, groups) => {
    expect(extract("Ohio hospital breach", text).attacker_groups).toEqual(groups);
  });
});
