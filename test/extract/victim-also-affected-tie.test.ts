// A body tied to the victim (its parent, owner, sister) said to be "also affected" with no attack named after it is hit
// by the same incident; a name merely "also affected" with no tie stays as before. Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a tied body also affected by the victim's incident", () => {
  it.each<[string, string, string, string[]]>([
    [
      "parent entity in apposition, clause after 'and'",
      "Patients receive ransom emails",
      "Patients are receiving ransom demands from the hackers who attacked the Orrin Cancer Center (OCC). The intrusion was carried out in May, and OCC's parent entity, the University of Tarrow (UT), was also affected.",
      ["Orrin Cancer Center (OCC)", "University of Tarrow (UT)"],
    ],
    [
      "parent company opening its sentence",
      "Ransomware at Kelso Hospital",
      "Hackers encrypted servers at Kelso Hospital on Friday. Its parent company, Dunmore Partners, has also been affected.",
      ["Kelso Hospital", "Dunmore Partners"],
    ],
    [
      "sister body",
      "Clinic breach",
      "Intruders copied patient files from Ashby Eye Clinic. Its sister practice, Brenlow Optics, was also impacted.",
      ["Ashby Eye Clinic", "Brenlow Optics"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string, string, string[]]>([
    [
      "a customer council of a supplier, no tie told",
      "Supplier attack reaches councils",
      "The ransomware attack on Corrin Care Supplies has reached local authorities. Fenwick Council said it was still checking. Marlow Council has also been affected but is unsure which data was accessed.",
      ["Corrin Care Supplies"],
    ],
  ])("not: %s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
