import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Capitalised runs that are no organisation (src/extract/victim-not-org.ts, and possessives and "The" in victim.ts).
describe("victim names that name no organisation", () => {
  it.each([
    [
      "leaves out a law whose name ends in Amendments",
      "Kestrel Labs hit by ransomware",
      "Kestrel Labs said hackers stole test results. As a lab it is covered by the Clinical Laboratory Quality Amendments of 1990.",
      ["Kestrel Labs"],
    ],
    [
      "leaves out a figure of data cut after its decimal point",
      "Kestrel Labs files leaked",
      "Hackers attacked Kestrel Labs in May. The gang later put out 4.5GB of KV Lab's research files.",
      ["Kestrel Labs"],
    ],
    [
      "leaves out a figure of data in terabytes",
      "Kestrel Hospital files leaked",
      "Kestrel Hospital was hit by ransomware. The gang dumped 1.2TB of KH Clinic's staff records on its site.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out a programme",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware. Its patients are enrolled in the Rural Health Outreach Programme.",
      ["Kestrel Hospital"],
    ],
    [
      "ends a name at a plural possessive",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware, according to the Ridgeway Health Services' breach portal.",
      ["Kestrel Hospital", "Ridgeway Health Services"],
    ],
    [
      "leaves out the regulator named with a plural possessive",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware, according to the Department of Health and Human Services' HIPAA breach tool.",
      ["Kestrel Hospital"],
    ],
    [
      "does not make a name of 'The' and one generic word",
      "Kestrel Hospital hit",
      'Kestrel Hospital was hit by ransomware. "The Healthcare sector is a target," an analyst said.',
      ["Kestrel Hospital"],
    ],
    [
      "leaves out a data set named by its acronym and 'system'",
      "Kestrel Health exposed data",
      "Kestrel Health said the server held test data from the Open Health Reference Archive (OHRA) system, not real patients' records. Kestrel Health fixed the misconfigured server.",
      ["Kestrel Health"],
    ],
    [
      "leaves out a business described in capitals",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware. Ad: Ampley, a Leading Distributor for Ridgeway Medical, handles Repairs for Ridgeway Surgical Displays.",
      ["Kestrel Hospital"],
    ],
    [
      "keeps a health system named before 'system'",
      "Hospitals hit",
      "Ransomware hit hospitals in the Kestrel Health system, and Kestrel Health diverted ambulances.",
      ["Kestrel Health"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
