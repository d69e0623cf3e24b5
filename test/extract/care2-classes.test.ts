// The classes of wording behind the care bank 2 rounds (unseen-bank-care2.ts) and the known gaps of the other banks in
// impact on care, relevance, country and background cues, each rule on sentences written for it. Round 0 (the other
// banks' gaps): paper documents and work "on paper", qualified records taken offline, admissions stopped, samples
// published, patients moved to a named place, an intruder reaching machines, a bare "the attack" that took machines
// down, British towns and county police, a season as the time of another hospital's attack. Rounds 1 to 3 follow.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Tamsworth General Hospital";
const impactOf = (text: string, title = HIT) => extract(title, text).impact;

describe("impact: paraphrases of the effect", () => {
  it.each<[string, string, ImpactType]>([
    ["paper rotas", "Since the cyber attack, nurses have kept paper rotas for every ward.", "paper-records"],
    ["paper registers", "Reception staff at the hospital are signing patients in on paper registers.", "paper-records"],
    ["orders taken on paper", "Pharmacy orders are being taken on paper after the cyber attack.", "paper-records"],
    [
      "logged on paper",
      "Blood test requests were logged on paper for three days after the cyber attack.",
      "paper-records",
    ],
    [
      "medication records offline",
      "The cyber attack took the hospital's electronic medication records offline.",
      "systems-offline",
    ],
    [
      "care records inaccessible",
      "Clinical care records have been inaccessible since the cyber attack.",
      "systems-offline",
    ],
    [
      "new outpatients",
      "The hospital has stopped accepting new outpatients until the cyber attack is resolved.",
      "services-closed",
    ],
    ["admissions", "After the cyber attack the hospital could not accept admissions for a day.", "services-closed"],
    ["samples published", "The hackers have started publishing samples of the stolen files.", "data-leaked"],
    ["sample leaked", "A sample of the hospital's data was leaked on the gang's site on Friday.", "data-leaked"],
    [
      "patients transferred to a named hospital",
      "After the cyber attack the hospital transferred six patients to St Columba's Infirmary.",
      "ambulance-diversion",
    ],
    [
      "patients flown to a named city",
      "Critically ill patients were flown by air ambulance to Tromsø after the cyber attack.",
      "ambulance-diversion",
    ],
  ])("%s", (_name, text, want) => {
    expect(impactOf(text)).toContain(want);
  });

  it.each<[string, string, ImpactType]>([
    [
      "the idiom 'on paper'",
      "On paper, the hospital's defences met every standard before the cyber attack.",
      "paper-records",
    ],
    [
      "a statement sent to a newsroom",
      "A statement the hospital sent to Healthwire after the cyber attack said no patients were harmed.",
      "ambulance-diversion",
    ],
    [
      "patients moved to a ward of its own",
      "After the cyber attack some patients were moved to the Intensive Care Unit for monitoring.",
      "ambulance-diversion",
    ],
    [
      "patients moved to a named ward",
      "Patients were moved to Rowan Ward while engineers restored the cyber attack damage.",
      "ambulance-diversion",
    ],
    ["blood samples", "Blood samples were sent to the laboratory as usual despite the cyber attack.", "data-leaked"],
    ["a threat to publish samples", "The gang threatened to publish samples of the stolen data.", "data-leaked"],
    [
      "new patients may be turned away",
      "The hospital said it may stop accepting new outpatients if the cyber attack drags on.",
      "services-closed",
    ],
  ])("not: %s", (_name, text, unwanted) => {
    expect(impactOf(text)).not.toContain(unwanted);
  });
});

describe("background: another body's attack dated by a season", () => {
  it.each<[string, string]>([
    [
      "last summer, passive",
      "A nearby clinic, which was hit by ransomware last summer, postponed hundreds of operations.",
    ],
    [
      "earlier this spring, active",
      "Earlier this spring the same gang hit a neighbouring hospital and forced it to divert ambulances.",
    ],
  ])("%s", (_name, background) => {
    expect(
      impactOf(`Hackers stole staff records from Tamsworth General Hospital, it said on Monday. ${background}`),
    ).toEqual([]);
  });

  it("a season dating this victim's own attack keeps its effects", () => {
    expect(
      impactOf(
        "Tamsworth General Hospital, which was hit by ransomware last spring, postponed hundreds of operations at the time.",
      ),
    ).toContain("operations-cancelled");
  });
});

