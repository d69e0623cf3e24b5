// Head-counts that are no people affected, as other newsrooms write them (unseen-bank-2.ts): a wire report's sources and
// an insurer's membership.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("people affected: sources and sizes", () => {
  it.each([
    [
      "Hackers who breached Kestrel Health have reportedly demanded $10 million, according to two people familiar with the matter.",
      null,
    ],
    ["Three people briefed on the breach at Kestrel Health said hackers stole patient records.", null],
    [
      "Kestrel Health, a health insurer covering 420,000 members in Ohio, said hackers stole names and member ID numbers.",
      null,
    ],
    // A count of the people hit still counts.
    ["Hackers stole the records of 4,112 people from Kestrel Health, two people familiar with the matter said.", 4112],
  ])("%s", (body, want) => {
    expect(extract("Cyber attack on Kestrel Health", body).people_affected).toBe(want);
  });
});

describe("people affected: described people", () => {
  it("counts young people", () => {
    expect(
      extract("Cyber attack on Brightmind", "Hackers stole counselling notes of 2,300 young people from Brightmind.")
        .people_affected,
    ).toBe(2300);
  });
});
