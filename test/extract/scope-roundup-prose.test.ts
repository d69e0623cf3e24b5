// A roundup told in prose, not in a numbered list: a paragraph about a named body outside healthcare, a turn to "other
// news", and a campaign's "other companies hit by" it tell other incidents (scope.ts marks them as background), so
// their groups, ransoms, effects and victims are not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Security week: breaches at a clinic and elsewhere";
const LEAD =
  "It was a quiet week for most sectors.\n\nHarwick Family Clinic in Leeds said on Monday that hackers had stolen patient files.";

describe("scope: a prose roundup's paragraph about a body outside healthcare", () => {
  it.each([
    "Ferris Valley Public Schools confirmed that the Akira gang had published files after the district refused to pay a $400,000 ransom.",
    "Dunmore City Council said the Play group leaked payroll records when it declined to pay $2 million.",
    "Northgate Bank has confirmed that BianLian posted customer data online after it refused a $750,000 demand.",
  ])("%s", (para) => {
    const e = extract(T, `${LEAD}\n\n${para}`);
    expect([e.attacker_groups, e.ransom.status, e.impact]).toEqual([[], "not-mentioned", []]);
  });

  it("reads a paragraph about a health body", () => {
    const e = extract(
      T,
      `${LEAD}\n\nHarwick Family Clinic confirmed that the Akira gang had published the files after it refused to pay a $400,000 ransom.`,
    );
    expect([e.attacker_groups, e.ransom.status]).toEqual([["Akira"], "refused"]);
  });

  it("reads a later paragraph about the body the headline names", () => {
    const e = extract(
      "Akira claims attack on Ferris Valley Public Schools",
      "The district closed on Monday.\n\nFerris Valley Public Schools confirmed that the Akira gang had published files after the district refused to pay a $400,000 ransom.",
    );
    expect([e.attacker_groups, e.ransom.status]).toEqual([["Akira"], "refused"]);
  });

  it("reads a story's own first paragraph", () => {
    const e = extract(
      "Akira claims attack on Ferris Valley Public Schools",
      "Ferris Valley Public Schools confirmed that the Akira gang had published files after the district refused to pay a $400,000 ransom.",
    );
    expect(e.attacker_groups).toEqual(["Akira"]);
  });
});

describe("scope: other news and a campaign's other victims", () => {
  it.each([
    [
      "In other news, researchers tied a new strain to ten victims, while the Medusa gang claimed an attack on a Dutch shipping firm.",
      [],
    ],
    ["In other news, the Play gang leaked data from a Belgian brewery.", []],
  ])("%s", (line, groups) => {
    expect(extract(T, `${LEAD}\n\n${line}`).attacker_groups).toEqual(groups);
  });

  it.each([
    "Other hospitals hit by the worm included Carver General Hospital and St Anne's Hospital.",
    "Other companies hit by the malware, including drugmaker Brandt Pharma and shipping group Carver Lines, also faced large losses.",
  ])("%s", (line) => {
    expect(extract(T, `${LEAD}\n\n${line}`).victim_orgs).toEqual(["Harwick Family Clinic"]);
  });
});
