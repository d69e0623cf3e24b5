import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// "Would not say whether the attackers demanded a ransom" leaves the demand open: the definite subject ("the attackers")
// is the asker, not a definite demand, so nothing presupposes one. A definite demand ("the gang's ransom demand") or a
// withheld size ("how much the attackers demanded") still says one was made.
describe("not saying whether the attackers asked", () => {
  it.each([
    [
      "a verb of demanding after 'whether the attackers'",
      "The hospital would not say whether the attackers demanded a ransom.",
      "not-mentioned",
    ],
    [
      "asking for money",
      "Officials would not say whether the hackers asked for money, or who they are.",
      "not-mentioned",
    ],
    ["a withheld size", "The hospital would not say how much the attackers demanded.", "demanded-undisclosed"],
    ["a definite demand", "The clinic would not comment on the gang's ransom demand.", "demanded-undisclosed"],
  ])("%s", (_name, sentence, status) => {
    const e = extract(
      "Kestrel Hospital hit by ransomware",
      `Kestrel Hospital in Ohio was hit by ransomware on Monday. ${sentence}`,
    );
    expect(e.ransom.status).toBe(status);
  });
});
