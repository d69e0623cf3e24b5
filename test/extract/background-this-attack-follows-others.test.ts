// This attack told as following others ("The breach follows two much larger ones at health insurers this year: X said
// ...") sets the rest of the sentence on those others: their groups, victims and kinds are not this incident's (us-f04).
// What this attack followed in its own course ("followed a phishing email") is still its own.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ashgrove Regional Hospital data breach";
const LEAD = "Ashgrove Regional Hospital in Ohio said hackers stole patient files from a server in May.";

describe("background: this attack told as following other attacks", () => {
  it.each([
    [
      "'follows two much larger ones at'",
      "The breach follows two much larger ones at health insurers this year: Birchfield Health Plan said in February that the Conti gang stole data on 9 million members.",
    ],
    [
      "'followed ransomware attacks on'",
      "The attack followed ransomware attacks on Larkin Health System and Birchfield Medical Center by the Hive group.",
    ],
  ])("%s", (_label, sentence) => {
    const e = extract(T, `${LEAD} ${sentence}`);
    expect([e.attacker_groups, e.victim_orgs, e.victim_type]).toEqual([[], ["Ashgrove Regional Hospital"], "hospital"]);
  });

  it("what this attack followed in its own course is its own", () => {
    expect(
      extract(T, `${LEAD} The attack followed a phishing email sent to staff in April.`).attack_types.sort(),
    ).toEqual(["data-theft", "phishing"]);
  });
});
