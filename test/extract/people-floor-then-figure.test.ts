// A round floor ("more than a million patients") and, elsewhere, the precise figure it rounds down ("about 1.2 million
// people were affected"): the guide keeps the most precise figure for the incident, so the later one wins when it lies
// above the floor and near it; a figure far above a floor, or below it, tells something else.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Data breach at Harwick Valley Health";
describe("people: a floor met by a precise figure above it", () => {
  it.each([
    [
      "Harwick Valley Health is writing to more than a million patients after a breach. The health system later put the number affected at about 1.2 million people.",
      1200000,
    ],
    [
      "Over 40,000 patients had their records stolen in the hack, Harwick Valley Health said. Its filing lists 47,871 individuals affected.",
      47871,
    ],
    [
      "At least 10,000 people were affected by the breach. Harwick Valley Health later told regulators 12,406 people were affected.",
      12406,
    ],
  ])("%s", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });

  it.each([
    [
      "a figure far above the floor",
      "More than 10,000 patients were affected by the breach. Harwick Valley Health has 95,000 patients on its books.",
      10000,
    ],
    [
      "a figure below the floor",
      "More than 10,000 patients were affected by the breach, including 7,412 patients of its clinics.",
      10000,
    ],
    [
      "a figure near an estimate that is no floor",
      "About 10,000 patients were affected by the breach. Harwick Valley Health said 13,002 people were affected.",
      10000,
    ],
  ])("not %s", (_why, text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });
});
