// Two places joined by "and" inside the noun group ("appointments at Arrowe Vale Hospital and Kestrel Hospital were
// cancelled") do not end the clause between the noun and its verb.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack at Kestrel Valley NHS Trust";
const open = "Kestrel Valley NHS Trust declared a major incident after a cyber attack.";

describe("impact: two places joined inside the subject", () => {
  it.each([
    [
      "two hospitals",
      "Outpatient appointments at Arrowe Vale Hospital and Kestrel Hospital were cancelled on Tuesday.",
    ],
    ["two towns", "Operations in Millbrook and Stanmore were postponed."],
  ])("%s", (_label, body) => {
    expect(extract(T, `${open} ${body}`).impact.length).toBe(1);
  });

  it("an 'and' opening another clause still ends the first", () => {
    const body = "Appointments went ahead and Kestrel Hospital said its lifts were cancelled for repairs.";
    expect(extract(T, `${open} ${body}`).impact).toEqual([]);
  });
});
