import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance", () => {
  it.each([
    [
      "Ransomware attack on Riverside Regional Hospital forces diversions",
      "Riverside Regional Hospital said its systems were encrypted on Monday.",
      true,
    ],
    [
      "Data breach at Lakeside Dental Care exposes 4,000 patients",
      "Hackers stole patient files from Lakeside Dental Care.",
      true,
    ],
    [
      "LockBit claims attack on a city council",
      "The LockBit ransomware gang says it stole files from Eastwick Borough Council, which runs libraries and parks.",
      false,
    ],
    [
      "New surgical hub opens at Northgate Hospital",
      "Northgate Hospital opened two theatres to cut waiting lists for hip operations.",
      false,
    ],
    [
      "How hospitals can defend against ransomware",
      "Experts say backups and segmentation help hospitals recover from ransomware such as LockBit.",
      false,
    ],
    [
      "Kestrel hackers threaten to publish stolen files",
      "Kestrel was hit by a cyberattack in May. Kestrel customers were told to watch for scam calls. The breach included names and addresses. Investigators are still working. Staff restored email on Friday. Yesterday the health insurer said it would not pay a ransom.",
      true,
    ],
    [
      "Survey: 60% of health systems hit by ransomware",
      "According to a new report by a security vendor, 60% of healthcare organizations surveyed were attacked last year.",
      false,
    ],
  ])("judges %j as relevant=%s", (title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });

  // The article refers back to a victim without a health word in its name by a healthcare noun and a reporting verb:
  // the pattern runs only on sentences holding such a verb, so each verb gets a sentence.
  it.each(["said", "says", "confirmed", "confirms", "told", "added", "stated", "admitted", "acknowledged"])(
    "reads the victim as healthcare from 'the health insurer %s'",
    (verb) => {
      const text = `Kestrel was hit by a cyberattack in May. Kestrel customers were told to watch for scam calls. The breach included names and addresses. Investigators are still working. Staff restored email on Friday. Yesterday the health insurer ${verb} it would not pay a ransom.`;
      expect(extract("Kestrel hackers threaten to publish stolen files", text).relevant).toBe(true);
    },
  );

  it.each([
    // Tracker posts: no cyber word, but a group and a healthcare victim.
    [
      "Akira has just published a new victim : Marsh Lane Community Hospital (US)",
      "Marsh Lane Community Hospital is a 40-bed hospital in Ohio.",
      true,
    ],
    ["Tolworth GP surgeries hit by Akira, £250,000 demanded", "The practices serve 30,000 patients.", true],
    ["RansomHub claims Sunridge Medical Group", "The group posted the name on its site on Monday.", true],
    ["BianLian adds Northside Clinic to its list of victims", "", true],
    // A cyber cause ruled out.
    [
      "Outage at Bay Valley Hospital was not a cyber attack",
      "Bay Valley Hospital said a failed network switch took systems down; this was not a security incident or cyber attack.",
      false,
    ],
    [
      "Bay Valley Hospital restores systems",
      "Bay Valley Hospital blamed the outage on a power fault rather than an outside cyberattack, though early reports raised fears of a possible breach.",
      false,
    ],
    [
      "Bay Valley Hospital hit again",
      "Hackers broke into Bay Valley Hospital's network. It was not the first cyber attack the gang has carried out.",
      true,
    ],
    // Kind (a): the attack hit a body that is no healthcare one; health services feel a knock-on effect.
    [
      "Hospitals feel the effects of a ransomware attack on payroll company Tallyworks",
      "Bay Valley Hospital and Kestrel Health say staff pay is delayed.",
      false,
    ],
    [
      "Law Firm Hack Compromises Health System's Patient Data",
      "A hacking incident at the law firm Grey & Sons exposed files of its client Kestrel Health.",
      false,
    ],
    [
      "Ransomware attack on software company Tabor, which supplies GP practices",
      "Tabor said its systems were encrypted and GP practices lost access to records.",
      true,
    ],
    [
      "Cyber attack on software company Tabor disrupts NHS 111 services",
      "Tabor said its systems were encrypted. NHS 111 call handlers and GP practices lost access to patient records, and hospital staff used paper.",
      true,
    ],
    [
      "Cyber attack on retailer Brightway, which runs 900 pharmacies",
      "Brightway said hackers stole customer and prescription data.",
      true,
    ],
    [
      "Pemberton Law Firm Faces Lawsuit After Data Breach",
      "Hackers got into Pemberton Law Firm's network, which held files of hospital patients, health plan members and medical clinics.",
      false,
    ],
    // A non-healthcare word that only modifies a healthcare noun names a healthcare body.
    [
      "Ransomware attack on Wexley county hospital",
      "The county hospital in Wexley diverted ambulances after its servers were encrypted.",
      true,
    ],
    [
      "Cyber attack on Dunmore university clinic",
      "The university clinic in Dunmore postponed operations after hackers encrypted its systems.",
      true,
    ],
    [
      "Tarn Valley School of Medicine pays ransom to hackers",
      "Tarn Valley School of Medicine paid hackers $1 million after ransomware encrypted research data at the medical school.",
      false,
    ],
    // Advice, studies and advisories name no victim of their own.
    [
      "Annual study looks at what 300 healthcare providers hit by ransomware went through",
      "Hospitals hit by ransomware paid more this year.",
      false,
    ],
    [
      "Health agencies face elevated risk of cyberattacks, intelligence agency says",
      "Criminals are exploiting the pandemic; the national cyber centre warned hospitals to patch systems.",
      false,
    ],
    [
      "National Cyber Security Centre is aware of ransomware campaigns aimed at the aged care and healthcare sectors",
      "A ransomware attack on a hospital would have a major impact.",
      false,
    ],
    [
      "Bay Valley Hospital stages ransomware drill",
      "Staff at Bay Valley Hospital practised working on paper during a mock cyber attack.",
      false,
    ],
    [
      "Hospital warns patients about scam calls",
      "Bay Valley Hospital said fraudsters are phoning patients and asking for card details.",
      false,
    ],
    // Healthcare bodies named by their kind when the name itself says nothing.
    ["Dental chain Brightsmile confirms cyber attack", "The company said hackers accessed its systems.", true],
    [
      "Hospice provider Graceway notifies patients of data breach",
      "Graceway said an unauthorized party accessed patient files.",
      true,
    ],
    ["Medical device maker Tenara discloses ransomware attack", "Tenara said systems were encrypted.", true],
    [
      "FBI warns of ransomware gang targeting hospitals",
      "The FBI said the Kestrel gang has hit hospitals across the US and steals patient data.",
      false,
    ],
    // News attribution is not a survey.
    [
      "Patient data leaked by ransomware group",
      "Bay Valley Hospital did not pay the ransom, so the group released data it had stolen from the hospital, according to a report by a news site.",
      true,
    ],
    [
      "Care group says residents' data at risk",
      "A recent ransomware attack on Elmfield Homes, which runs senior living communities in three states, may have exposed residents' data.",
      true,
    ],
    [
      "Bay Valley Hospital recovers most of scammed $900,000",
      "Bay Valley Hospital was scammed out of $900,000 by an email posing as a builder's finance chief.",
      true,
    ],
  ])("judges %j as relevant=%s", (title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
