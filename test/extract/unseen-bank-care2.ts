// A bank of invented excerpts for impact on care, relevance, country and background cues, written round by round as
// other newsrooms write (wire copy, local TV, trade press, UK/IE/AU/NZ/CA/IN/EU/US outlets, notification letters,
// tracker posts), plus REWORDED dev articles (ids `cc<round>-rw-<dev id>`: the same facts, names, figures and hedges in new
// sentences, with the dev record's labels). Labels follow ../shared/eval/README.md and were written before the extractor
// was run on a round. Apart from the reworded dev articles, every organisation, person, place pairing and figure is
// made up.
import type { BankCase, Want } from "./unseen-shapes-bank";

const c = (id: string, shape: string, title: string, text: string, want: Want): BankCase => ({
  id,
  shape,
  title,
  text,
  want,
});
const no = (id: string, shape: string, title: string, text: string): BankCase =>
  c(id, shape, title, text, { relevant: false });

/** Round 1: written before the extractor was run on it. */
const ROUND_1: BankCase[] = [
  // ---------------------------------------------------------------- impact on care, other newsrooms
  c(
    "cc1-ie-outpatients-manual",
    "IE regional paper: appointments, shutdown, manual processes",
    "Tralee hospital cancels outpatient appointments after ransomware attack",
    "All outpatient appointments at St Enda's University Hospital in Tralee were cancelled on Tuesday after a ransomware attack forced the hospital to shut down its IT systems. " +
      "Staff have reverted to manual processes, a spokeswoman said.",
    {
      relevant: true,
      country: "IE",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  c(
    "cc1-au-surgery-put-back",
    "AU state outlet: elective surgery 'put back'",
    "Cyber incident delays surgery at Wallaroo",
    "Elective surgery at Wallaroo Base Hospital in South Australia has been put back by a fortnight while investigators work through the cyber incident, SA Health confirmed.",
    { relevant: true, country: "AU", impact: ["operations-cancelled"] },
  ),
  c(
    "cc1-nz-scans-rebooked",
    "NZ outlet: scans rebooked after a booking platform attack",
    "Cyberattack hits Tauranga radiology provider",
    "Patients booked for MRI and CT scans at Kowhai Radiology in Tauranga have had their appointments rebooked after a cyberattack on the provider's booking platform on Wednesday.",
    { relevant: true, country: "NZ", type: "imaging", impact: ["appointments-cancelled"] },
  ),
  c(
    "cc1-ca-er-stays-closed",
    "CA regional outlet: emergency department kept closed overnight",
    "Gaspé hospital ER closed again overnight after ransomware attack",
    "The emergency department at Riviere-Blanche Hospital in Quebec's Gaspe region will stay closed overnight for a third day as the hospital rebuilds servers encrypted in Saturday's ransomware attack, the regional health authority said.",
    { relevant: true, country: "CA", attacks: ["ransomware"], impact: ["services-closed"] },
  ),
  c(
    "cc1-in-billing-down-by-hand",
    "IN outlet: billing software down, prescriptions by hand",
    "Pune hospital billing hit by ransomware",
    "Patients at Sahyadri Care Hospital in Pune were asked to pay in cash as billing and pharmacy software remained down for a second day following a ransomware attack, hospital officials said. " +
      "Doctors were writing prescriptions by hand.",
    { relevant: true, country: "IN", impact: ["systems-offline", "paper-records"] },
  ),
  c(
    "cc1-us-rerouted-named-hospital",
    "US local TV: ambulances rerouted to a named hospital in a town that is also a British city",
    "Ransomware attack knocks out Tallahatchie General network",
    "Ambulances carrying stroke and heart patients were rerouted to Baptist Memorial in Oxford after a ransomware attack caused a network outage at Tallahatchie General Hospital in Charleston, Miss., a spokeswoman said.",
    {
      relevant: true,
      victims: ["Tallahatchie General Hospital"],
      country: "US",
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  c(
    "cc1-de-dialysis-postponed",
    "EU trade press in English: dialysis sessions postponed, systems paralysed",
    "Cyberattack paralyses Saarland dialysis provider",
    "A cyberattack paralysed the systems of Nephrocentrum Saarland on Monday, and treatment sessions at its four dialysis centres were postponed, the provider said.",
    { relevant: true, country: "DE", impact: ["operations-cancelled", "systems-offline"] },
  ),
  c(
    "cc1-gb-prescriptions-paper-forms",
    "UK Welsh outlet: prescriptions handled on paper forms",
    "Wrexham GP surgeries hit by cyber attack",
    "Three GP surgeries in Wrexham run by Dyfrdwy Medical Partnership cannot send repeat prescriptions electronically after a cyber attack on Monday, and pharmacists are handling them on paper forms.",
    { relevant: true, country: "GB", impact: ["paper-records"] },
  ),
  c(
    "cc1-leak-up-for-auction",
    "trade press: stolen files put up for auction",
    "Rhysida auctions children's hospital data",
    "The Rhysida gang has put 1.1TB of files it stole from Kingsmere Children's Hospital up for auction, asking 20 bitcoin.",
    { relevant: true, attackers: ["Rhysida"], country: null, impact: ["data-leaked"] },
  ),
  c(
    "cc1-cz-dumped-on-forum",
    "EU outlet: part of a database dumped, the national agency cited",
    "Czech hospital data dumped online",
    "Hackers behind the attack on Ostrava Regional Hospital have dumped part of the stolen database on a forum, the Czech cybersecurity agency said.",
    { relevant: true, country: "CZ", impact: ["data-leaked"] },
  ),
  c(
    "cc1-ca-going-ahead-nothing-posted",
    "CA outlet: appointments going ahead, nothing posted (negated effects)",
    "Edmonton eye clinic hit by ransomware",
    "Sandford Eye Centre in Edmonton said appointments are going ahead as planned despite the ransomware attack, and no patient information has been posted online.",
    { relevant: true, country: "CA", impact: [] },
  ),
  c(
    "cc1-au-may-postpone",
    "AU outlet: a conditional postponement",
    "Tasmanian hospital weighs surgery delays after cyber attack",
    "Bellhaven Hospital in Tasmania said it may have to postpone some surgeries next week if its systems are not restored after the cyber attack.",
    { relevant: true, country: "AU", impact: [] },
  ),
  c(
    "cc1-ie-phone-lines-down",
    "IE local radio: phone lines down",
    "Galway GP practice phones down after cyber attack",
    "Phone lines at Ardmore Medical Practice in Galway are down following a cyber attack, and patients are asked to email the practice instead.",
    { relevant: true, country: "IE", impact: ["systems-offline"] },
  ),
  c(
    "cc1-it-ddos-website-offline",
    "EU outlet: a hacktivist flood takes a health agency's website offline",
    "Pro-Russian hackers knock Lombardy health agency website offline",
    "NoName057(16) claimed a DDoS attack that knocked the website of ATS Valtellina, a public health agency in Italy's Lombardy region, offline for several hours on Thursday.",
    { relevant: true, country: "IT", attacks: ["ddos"], impact: ["systems-offline"] },
  ),
  // ---------------------------------------------------------------- relevance: hard negatives
  no(
    "cc1-neg-council-care-system",
    "UK local paper: a council's social care system hit (kind a)",
    "Ransomware attack on council disrupts home care visits",
    "A ransomware attack on Harbridge District Council has knocked out its social care case management system, delaying home care visits for elderly residents.",
  ),
  no(
    "cc1-neg-power-cut-no-cyber",
    "UK regional paper: operations cancelled by a power cut, cyber attack ruled out",
    "Power cut forces Lindenmoor Hospital to cancel 40 operations",
    "Surgeons at Lindenmoor Hospital cancelled 40 operations after a power cut hit the theatre block on Thursday. " +
      "The trust said there was no suggestion of a cyber attack.",
  ),
  no(
    "cc1-neg-au-advice-rehearse",
    "AU outlet: advice after a rise in attacks",
    "Australian hospitals urged to rehearse ransomware response",
    "The Australian Cyber Security Centre says hospitals should practise running on paper for a week, after attacks on health providers rose 20 per cent last year.",
  ),
  no(
    "cc1-neg-faulty-update",
    "US trade press: an outage from a faulty update, not an attack",
    "Faulty update takes Marlow Vale Hospital records offline",
    "A faulty software update from a cloud vendor left patient record systems at Marlow Vale Hospital offline for nine hours on Tuesday. " +
      "The hospital said the outage was not a cyber attack.",
  ),
  // ---------------------------------------------------------------- relevance: hard positives
  c(
    "cc1-pos-tracker-timer",
    "tracker post: a victim with a bracketed country and a countdown",
    "Medusa adds Kilbride Physiotherapy (IE)",
    "Medusa has added Kilbride Physiotherapy (IE) to its leak site with a 10-day timer.",
    { relevant: true, attackers: ["Medusa"], country: "IE", impact: [] },
  ),
  c(
    "cc1-pos-za-intruders-server",
    "ZA outlet: intruders got into a results server",
    "Karoo Pathology says intruders got into results server",
    "Karoo Pathology, which runs 30 collection centres in the Western Cape, said intruders got into a server holding test results over the weekend.",
    { relevant: true, country: "ZA", type: "laboratory", impact: [] },
  ),
  c(
    "cc1-pos-letter-unknown-actor",
    "notification letter: an unknown actor in email accounts",
    "Notice of Data Event",
    "Pine Hollow Behavioral Health recently discovered suspicious activity in its email environment. " +
      "Our investigation found that an unknown actor accessed certain employee email accounts between May 2 and May 9, 2025.",
    { relevant: true, country: null, impact: [] },
  ),
  c(
    "cc1-pos-fr-redirected-city",
    "FR outlet in English: emergency patients redirected to a city",
    "Cyberattack forces Vernon hospital to switch off computers",
    "Emergency patients were redirected to Rouen on Friday after a cyberattack forced the Centre Hospitalier de Vernon to switch off its computers.",
    { relevant: true, country: "FR", impact: ["ambulance-diversion", "systems-offline"] },
  ),
  // ---------------------------------------------------------------- country as other newsrooms write it
  c(
    "cc1-ctry-london-ontario",
    "CA outlet: London, Ontario",
    "Ransomware attack on London medical clinic",
    "A ransomware attack on Thamesford Medical Clinic in London, Ontario, has taken its electronic records offline.",
    { relevant: true, country: "CA", impact: ["systems-offline"] },
  ),
  c(
    "cc1-ctry-cork-dental",
    "IE outlet: a city only",
    "Cork dental practice hit by ransomware",
    "Patient records at Ballinlough Dental in Cork were encrypted by ransomware last week, the practice told patients in a letter.",
    { relevant: true, country: "IE", type: "dental" },
  ),
  c(
    "cc1-ctry-in-city-state",
    "IN outlet: a city and its state",
    "Nashik hospital's servers breached, patient data stolen",
    "Hackers breached the servers of Shree Ganesh Multispeciality Hospital in Nashik, Maharashtra, and stole patient data, police said.",
    { relevant: true, country: "IN", type: "hospital" },
  ),
  c(
    "cc1-ctry-us-county",
    "US local paper: a county of a state named as a possessive",
    "Ashtabula County clinic network breached",
    "Hackers breached the network of Pine Ridge Health, a group of three clinics in Ohio's Ashtabula County, and stole billing records.",
    { relevant: true, country: "US" },
  ),
  c(
    "cc1-ctry-nl-demonym",
    "EU outlet: a demonym before the victim's description",
    "Dutch clinic reports data breach",
    "The Dutch private clinic Rijnmond Kliniek said hackers had stolen the personal details of about 4,000 patients.",
    { relevant: true, country: "NL", people: 4000 },
  ),
  c(
    "cc1-ctry-falkirk",
    "UK Scottish outlet: a Scottish town",
    "Falkirk GP practice hit by cyber attack",
    "A cyber attack on Carse Medical Practice in Falkirk has left staff unable to access patient records, the practice said.",
    { relevant: true, country: "GB", impact: ["systems-offline"] },
  ),
  c(
    "cc1-ctry-city-in-name",
    "CA outlet: a foreign city opening the victim's name",
    "Halifax dental clinic says patient data stolen",
    "Hackers stole patient data from Sydney Street Dental, a clinic in Halifax, Nova Scotia, the clinic said on Friday.",
    { relevant: true, country: "CA" },
  ),
  c(
    "cc1-ctry-lk-based",
    "wire copy: a '-based' city of a smaller country",
    "Sri Lankan hospital group hit by ransomware",
    "A ransomware attack on Colombo-based Lanka Care Hospitals has disrupted billing at its three hospitals, the company said.",
    { relevant: true, country: "LK" },
  ),
  // ---------------------------------------------------------------- reworded dev articles (labels from the dev record)
  c(
    "cc1-rw-a003",
    "reworded dev a003: records 'out of reach', pencil and paper, a hedged delay",
    "Ambulance services lose access to patient records after supplier hack",
    "Electronic patient records are out of reach for two English ambulance services, South Central Ambulance Service and South Western Ambulance Service, after a cyber attack on one of their suppliers, the services said. " +
      "Crews have gone back to pencil and paper, which could mean small delays at hospitals, though the 999 call system is unaffected. " +
      "Together the two services cover an area where 12 million people live.",
    {
      relevant: true,
      attackers: [],
      victims: ["South Central Ambulance Service", "South Western Ambulance Service"],
      type: "ambulance",
      ransom: { status: "not-mentioned" },
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  c(
    "cc1-rw-a111",
    "reworded dev a111: emergency care unavailable at three named hospitals, systems shut down",
    "Christmas Eve LockBit attack shuts emergency care at three German hospitals",
    "Emergency care remains unavailable at Franziskus Hospital Bielefeld, Mathilden Hospital Herford and Sankt Vinzenz Hospital Rheda-Wiedenbruck after a LockBit ransomware attack on the morning of Christmas Eve, their operator, the Katholische Hospitalvereinigung Ostwestfalen (KHO), has confirmed, BleepingComputer reports. " +
      "Attackers got into the network's IT systems and encrypted data, and KHO says it shut its systems down at once to stop the attack spreading. " +
      "A machine-translated statement from KHO said early checks pointed to Lockbit 3.0 and that it could not yet say how long recovery would take. " +
      "Clinic operations and patient treatment at the three hospitals have not been affected. " +
      "LockBit has not yet listed KHO on its dark web leak site, so further details remain unclear.",
    {
      relevant: true,
      attackers: ["LockBit"],
      victims: [
        "Katholische Hospitalvereinigung Ostwestfalen",
        "Franziskus Hospital Bielefeld",
        "Mathilden Hospital Herford",
        "Sankt Vinzenz Hospital Rheda-Wiedenbruck",
      ],
      type: "hospital",
      ransom: { status: "not-mentioned" },
      people: null,
      country: "DE",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  c(
    "cc1-rw-b212",
    "reworded dev b212: pager messages uploaded to a live website",
    "Ambulance Tasmania patient details posted online through pager messages",
    "Private details of every Tasmanian who has called an ambulance since November last year have been put online. " +
      "Ambulance Tasmania sends its first dispatch messages to paramedics by pager, and those messages, carrying patients' details, conditions and the address of each call, have been uploaded automatically to a website that is still live. " +
      "The exposed information includes patients' HIV status, gender and age, raising fears of discrimination. " +
      "Health Minister Sarah Courtney said on Friday she was very concerned that sensitive information of some Tasmanians had been posted to a website, and that she understood access to the site had been blocked.",
    {
      relevant: true,
      attackers: [],
      victims: ["Ambulance Tasmania"],
      type: "ambulance",
      ransom: { status: "not-mentioned" },
      people: null,
      country: "AU",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  c(
    "cc1-rw-b331",
    "reworded dev b331: a hacktivist group took down Danish hospital websites",
    "Anonymous Sudan takes down nine Danish health websites",
    "Up to nine Danish websites tied to the health sector were knocked offline on Sunday afternoon by the hacker group Anonymous Sudan, a week after a similar cyberattack on several Danish airports. " +
      "On its Telegram channel the group said some hospitals in Denmark had been attacked because of Quran burnings and that more would follow within hours. " +
      "Among the sites hit were rigshospitalet.dk, herlevhospital.dk and regionh.dk.",
    {
      relevant: true,
      attackers: ["Anonymous Sudan"],
      type: "hospital",
      ransom: { status: "not-mentioned" },
      country: "DK",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
];

export const CARE2_BANK: BankCase[] = [...ROUND_1];
