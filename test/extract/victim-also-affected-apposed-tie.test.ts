// A body whose tie to the victim is told in an apposition after its name ("Dunmore Partners, the clinic's parent
// company, was also affected") is hit by the same incident, as when the tie comes before the name; an apposition that
// ties nothing, or "also affected" by another incident, leaves the name out. Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a body tied to the victim in an apposition and also affected", () => {
  it.each<[string, string, string, string[]]>([
    [
      "parent entity after a bracketed acronym",
      "Gang emails patients of cancer centre",
      "The Brackley gang breached the Orrin Cancer Center (OCC) in May and began emailing patients. The University of Tarrow (UT), OCC\u2019s parent entity, was also affected by the attack.",
      ["Orrin Cancer Center (OCC)", "University of Tarrow (UT)"],
    ],
    [
      "owner named after its apposition, 'has also been affected'",
      "Ransomware at Kelso Hospital",
      "Hackers encrypted servers at Kelso Hospital on Friday. Dunmore Partners, the hospital's owner, has also been affected.",
      ["Kelso Hospital", "Dunmore Partners"],
    ],
    [
      "sister company, 'was also hit by the attack'",
      "Clinic breach",
      "Intruders copied patient files from Ashby Eye Clinic last week. Brenlow Optics, a sister company of the clinic, was also hit by the attack.",
      ["Ashby Eye Clinic", "Brenlow Optics"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string, string, string[]]>([
    [
      "an apposition that ties nothing to the victim",
      "Supplier attack reaches councils",
      "The ransomware attack on Corrin Care Supplies has reached local authorities. Marlow Council, a district authority in the north, has also been affected but is unsure which data was accessed.",
      ["Corrin Care Supplies"],
    ],
    [
      "a parent also affected by a storm, not the attack",
      "Ransomware at Kelso Hospital",
      "Hackers encrypted servers at Kelso Hospital on Friday. Dunmore Partners, the hospital's owner, said its offices were also affected by flooding.",
      ["Kelso Hospital"],
    ],
  ])("not: %s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
