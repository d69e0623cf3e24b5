// Names of unusual shape: a brand fused with its healthcare word ("RivierZiekenhuis", "BrightDental") is a healthcare
// name, read from its last inner capital; a practitioners' plural possessive opening a name ("Nurses' Staffing Group")
// is the name's first word, where a possessive inside a run ends the name ("Human Services' HIPAA").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: brands fused with a healthcare word and names opening on a plural possessive", () => {
  it.each([
    [
      "a Dutch hospital word fused to the name",
      "RivierZiekenhuis in Utrecht said hackers stole patient files.",
      "RivierZiekenhuis",
    ],
    [
      "a Swedish hospital word, object of a fine",
      "The regulator fined NordSjukhus over a breach of patient files.",
      "NordSjukhus",
    ],
    [
      "an English specialty fused to a brand",
      "BrightDental said hackers stole patient records from its servers.",
      "BrightDental",
    ],
    [
      "a practitioners' possessive",
      "Physicians' Billing Partners, a Texas medical billing company, said hackers stole patient files in a ransomware attack.",
      "Physicians' Billing Partners",
    ],
    [
      "a nurses' possessive",
      "Nurses' Staffing Group, a medical staffing company, said hackers stole patient files.",
      "Nurses' Staffing Group",
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Data breach", body).victim_orgs).toEqual([want]);
  });

  it.each([
    ["a short brand ending", "CyberCare said hackers stole patient records."],
    [
      "a possessive inside a run",
      "Hackers stole files, and Kestrel Services' HIPAA officer said patient data was taken.",
    ],
  ])("no healthcare name: %s", (_label, body) => {
    expect(extract("Data breach", body).victim_orgs).toEqual([]);
  });
});
