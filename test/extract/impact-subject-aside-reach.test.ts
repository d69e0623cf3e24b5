// An effect's subject and its verb stand apart by an aside set off by commas ("The websites of nine hospitals, among them
// A and B in C, went down"): the aside does not count against the reach between them (intl-i04). Without such an aside,
// a verb as far from the noun is another clause's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hacktivists claim DDoS attack on regional hospitals";
const LEAD = "A DDoS attack claimed by a hacktivist group hit Kestrel Vale Hospital on Sunday.";

describe("impact: an aside between the effect's subject and its verb", () => {
  it.each([
    "The websites of nine regional hospitals, among them Kestrel Vale Hospital and Harrowmere General Hospital in Westport, went down for several hours.",
    "The booking systems of the region's hospitals, including Kestrel Vale Hospital and the Lanford Community Hospital in Westport, were offline until Monday.",
  ])("%s", (sentence) => {
    expect(extract(T, `${LEAD} ${sentence}`).impact).toEqual(["systems-offline"]);
  });

  it("a far verb with no aside between is not the noun's", () => {
    expect(
      extract(
        T,
        `${LEAD} The websites of nine regional hospitals posted a notice on Sunday morning about the visiting hours of the wards, which were down to an hour a day.`,
      ).impact,
    ).toEqual([]);
  });
});
