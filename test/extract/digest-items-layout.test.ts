// Multi-item pages told by their layout (digest-items.ts): an item's heading heads the paragraph after it, a turn after
// a timestamp ("15:10 - Unrelated to ...") is another story, a live blog's entry that names a responder or a day but
// says "the hospital" goes on with the incident, a page of bullets or slugs that open on different bodies is a digest
// without a label, a body's kind word ("The hospital") is no name the headline can pick, and a headline that joins
// items is read through them.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const fields = (title: string, text: string) => {
  const e = extract(title, text);
  return {
    relevant: e.relevant,
    attackers: e.attacker_groups,
    ransom: e.ransom.status,
    people: e.people_affected,
    attacks: [...e.attack_types].sort(),
    impact: [...e.impact].sort(),
  };
};

describe("digest items told by layout", () => {
  it.each([
    [
      "a roundup whose other healthcare item says 'The hospital said' while the headline says 'hospital'",
      "Week in breaches: Rhysida leaks hospital data, a rail firm pays",
      `WEEK IN BREACHES

Ohio hospital notifies patients

Kestrel Valley Medical Center said the Rhysida gang published files stolen from its network.

Dalby Rail pays ransom

Dalby Rail paid the LockBit gang 40 bitcoin to unlock its signalling servers.

Code grey at a children's hospital

The Hospital for Young People in Brandon said a cyberattack took its phone lines down. The hospital said no data was taken.`,
      {
        relevant: true,
        attackers: ["Rhysida"],
        ransom: "not-mentioned",
        people: null,
        attacks: ["data-theft"],
        impact: ["data-leaked"],
      },
    ],
    [
      "a roundup whose items open on headings: the heading's suspected ransomware belongs to its paragraph's body",
      "This week: a newspaper and a clinic",
      `THIS WEEK IN SECURITY

Clinic reports break-in

Harlow Family Clinic said hackers stole the records of 8,200 patients.

Courier hit by suspected ransomware

The Courier told most staff to work from home after a serious IT incident disrupted its network.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: 8200,
        attacks: ["data-theft"],
        impact: [],
      },
    ],
    [
      "a live blog whose 'Unrelated to <place>' entry after a timestamp names the incident's place",
      "Live: cyberattack at Brandon General Hospital",
      `LIVE

14:10 - Unrelated to Brandon: the city of Marlow said it will not pay the Play gang, which published council files.

12:00 - Brandon General Hospital says ransomware encrypted its servers overnight and staff are working on paper.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["ransomware"],
        impact: ["paper-records"],
      },
    ],
    [
      "a live blog whose entries name a responder and two days but say 'the hospital'",
      "Live: Brandon General Hospital cyberattack",
      `LIVE

16:00 - The National Cyber Centre is on site. The hospital says its servers were encrypted by ransomware.

15:00 - Planned operations for Monday and Tuesday are postponed, the hospital confirms.

12:00 - Brandon General Hospital was hit by a cyberattack overnight.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["ransomware"],
        impact: ["operations-cancelled"],
      },
    ],
    [
      "a page of bullets with no digest label, each opening on a different body",
      "Friday notes",
      `• Harlow Family Clinic says someone broke into its web server and took files on 8,200 patients.

• Corvane Logistics says ransomware forced it to halt deliveries for a week.

• Tessary Software denies its systems were breached after the Vexa gang leaked staff data.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: 8200,
        attacks: ["data-theft"],
        impact: [],
      },
    ],
    [
      "a local-TV rundown of capitalised slugs with no digest label, two of them opening on a body",
      "Channel 9 at 11",
      `Here are the stories we are following tonight.

HOSPITAL: Brandon General Hospital says it is dealing with a cyberattack and has taken its systems offline.

TRAFFIC: The bridge on Route 9 reopens next week.

WEATHER: Frost is likely overnight.

STATE: Marlow County Schools says the Vexa gang posted files it stole from the district.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["unknown"],
        impact: ["systems-offline"],
      },
    ],
    [
      "a roundup whose headline joins its healthcare item and another item's sale of data",
      "Weekly roundup: Brandon hospital hit by ransomware; Corvane data for sale",
      `WEEKLY ROUNDUP

Brandon hospital hit by ransomware; Corvane data for sale

Brandon General Hospital said ransomware encrypted its servers and staff moved to paper records.

Corvane Logistics data for sale

The Vexa gang is offering 2TB of Corvane Logistics data for sale on a forum.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["ransomware"],
        impact: ["paper-records"],
      },
    ],
    [
      "a live blog stamped with am/pm times, a 'For context' entry on an old sale of data",
      "Live: Brandon hospitals hit by ransomware",
      `LIVE

4:55pm - The Health Minister says no patient has been put at risk.

1:30pm - For context: in 2017, a breach at the federal Medicare card system saw card details sold on the dark web.

12:10pm - The Brandon Health Alliance says it has isolated a number of systems, including patient records, after a ransomware attack. Hospitals have gone to manual processes.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["ransomware"],
        impact: ["paper-records", "systems-offline"],
      },
    ],
    [
      "a newsletter whose bullets under a 'From the wires' heading name no body",
      "Health Security Weekly: Brandon hospital diverts patients",
      `HEALTH SECURITY WEEKLY

BRANDON HOSPITAL ON DIVERSION

Brandon General Hospital diverted trauma patients to other hospitals after a cyberattack on Monday.

FROM THE WIRES

- A researcher found an open database holding 2 million records on shoppers.
- A city in Ohio refused to pay a $40,000 ransom demand.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["unknown"],
        impact: ["ambulance-diversion"],
      },
    ],
    [
      "a numbered list whose other item tells a sale of data taken from an unnamed clinic",
      "Ohio practice hit by ransomware; 2 more breaches to know",
      `Here are three healthcare breaches from the past week:

1. Harlow Family Clinic in Ohio said ransomware encrypted its servers and backups.

2. Kestrel Valley Medical Center said phishing emails exposed data on 9,300 patients.

3. A hacker is offering data taken from a Texas eye clinic for sale on a forum.`,
      {
        relevant: true,
        attackers: [],
        ransom: "not-mentioned",
        people: null,
        attacks: ["ransomware"],
        impact: [],
      },
    ],
  ])("reads only the healthcare item of %s", (_name, title, text, want) => {
    expect(fields(title, text)).toEqual(want);
  });

  it.each([
    [
      "a numbered list of facts about one incident, its sources named in them",
      "Pellmore Hospital attack: what we know",
      `Pellmore Hospital said ransomware encrypted its servers on Sunday and that the Akira gang demanded $2 million.

1. According to the FBI, the Akira gang has hit 40 hospitals this year.
2. An FBI alert says Akira affiliates break in through remote-access accounts.
3. Westbrook Security says the gang has posted stolen data when victims refused to pay.`,
      { attackers: ["Akira"], ransom: "demanded-amount" },
    ],
    [
      "a bulleted list of labelled points about one incident",
      "Pellmore Hospital data offered for sale",
      `A seller on a hacking forum is offering 2TB of data stolen from Pellmore Hospital, and says the Akira gang took it.

- The Target: Pellmore Hospital runs 12 clinics in the county.
- Medical Imaging: Scans of 5,000 patients are in the files.
- Corporate Data: Invoices and supplier contracts.`,
      { attackers: ["Akira"], ransom: "not-mentioned" },
    ],
    [
      "a 'things to know' page that tells its incident before numbered points opening on a source, the victim and its chief",
      "Akira behind Kestrel Health attack: 4 things to know",
      `Investigators have tied the Akira gang to the attack on Kestrel Health System, which took down its network.

1. Akira was first seen in March and steals data before encrypting files.

2. Kestrel shut down its systems and sent ambulances to other hospitals for a week.

3. Westbrook Security has reportedly seen evidence that the hackers took records on 90,000 patients.

4. CEO Dana Moss said the system was working with the FBI.`,
      { attackers: ["Akira"], ransom: "not-mentioned", people: 90000 },
    ],
  ])("leaves %s as one story", (_name, title, text, want) => {
    const e = extract(title, text);
    const got = { attackers: e.attacker_groups, ransom: e.ransom.status, people: e.people_affected };
    expect(got).toEqual({ people: got.people, ...want });
  });
});
