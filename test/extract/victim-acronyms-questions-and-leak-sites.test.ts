// Classes of news language found by the third series of page rewordings (unseen-bank-rw3-pages.ts), each rule on
// sentences written for it: a bracketed acronym inside a name and its short form, a question headline's auxiliary,
// other victims told with a trailing "earlier this month", a victim listed on a leak site, a past perfect "had put" that
// is no possession of data, a care service stopped, a disrupted booking, and an Italian local health authority.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a bracketed acronym inside a name keeps the name whole", () => {
  it.each<[string, string, string[]]>([
    [
      "a supplier with a suffix after its acronym",
      "Harlow Mobility Supplies (HMS) Healthcare, which supplies equipment to councils, was hit by ransomware in May.",
      ["Harlow Mobility Supplies (HMS) Healthcare"],
    ],
    [
      "its short form later in the story folds into it",
      "Tarrant Care Products (TCP) Group was hit by ransomware on Monday. TCP Group said patient data may be affected.",
      ["Tarrant Care Products (TCP) Group"],
    ],
    [
      "a title after the acronym is no part of the name",
      "Kestrel Regional Hospital (KRH) Chief Executive Jo Smith said the hospital was hit by ransomware.",
      ["Kestrel Regional Hospital (KRH)"],
    ],
    [
      "nor a day",
      "The attack on Kestrel Regional Hospital (KRH) Monday disrupted care.",
      ["Kestrel Regional Hospital (KRH)"],
    ],
  ])("%s", (_label, text, victims) => {
    expect(extract("Ransomware attack", text).victim_orgs).toEqual(victims);
  });
});

describe("a question headline's auxiliary opens no name", () => {
  it.each<[string, string]>([
    ["Did Marsh Valley Health pay the hackers? What we know", "Marsh Valley Health"],
    ["Does Ashcombe Clinic still hold patient data after the attack?", "Ashcombe Clinic"],
    ["Could Penrose Hospital have stopped the ransomware attack?", "Penrose Hospital"],
  ])("%s", (title, victim) => {
    expect(extract(title, `${victim} was hit by a ransomware attack in March.`).victim_orgs).toEqual([victim]);
  });
});

describe("other victims told with a trailing 'earlier this month' are background", () => {
  it("a list of practices that reported breaches earlier this month", () => {
    const e = extract(
      "Orrin Imaging confirms ransomware attack",
      "Orrin Imaging said ransomware hit its servers last week. Imaging practices have had a hard year: Lyle Radiology Group and Hatfield Diagnostic Imaging both reported data breaches earlier this month.",
    );
    expect(e.victim_orgs).toEqual(["Orrin Imaging"]);
  });

  it("the story's own victim named only there is kept", () => {
    const e = extract(
      "Breach at imaging practice",
      "Lyle Radiology Group reported a data breach earlier this month after hackers reached its scheduling server.",
    );
    expect(e.victim_orgs).toEqual(["Lyle Radiology Group"]);
  });
});

describe("a victim listed on the gang's leak site had its data taken", () => {
  it.each<[string, string]>([
    ["added to its leak site", "The Cl0p gang claimed the hack and added Corran Health to its dark web leak site."],
    ["listed, passive", "Corran Health was listed on the gang's leak site on Monday after the breach."],
    ["put on their leak blog", "The hackers put Corran Health on their leak blog after the breach."],
  ])("%s", (_label, text) => {
    expect(extract("Corran Health breach", text).attack_types).toContain("data-theft");
  });

  it("a victim named in a post about the site, not on it, is not", () => {
    const e = extract(
      "Corran Health cyber attack",
      "Corran Health said a cyber attack disrupted its systems; it was not listed on any leak site.",
    );
    expect(e.attack_types).not.toContain("data-theft");
  });
});

describe("'had' before a participle is a tense, not data held", () => {
  it("a backup a partner had put online is exposed, not stolen", () => {
    const e = extract(
      "Donor database left open",
      "The Kestrel Blood Service said records on 40,000 donors were reachable by anyone. A contractor had put a 2.3 GB database backup on a public-facing server.",
    );
    expect(e.attack_types).not.toContain("data-theft");
  });

  it("a gang that says it had 2.3 GB still holds data", () => {
    const e = extract(
      "Kestrel Blood Service hacked",
      "The gang said it had 2.3 GB of donor records from the Kestrel Blood Service.",
    );
    expect(e.attack_types).toContain("data-theft");
  });
});

describe("a care service stopped is closed; a booking disrupted did not go ahead", () => {
  it.each<[string, string, string[]]>([
    ["stopped emergency care", "After the attack Kestrel Hospital stopped emergency care.", ["services-closed"]],
    ["halted maternity services", "Kestrel Hospital halted maternity services after the attack.", ["services-closed"]],
    [
      "ceased outpatient services",
      "Kestrel Hospital ceased all outpatient services after the attack.",
      ["services-closed"],
    ],
    [
      "appointments disrupted",
      "Thousands of appointments have been disrupted by the attack at Kestrel Hospital.",
      ["appointments-cancelled"],
    ],
  ])("%s", (_label, text, impact) => {
    expect(extract("Kestrel Hospital hit by cyber attack", text).impact).toEqual(impact);
  });

  it.each<[string, string]>([
    [
      "a supplier stopping services",
      "The supplier stopped services to the hospital after the attack at Kestrel Hospital.",
    ],
    ["a police inquiry stopped", "Police stopped the inquiry into the attack at Kestrel Hospital after a week."],
  ])("%s: no closure", (_label, text) => {
    expect(extract("Kestrel Hospital hit by cyber attack", text).impact).not.toContain("services-closed");
  });
});

describe("an Italian local health authority runs hospitals", () => {
  it.each<[string, string]>([
    ["a numbered ASL", "Asl 4 Teramo was hit by ransomware on Tuesday."],
    ["an ASL of a town", "Hackers hit the ASL of Rieti, which said ransomware encrypted its servers."],
  ])("%s", (_label, text) => {
    expect(extract("Italian health authority attacked", text).victim_type).toBe("hospital");
  });
});
