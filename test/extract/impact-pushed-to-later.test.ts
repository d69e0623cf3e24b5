import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Spoken news moves care to another date with "pushed to later in the month", "bumped to next week": the surgeries or
// visits did not go ahead as booked. "Pushed to the limit" moves nothing.
describe("care pushed to a later date", () => {
  it.each([
    [
      "surgeries pushed to later in the month",
      "Some elective surgeries have been pushed to later in the month.",
      ["operations-cancelled"],
    ],
    ["scans bumped to next week", "Dozens of MRI scans were bumped to next week.", ["appointments-cancelled"]],
    ["staff pushed to the limit", "Surgical staff were pushed to the limit by the outage.", []],
  ])("%s", (_name, sentence, impact) => {
    const e = extract(
      "Kestrel Hospital hit by ransomware",
      `Kestrel Hospital in Ohio was hit by ransomware on Monday. ${sentence}`,
    );
    expect(e.impact).toEqual(impact);
  });
});
