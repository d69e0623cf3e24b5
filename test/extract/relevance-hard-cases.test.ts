// Relevance on hard negatives and hard positives of unseen shapes: each rule on sentences written for it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("not relevant", () => {
  it.each<[string, string, string]>([
    [
      "a listicle headline",
      "Seven things health systems should know about ransomware",
      "Ransomware attacks on hospitals have led to cancelled surgery at some sites, according to consultant Ola Brandt.",
    ],
    [
      "a headline of advice",
      "What clinics should do before hackers strike",
      "Hackers breached clinics across the country last year; keep offline backups, says adviser Tom Reyes.",
    ],
    [
      "a product launch",
      "Sentrix unveils ransomware recovery platform for hospitals",
      "Sentrix said its platform lets a hospital restore its records within hours of a ransomware attack.",
    ],
    [
      "a conference panel",
      "Hospital security chiefs share ransomware stories at Boston conference",
      "Security leaders from Elmbrook Hospital discussed how ransomware hit the sector this year.",
    ],
    [
      "job titles are no victims",
      "Health CIOs trade breach lessons",
      "Chief information officers from three hospitals compared notes on breach response.",
    ],
    [
      "a supermarket chain",
      "Ransomware attack on supermarket chain leaves pharmacy counters idle",
      "A ransomware attack on supermarket chain Dellmart took its tills offline on Friday.",
    ],
    [
      "a payroll firm serving hospitals",
      "Attack on payroll company hits hospital staff pay",
      "A cyber attack on payroll company Tenbury Pay means hospital nurses will be paid late.",
    ],
    [
      "a breach of a rule",
      "Practice fined over records request",
      "The regulator fined Holm Family Clinic $40,000 for taking a year to send a patient her records, a breach of the HIPAA right of access.",
    ],
    [
      "a law breached",
      "Hospital fined for slow records",
      "Carver Hospital breached data protection law by taking a year to answer a patient's request.",
    ],
    [
      "an exercise that simulated an attack",
      "Hospital tests its downtime plan",
      "Staff at Ellery General Hospital took part in a drill that simulated a ransomware attack on Tuesday.",
    ],
    [
      "a rehearsal",
      "Trust staff rehearse cyber attack response",
      "Staff at Lorne Valley NHS Trust rehearsed their response to a cyber attack on Wednesday.",
    ],
    [
      "a phishing test the victim's own staff ran",
      "Half of clinic staff failed phishing test",
      "Half the staff at Marlow Street Medical Centre clicked a fake phishing email that the practice's IT contractor sent to test them.",
    ],
    [
      "a simulated phishing campaign",
      "Hospital phishing simulation finds weak spots",
      "Over 300 employees of Grayling Memorial Hospital opened a simulated phishing message during the spring awareness campaign.",
    ],
    [
      "an outage hackers did not cause",
      "Clinic phones down for a day",
      "Phones at Ruskin Clinic were down all Monday. The clinic said the outage was not caused by hackers.",
    ],
    [
      "a trade warned of phishing",
      "Opticians warned of phishing emails",
      "Optician practices are being warned about phishing emails that pretend to come from Lensway Health, a supplier, and ask staff for passwords.",
    ],
    [
      "a funding round",
      "Security start-up raises $20m to guard clinics",
      "Carelock Health, which sells ransomware protection to clinics, raised $20 million in a funding round led by Arrow Ventures.",
    ],
    [
      "a product noun",
      "Hospitals buy more ransomware protection",
      "Spending on ransomware protection by hospitals grew last year, said analysts at Tern Research.",
    ],
    [
      "training to spot phishing",
      "Clinic staff learn to spot scams",
      "Staff at Marlow Eye Clinic have been trained to spot phishing emails this month.",
    ],
    [
      "a utility hit by ransomware",
      "Gas utility hit by ransomware",
      "A ransomware attack on Tarn Gas cut supplies to homes, and Tarn Hospital ran its boilers on backup.",
    ],
    [
      "a market figure",
      "Hospital spending on cyber defence up 25%",
      "Spending by hospitals on cyber security rose by a quarter after ransomware attacks, analysts at Corrin said.",
    ],
  ])("%s", (_name, title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });
});

describe("relevant", () => {
  it.each<[string, string, string]>([
    [
      "a ransom note with no cyber noun",
      "Note demands payment from Hollins clinic",
      "Staff at Hollins Family Clinic found a ransom note on every screen on Monday morning, the practice said.",
    ],
    [
      "a ransom paid, told plainly",
      "Pinecrest Hospital paid to get its files back",
      "Pinecrest Hospital paid a ransom of 40 bitcoin after the weekend, its chief executive confirmed.",
    ],
    [
      "records locked by extortionists",
      "Extortionists hold Tavner records",
      "Extortionists have been locking the patient records of Tavner Dental Care since Friday.",
    ],
    [
      "servers broken into",
      "Intruders at Kessing Medical Group",
      "Someone broke into the servers of Kessing Medical Group in March, the group told patients this week.",
    ],
    [
      "records stolen, told by a gerund",
      "Gang behind Aldwick Health Plan breach",
      "A gang is threatening Aldwick Health Plan after stealing member records last month.",
    ],
    [
      "an unauthorised person",
      "Notice to patients of Greyfield Orthopaedics",
      "Greyfield Orthopaedics learned that an unauthorised person accessed an employee email account between May 2 and May 9.",
    ],
    [
      "a network security incident",
      "Marlow Valley Hospital statement",
      "Marlow Valley Hospital is responding to a network security incident that has taken some systems offline.",
    ],
    [
      "a tracker's field list",
      "Ashgrove Medical Center",
      "Victim: Ashgrove Medical Center\nGroup: Akira\nCountry: US\nDiscovered: 2026-02-11",
    ],
    [
      "a hacktivist flood",
      "Hospital websites down",
      "Pro-Russian hacktivists flooded the website of Mirefield Hospital with junk requests on Monday.",
    ],
    [
      "an investigation launched",
      "Corley Hospital launches investigation after ransomware attack",
      "Corley Hospital said ransomware encrypted some of its servers on Sunday.",
    ],
    [
      "a letter's unknown party",
      "Notice of a data incident",
      "Barlow Physiotherapy Clinic found that an unknown party had copied files from one of its servers.",
    ],
    [
      "systems encrypted",
      "Incident at Ferris Hospital",
      "Someone encrypted several servers at Ferris Hospital over the weekend, the hospital said.",
    ],
    [
      "an insider selling records",
      "Receptionist convicted",
      "A receptionist at Dene Medical Practice was convicted of selling patient details to a loan company.",
    ],
    ["a tracker row", "Akira | Lowfield Health System | GB", "Akira | Lowfield Health System | GB | 2026-02-01"],
    [
      "patients warned of delays",
      "Patients warned of delays after Tarrow Hospital cyber attack",
      "Tarrow Hospital said a cyber attack hit its network on Monday.",
    ],
    [
      "a cyber security incident in two words",
      "Harwell Dental Group confirms incident",
      "Harwell Dental Group has confirmed a cyber security incident affecting its booking system.",
    ],
    [
      "a pharmacy chain",
      "Cyber attack on pharmacy chain Welbury",
      "A cyber attack on pharmacy chain Welbury has shut its online prescription service.",
    ],
    [
      "a breach of records",
      "Breach at Dunford Clinic",
      "Hackers caused a breach of the patient records of Dunford Clinic in Ohio.",
    ],
  ])("%s", (_name, title, text) => {
    expect(extract(title, text).relevant).toBe(true);
  });
});
