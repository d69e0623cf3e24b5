// Data "put up" for sale at a price: the asking price is a demand (eval README: an asking price for the stolen data
// counts), as "offered for sale for" is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Larchmont Hospital data for sale";
const LEAD = "Hackers stole the records of 40,000 patients of Larchmont Hospital.";

describe("ransom: data put up for sale at a price", () => {
  it.each([
    ["put up the database for a sum", `${LEAD} A hacker put up the database for $80,000 on a breach forum.`, 80000],
    [
      "put the files up for sale for a sum",
      `${LEAD} The hacker put the files up for sale for $25,000 on Friday.`,
      25000,
    ],
  ])("%s", (_label, body, amount) => {
    const r = extract(T, body).ransom;
    expect([r.status, r.amount, r.currency]).toEqual(["demanded-amount", amount, "USD"]);
  });

  it("a sum put up for something else is no demand", () => {
    const r = extract(T, `${LEAD} The hospital put up $80,000 for a new firewall.`).ransom;
    expect(r.status).toBe("not-mentioned");
  });
});
