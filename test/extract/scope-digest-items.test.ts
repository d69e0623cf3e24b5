// Multi-item pages (roundups, digests, briefs, live blogs, show notes, rundowns): the items that tell another body's
// incident are out of scope for every field at once (digest-items.ts), so their groups, ransoms, counts, outages and
// attack kinds are not the healthcare item's; items that continue the healthcare incident keep their facts.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const fields = (title: string, text: string) => {
  const e = extract(title, text);
  return {
    attackers: e.attacker_groups,
    ransom: e.ransom.status,
    people: e.people_affected,
    attacks: [...e.attack_types].sort(),
    impact: [...e.impact].sort(),
  };
};

describe("scope: a multi-item page reads only its healthcare item", () => {
  it.each([
    [
      "prose roundup: a council's refusal and a retailer's claimed group and count",
      "Breach roundup: a council, a retailer and a hospital",
      `BREACH ROUNDUP

Welcome to the week's round-up of incidents.

Marlow Borough Council said it would not pay the Play gang after an attack that took its planning portal offline.

Harrow Vale Hospital said a cyberattack on Tuesday forced it to divert ambulances. The Akira gang has claimed the attack on its leak site.

Retailer Pennock Home confirmed that Black Basta stole the records of 210,000 customers.`,
      {
        attackers: ["Akira"],
        ransom: "not-mentioned",
        people: null,
        attacks: ["unknown"],
        impact: ["ambulance-diversion"],
      },
    ],
    [
      "newsletter bullets after 'Also this week': another bullet's payment, phishing and outage",
      "The Friday digest",
      `THE FRIDAY DIGEST

Also this week:

• Shipping firm Corvane Logistics paid a $2 million ransom to restore its booking systems, which were offline for a week.

• Kelbrook Community Hospital said hackers stole the files of 48,200 patients in an intrusion last month.

• Analysts at Tessary Labs warned of a phishing campaign aimed at payroll staff.`,
      {
        attackers: [],
        ransom: "not-mentioned",
        people: 48200,
        attacks: ["data-theft"],
        impact: [],
      },
    ],
    [
      "numbered list of healthcare items read as its headline's: the next item's count and diversion",
      "Ransomware at Dunmere Eye Clinic; 2 more breaches to know",
      `Here are three incidents reported this week:

1. Dunmere Eye Clinic said ransomware encrypted its scheduling system on Monday.

2. Pellow Valley Medical Center is diverting ambulances after an IT outage and has notified 88,000 patients.

3. Orrin Dental Group said an employee email account was compromised in a phishing attack.`,
      { attackers: [], ransom: "not-mentioned", people: null, attacks: ["ransomware"], impact: [] },
    ],
    [
      "a lead story about another body, then a 'Briefly' list: the lead's payment and group, and the headline's",
      "Freight operator Dalby Rail paid hackers 40 bitcoin",
      `Freight operator Dalby Rail paid hackers 40 bitcoin

Dalby Rail's chief executive said on Tuesday that the company paid the LockBit gang 40 bitcoin to unlock its signalling servers.

Dalby Rail said trains ran on manual timetables for three days.

Briefly

- The Wexcombe County Health Department took its website offline after malware was found on a server.
- Insurer Trelawny Mutual said the Medusa gang stole 2TB of data.`,
      { attackers: [], ransom: "not-mentioned", people: null, attacks: ["malware"], impact: ["systems-offline"] },
    ],
    [
      "live blog: a 'reminder' entry on another hospital's group and demand; the incident's own entries keep their facts",
      "Live: cyberattack on Carrow Hospital",
      `LIVE | Updated 16:10

16:10 - Carrow Hospital has cancelled planned operations for Thursday, the health board says.

15:20 - A reminder: in March, Fenwick Royal Infirmary was hit by the Rhysida gang, which demanded 50 bitcoin and later published patient files.

14:00 - Staff at the hospital are working on paper because its computer systems were switched off.

12:45 - A spokesperson confirmed it is a ransomware attack on Carrow Hospital.`,
      {
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["ransomware"],
        impact: ["operations-cancelled", "paper-records", "systems-offline"],
      },
    ],
    [
      "show notes with timestamps: another topic's group and stolen volume",
      "Episode 41: a shipping hack and a clinic on paper",
      `In this episode:

(03:10) Hallam Freight: the Qilin gang claims to have stolen 900GB from the shipping company.
(19:40) Rosswood Fertility Clinic is back on paper records after a cyberattack on its patient system.
(33:00) Listener questions.`,
      { attackers: [], ransom: "not-mentioned", people: null, attacks: ["unknown"], impact: ["paper-records"] },
    ],
    [
      "teaser-length bullets after 'In brief', the healthcare one named with no healthcare word but its patients",
      "Why backups fail",
      `Why backups fail

Most companies test their backups too rarely, analysts say.

In brief

- Logistics firm Hurst Carriers paid the Akira gang $400,000 after an attack on its depots.
- Meridian Vision Partners said hackers stole data on 61,500 patients.
- Retailer Oakfield said 3 million shoppers were hit by a phishing scam.`,
      { attackers: [], ransom: "not-mentioned", people: 61500, attacks: ["data-theft"], impact: [] },
    ],
    [
      "a digest filed under sector headings, its title no roundup's: another sector's payment and phishing",
      "Ransomware this week, sector by sector",
      `Government

Tolland County paid $30,000 in bitcoin to recover its encrypted servers.

Healthcare

Greystone Regional Hospital said ransomware encrypted its systems on Sunday and staff moved to paper records.

Education

A college in Wales said phishing emails led to a malware infection.`,
      { attackers: [], ransom: "not-mentioned", people: null, attacks: ["ransomware"], impact: ["paper-records"] },
    ],
  ])("%s", (_name, title, text, want) => {
    expect(fields(title, text)).toEqual(want);
  });

  it.each([
    [
      "show notes with a transcript: a speaker's name is no other body",
      "Episode 88: the week Harlan Dental closed",
      `In this episode we talk to the practice manager of Harlan Dental Group about the ransomware attack that closed its offices.

Mia Torres: Every screen had the ransom note on it, so we closed all four offices.

Mia Torres: We never paid. Our backups were clean.`,
      { ransom: "refused", impact: ["services-closed"] },
    ],
    [
      "a 'things to know' list of one story's points, its sources named in them",
      "Memorial Health Network attack: 4 things to know",
      `Investigators tied the Akira gang to the attack on Harford, Ohio-based Memorial Health Network.

1. Memorial said it shut down its network and sent ambulances to other hospitals for a week.

2. Westbrook Security has reportedly seen evidence that the hackers took patient data.`,
      { ransom: "not-mentioned", impact: ["ambulance-diversion", "systems-offline"] },
    ],
    [
      "a roundup whose healthcare body's name is all common words but its first, picked up by that word",
      "Breach roundup",
      `BREACH ROUNDUP

1. Harford, Ohio-based Memorial Health System said a cyberattack took down its network on Sunday.

2. Memorial said it diverted ambulances to other hospitals for a week.

3. Dalby Rail paid the LockBit gang 40 bitcoin to unlock its signalling servers.`,
      { ransom: "not-mentioned", impact: ["ambulance-diversion", "systems-offline"] },
    ],
  ])("keeps the facts of %s", (_name, title, text, want) => {
    const e = fields(title, text);
    expect({ ransom: e.ransom, impact: e.impact }).toEqual(want);
  });

  it.each([
    [
      "an item on the campaign through the healthcare item's vendor, under a header naming the beat ('Healthcare breach roundup')",
      "Week in breaches: a file-transfer flaw claims more victims",
      `Healthcare breach roundup - March 3, 2024

1. Akira claims file-transfer hack. The Akira gang says it breached more than 60 organizations through a flaw in Transvox's FileBridge software.

2. Dorlan Health Partners reports patient data exposed. Dorlan Health Partners told regulators that the breach at its vendor Transvox exposed patients' personal information.`,
      ["Akira"],
    ],
  ])("credits the group of %s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect([e.relevant, e.attacker_groups]).toEqual([true, want]);
  });

  it("takes the page's label line for no item and keeps the item on the healthcare item's named supplier", () => {
    const e = extract(
      "Breach roundup: a file-transfer mass hack, a health system among victims",
      `Healthcare breach roundup - March 3

1. Akira claims Velnet mass hack. The Akira gang says it stole data from dozens of companies through a flaw in Velnet's transfer software.

2. Harrow Vale Health System reports patient data exposed. Harrow Vale Health System said the breach at its vendor Velnet compromised patients' records.

3. Dalby Rail paid the LockBit gang 40 bitcoin to unlock its signalling servers.`,
    );
    expect([
      e.relevant,
      e.victim_orgs.includes("Harrow Vale Health System"),
      e.attacker_groups,
      e.ransom.status,
    ]).toEqual([true, true, ["Akira"], "not-mentioned"]);
  });

  it("leaves a single-incident story whose later paragraph opens on another named body", () => {
    const e = extract(
      "Pellmore Hospital hit by ransomware",
      `Pellmore Hospital said ransomware encrypted its systems on Sunday and that the LockBit gang demanded $3 million.

Emsisoft analyst Brett Callow said the group has hit other hospitals this year.

The hospital said it would not pay.`,
    );
    expect([e.attacker_groups, e.ransom.status]).toEqual([["LockBit"], "refused"]);
  });
});