describe("relevance: an intrusion told without a cyber noun", () => {
  it.each<[string, string, string]>([
    [
      "an intruder reached a server",
      "Clinic says patient data reached",
      "Ashgrove Family Clinic said an intruder accessed a server that held appointment records.",
    ],
    [
      "attackers got into email",
      "Care group warns patients",
      "Merrow Care Homes said attackers got into two staff email accounts in March.",
    ],
    [
      "the attack took machines down",
      "Trust isolates its network",
      "Harwell Vale NHS Trust's computer systems have been down since the attack on Sunday.",
    ],
    [
      "switched off to contain the attack",
      "Hospital shuts network",
      "Pinecrest Hospital's IT network was switched off to contain the attack, a spokesperson said.",
    ],
  ])("%s", (_name, title, text) => {
    expect(extract(title, text).relevant).toBe(true);
  });

  it.each<[string, string, string]>([
    [
      "an intruder on a ward",
      "Intruder arrested at hospital",
      "Police arrested an intruder who entered a maternity ward at Ashgrove Hospital on Sunday night.",
    ],
    [
      "an attack on staff",
      "Nurse hurt in attack",
      "A nurse at Pinecrest Hospital was injured in an attack by a patient; the hospital's systems were not affected.",
    ],
    [
      "protecting systems from attack",
      "Hospital upgrades firewalls",
      "Pinecrest Hospital is spending £2m to protect its computer systems from attack.",
    ],
  ])("not: %s", (_name, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });
});

describe("country: British towns and a county's police", () => {
  it.each<[string, string]>([
    ["in Derby", "GB"],
    ["in Colchester", "GB"],
    ["in Kirkcaldy", "GB"],
    ["in Llanelli", "GB"],
    ["in Stockton-on-Tees", "GB"],
    ["in Preston", "GB"],
  ])("Brackenfold Surgery %s", (place, code) => {
    expect(
      extract(
        "Cyber attack on Brackenfold Surgery",
        `Brackenfold Surgery ${place} said a cyber attack took its systems offline.`,
      ).country,
    ).toBe(code);
  });

  it.each<[string, string, string]>([
    ["a county's police", "Cumbria Police are investigating the cyber attack on Brackenfold Surgery.", "GB"],
    ["a city's police", "Derby police are investigating the cyber attack on Brackenfold Surgery.", "GB"],
  ])("%s", (_name, text, code) => {
    expect(extract("Cyber attack on Brackenfold Surgery", text).country).toBe(code);
  });

  it.each<[string, string]>([
    [
      "a person named Preston",
      "Spokesman Preston Hale said a cyber attack took Brackenfold Surgery's systems offline.",
    ],
    ["a country's police abroad", "French police arrested a suspect in the cyber attack on Brackenfold Surgery."],
  ])("no British town: %s", (_name, text) => {
    expect(extract("Cyber attack on Brackenfold Surgery", text).country).not.toBe("GB");
  });
});

// Round 1 of the care bank 2: the classes it showed missing, each on sentences written for it.
describe("round 1: effects and plans", () => {
  it.each<[string, string, ImpactType]>([
    [
      "records out of reach",
      "Since the cyber attack, clinical records have been out of reach for ward staff.",
      "systems-offline",
    ],
    [
      "ambulances rerouted",
      "Ambulances were rerouted for most of Sunday after the cyber attack.",
      "ambulance-diversion",
    ],
    [
      "ambulances redirected",
      "After the cyber attack ambulances are being redirected, the trust said.",
      "ambulance-diversion",
    ],
    [
      "capitalised subject to a named town",
      "Ambulances were sent to Kirkwall after the cyber attack.",
      "ambulance-diversion",
    ],
  ])("%s", (_name, text, want) => {
    expect(impactOf(text)).toContain(want);
  });

  it.each<[string, string, string, ImpactType]>([
    [
      "weighs",
      "Hospital weighs cancelling surgery after cyber attack",
      "The cyber attack is under investigation.",
      "operations-cancelled",
    ],
    [
      "considering",
      "Cyber attack on Tamsworth General Hospital",
      "The hospital is considering postponing outpatient appointments after the cyber attack.",
      "appointments-cancelled",
    ],
    [
      "braces for",
      "Cyber attack on Tamsworth General Hospital",
      "After the cyber attack, the hospital braces for cancelled operations next week.",
      "operations-cancelled",
    ],
  ])("not a plan: %s", (_name, title, text, unwanted) => {
    expect(impactOf(text, title)).not.toContain(unwanted);
  });
});

it("round 1: records out of the attackers' reach are no outage", () => {
  expect(
    impactOf("The hospital said patient records were out of reach for the hackers in the cyber attack."),
  ).not.toContain("systems-offline");
});

describe("round 1: relevance", () => {
  it.each<[string, string, string]>([
    [
      "a renal unit operator named without a health word",
      "Cyberattack hits Korvane",
      "A cyberattack crippled Korvane, which runs renal units in three towns, and its dialysis centres closed for a day.",
    ],
    [
      "personal data put online",
      "Patient details exposed",
      "Personal information of 2,000 callers to the Fernleigh Ambulance Service was uploaded to a website last month.",
    ],
  ])("%s", (_name, title, text) => {
    expect(extract(title, text).relevant).toBe(true);
  });

  it.each<[string, string, string]>([
    [
      "a body's own news posted online",
      "New clinic opens",
      "Details of Fernleigh Hospital's new dialysis centre were posted online by the hospital on Monday.",
    ],
  ])("not: %s", (_name, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });
});

