// A sentence that opens on a contrast with what attackers usually do ("Unusually for a ransomware crew, which would
// normally encrypt everything, ...") reads as general, but the clause after the aside is a fact of this attack. Without
// the opening contrast, a habit stays a habit.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const types = (text: string) => extract("Gang dumps Farrowdale Clinic files", text).attack_types;

describe("a fact told after a contrast with the usual habit", () => {
  it.each<[string, string, boolean]>([
    [
      "'Unusually for' a crew that would normally encrypt, it encrypted some files",
      "Unusually for an extortion crew, which would normally lock up a whole network, the Karrow gang encrypted only a few of Farrowdale Clinic's servers, it said.",
      true,
    ],
    [
      "'Unlike' gangs who typically scramble all data, it locked some machines",
      "Unlike most hackers, who typically encrypt every machine they reach, the intruders encrypted just the billing computers at Farrowdale Clinic.",
      true,
    ],
    [
      "the habit alone, told after the contrast, is no fact",
      "Unlike most crews, which normally steal files first, the gang usually encrypts systems at once, researchers say.",
      false,
    ],
    [
      "a habit with no contrast opening stays general",
      "Ransomware crews normally encrypt a victim's whole system and lock the user out.",
      false,
    ],
  ])("%s", (_name, text, ransomware) => {
    expect(types(text).includes("ransomware")).toBe(ransomware);
  });
});
