// After "the", a name may modify the noun phrase of its kind ("The Vellmar hospital group said ..."): that kind
// describes the name as a healthcare body, as an apposition would. Places, products and days so placed stay no victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a name before its kind", () => {
  it.each<[string, string[]]>([
    ["The Vellmar hospital group said on Thursday that data stolen in the attack had been published.", ["Vellmar"]],
    ["Patients of the Orsanne health system were told their data was stolen in the attack.", ["Orsanne"]],
    ["The Tollby dental group confirmed that ransomware had encrypted its booking servers.", ["Tollby"]],
    ["Patients of the Chicago hospital group were told their data was stolen in the attack.", []],
    ["The Monday hospital group meeting was cancelled after hackers stole patient data.", []],
  ])("%s", (text, victims) => {
    expect(extract("Stolen data published by LockBit", text).victim_orgs).toEqual(victims);
  });
});