describe("round 1: country", () => {
  it.each<[string, string, string]>([
    [
      "a British city's US namesake beside a state",
      "Patients were taken to a hospital in Cambridge after the cyber attack on Brackenfold Clinic in Hagerstown, Md.",
      "US",
    ],
    [
      "an Irish city's namesake beside a Canadian province",
      "The cyber attack on Brackenfold Clinic in Waterford, Ont., took its booking system offline.",
      "CA",
    ],
    ["a South African province", "Brackenfold Clinic in Gauteng said a cyber attack took its systems offline.", "ZA"],
    [
      "'English' before a body",
      "Brackenfold Clinic, an English GP practice, said a cyber attack took its systems offline.",
      "GB",
    ],
    [
      "a British city with a British county",
      "The cyber attack on Brackenfold Clinic in Cambridge, Cambridgeshire, took its systems offline.",
      "GB",
    ],
  ])("%s", (_name, text, code) => {
    expect(extract("Cyber attack on Brackenfold Clinic", text).country).toBe(code);
  });

  it("'English' as a language names no country", () => {
    expect(
      extract(
        "Cyber attack on Brackenfold Clinic",
        "Brackenfold Clinic posted a notice in English after a cyber attack took its systems offline.",
      ).country,
    ).toBeNull();
  });
});

// Round 2 of the care bank 2: the classes it showed missing, each on sentences written for it.
describe("round 2: effects", () => {
  it.each<[string, string, ImpactType]>([
    [
      "a place set off by commas between subject and verb",
      "Surgery at Tamsworth General Hospital in Kendal, Cumbria, was cancelled after the cyber attack.",
      "operations-cancelled",
    ],
    ["OPD registration", "After the cyber attack, OPD registration was suspended until Friday.", "services-closed"],
    [
      "a link to the stolen data",
      "The gang posted a link to the stolen patient files on its leak site.",
      "data-leaked",
    ],
  ])("%s", (_name, text, want) => {
    expect(impactOf(text)).toContain(want);
  });

  it.each<[string, string, ImpactType]>([
    [
      "a clause, not a place, set off by commas",
      "Surgery at the hospital, staff said, went ahead, while the cyber attack was cancelled out by backups.",
      "operations-cancelled",
    ],
    [
      "a link to the hospital's statement",
      "The trust published a link to its statement about the cyber attack on its website.",
      "data-leaked",
    ],
  ])("not: %s", (_name, text, unwanted) => {
    expect(impactOf(text)).not.toContain(unwanted);
  });
});

describe("round 2: relevance", () => {
  it("a GP federation is a healthcare victim", () => {
    expect(
      extract("Cyber attack on Kesh GP federation", "The federation said its booking system was offline.").relevant,
    ).toBe(true);
  });

  it("'no reason to think' rules hackers out", () => {
    expect(
      extract(
        "Hospital phones down",
        "Phones at Kesh General Hospital were down on Monday; the hospital said it had no reason to believe the fault was caused by hackers.",
      ).relevant,
    ).toBe(false);
  });
});

describe("round 2: country", () => {
  it.each<[string, string]>([
    ["a Bavarian clinic group", "DE"],
    ["a Flemish hospital network", "BE"],
    ["a Tasmanian aged care provider", "AU"],
    ["a Catalan hospital", "ES"],
  ])("Kesh Health, %s", (described, code) => {
    expect(
      extract("Cyber attack on Kesh Health", `Kesh Health, ${described}, said a cyber attack took its systems offline.`)
        .country,
    ).toBe(code);
  });
});

// Round 3 of the care bank 2: the classes it showed missing, each on sentences written for it.
describe("round 3: effects", () => {
  it.each<[string, string, ImpactType]>([
    [
      "patients shifted to a named hospital",
      "After the cyber attack, ICU patients were shifted to Gandhi Hospital.",
      "ambulance-diversion",
    ],
    [
      "a neonatal unit closed",
      "The neonatal unit was closed to new admissions after the cyber attack.",
      "services-closed",
    ],
    ["births suspended", "Births at the hospital have been suspended since the cyber attack.", "services-closed"],
  ])("%s", (_name, text, want) => {
    expect(impactOf(text)).toContain(want);
  });

  it("a gang's described speciality is no effect of this attack", () => {
    expect(
      impactOf(
        "The gang claimed the cyber attack on the hospital. Its speciality is stealing data and then releasing the information online.",
      ),
    ).not.toContain("data-leaked");
  });
});

describe("round 3: relevance", () => {
  it("a database left open to the internet is an incident", () => {
    expect(
      extract(
        "Clinic database found open",
        "A researcher found that Norvale Clinic had left a database of 8,000 patient files open to the internet.",
      ).relevant,
    ).toBe(true);
  });

  it("a cyber insurance market piece is no incident", () => {
    expect(
      extract(
        "Cyber insurance costs climb for clinics",
        "Premiums for clinics rose sharply after several ransomware attacks on hospitals, brokers said.",
      ).relevant,
    ).toBe(false);
  });
});

describe("round 3: country", () => {
  it.each<[string, string | null]>([
    ["Norvale Clinic in Darwin said a cyber attack took its systems offline.", "AU"],
    ["Researcher Charles Darwin Okafor said a cyber attack took Norvale Clinic's systems offline.", null],
  ])("%s", (text, code) => {
    expect(extract("Cyber attack on Norvale Clinic", text).country).toBe(code);
  });
});
