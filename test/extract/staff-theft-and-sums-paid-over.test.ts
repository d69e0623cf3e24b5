import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("data a member of staff took is the insider's doing", () => {
  it.each([
    ["An employee stole and sold the information of 4,100 patients of Ashby Vale Hospital.", ["insider"]],
    ["A receptionist at Ashby Vale Clinic copied patient records and sold them to a fraud ring.", ["insider"]],
    ["A pharmacist at Ashby Vale Hospital had downloaded the details of 900 patients.", ["insider"]],
    ["Police say a nurse took the files of 200 patients home from Ashby Vale Hospital.", ["insider"]],
    ["Hackers stole employee records from Ashby Vale Hospital.", ["data-theft"]],
    ["Employee data was stolen from Ashby Vale Hospital by an outside attacker.", ["data-theft"]],
  ])("%j", (text, attacks) => {
    expect(extract("Ashby Vale Hospital breach", text).attack_types).toEqual(attacks);
  });
});

describe("a sum paid 'over' what happened is a settlement, not a ransom", () => {
  const body = "Ashby Vale Hospital, a hospital in Ohio, said a worker had stolen patient records.";
  it.each([
    ["Ashby Vale Hospital pays $2.3 million over worker who sold patient data", "not-mentioned", null],
    ["Ashby Vale Hospital to pay £400,000 over data breach", "not-mentioned", null],
    ["Hackers sold Ashby Vale Hospital data for $30,000 over the weekend", "demanded-amount", 30000],
    ["Ashby Vale Hospital pays $50,000 ransom over weekend of outages", "paid", 50000],
  ])("%j", (title, status, amount) => {
    const { ransom } = extract(title, body);
    expect([ransom.status, ransom.amount]).toEqual([status, amount]);
  });
});
