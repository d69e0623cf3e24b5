// A head-count whose people are described by a word of their standing ("400,000 enrolled patients", "2 million insured
// members", "90,000 registered users") is the people affected, as "400,000 patients" is (blind-ee07).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("people affected: a count of described people", () => {
  it.each([
    ["enrolled", "may have viewed the health information of up to 400,000 enrolled patients", 400000],
    ["insured", "exposed the records of 2 million insured members", 2000000],
    ["registered", "took the details of 90,000 registered users of its patient app", 90000],
    ["active", "copied the files of 12,500 active patients", 12500],
  ])("%s", (_label, clause, want) => {
    const e = extract("Health network breach", `Corrow Valley Health Network in Ohio said an intruder ${clause}.`);
    expect(e.people_affected).toBe(want);
  });
});
