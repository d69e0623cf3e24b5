// Data taken in a quantity ("took a large amount of patient data", "copied \"a huge amount\" of records", "downloaded the
// contents of some mailboxes") is data theft, as "took patient data" is (blind-ee02, blind-ee03).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const VICTIM = "Corrow Valley Hospital in Ohio";

describe("attack types: data taken in a quantity", () => {
  it.each([
    ["a large amount of", `Hackers took a large amount of sensitive patient data from ${VICTIM}.`],
    [
      "a quoted amount in reported speech",
      `The gang said it had copied "a huge amount" of patient records from ${VICTIM}.`,
    ],
    [
      "a significant volume of",
      `Intruders downloaded a significant volume of confidential information from ${VICTIM}.`,
    ],
    ["large quantities of", `Attackers copied large quantities of internal files from ${VICTIM}.`],
    [
      "the contents of mailboxes",
      `An attacker took over staff email accounts at ${VICTIM} and downloaded the contents of some mailboxes.`,
    ],
  ])("%s", (_label, text) => {
    expect(extract("Hospital hit by hackers", text).attack_types).toContain("data-theft");
  });

  it.each([
    ["an amount of time", `Staff at ${VICTIM} took a large amount of time to restore systems after a cyberattack.`],
    ["action taken", `${VICTIM} took a number of steps after a cyberattack on its network.`],
  ])("%s is no theft", (_label, text) => {
    expect(extract("Hospital hit by hackers", text).attack_types).not.toContain("data-theft");
  });
});
