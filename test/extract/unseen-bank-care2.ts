// A bank of invented excerpts for impact on care, relevance, country and background cues, written round by round as
// other newsrooms write (wire copy, local TV, trade press, UK/IE/AU/NZ/CA/IN/EU/US outlets, notification letters,
// tracker posts), plus REWORDED dev articles (ids `cc<round>-rw-<dev id>`: the same facts, names, figures and hedges in new
// sentences, with the dev record's labels). Labels follow ../shared/eval/README.md and were written before the extractor
// was run on a round. Apart from the reworded dev articles, every organisation, person, place pairing and figure is
// made up.
import type { BankCase } from "./unseen-shapes-bank";
import { c, no } from "./unseen-bank-care";

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

/** Round 2: written before the extractor was run on it. */
const ROUND_2: BankCase[] = [
  // ---------------------------------------------------------------- impact on care
  c(
    "cc2-gb-theatres-stood-down",
    "UK regional paper: theatre sessions stood down, stroke patients diverted",
    "Cyber attack: Hambleton hospital stands down theatres",
    "Hambleton District Hospital in North Yorkshire stood down all planned theatre sessions on Wednesday after a cyber attack, and stroke patients are being taken to other hospitals in the region.",
    { relevant: true, country: "GB", impact: ["operations-cancelled", "ambulance-diversion"] },
  ),
  c(
    "cc2-au-ed-on-bypass",
    "AU outlet: an emergency department 'on bypass', whiteboards",
    "Cyber attack puts Rockhampton emergency department on bypass",
    "The emergency department at Capricorn Coast Private Hospital in Queensland has been on bypass since Sunday's cyber attack, and staff are tracking beds on whiteboards.",
    { relevant: true, country: "AU", impact: ["ambulance-diversion", "paper-records"] },
  ),
  c(
    "cc2-us-chemo-rescheduled",
    "US trade press: chemotherapy rescheduled, EHR down since a date",
    "Oncology practice reschedules chemotherapy after ransomware attack",
    "Bluestem Oncology Associates in Wichita, Kansas, has rescheduled chemotherapy for about 200 patients because its electronic health record has been down since a ransomware attack on March 3.",
    // people: written null before the run, corrected to 200: patients whose treatment was moved are people affected.
    { relevant: true, country: "US", people: 200, impact: ["operations-cancelled", "systems-offline"] },
  ),
  c(
    "cc2-ie-pharmacy-closed",
    "IE local paper: a hospital pharmacy closed to outpatients",
    "Cyber attack closes Castlebar hospital pharmacy",
    "The outpatient pharmacy at Mayo Western Hospital in Castlebar, Co Mayo, has closed until further notice following a cyber attack on Thursday, the HSE said.",
    { relevant: true, country: "IE", impact: ["services-closed"] },
  ),
  c(
    "cc2-ca-fell-back-paper",
    "CA outlet: fell back to paper, lab results slower (not labelled)",
    "B.C. health authority hit by cyber incident",
    "Staff at Kootenay Lakes Regional Hospital in Nelson, B.C., fell back on paper after a cyber incident on Friday, and lab results are taking longer than usual.",
    { relevant: true, country: "CA", impact: ["paper-records"] },
  ),
  c(
    "cc2-in-opd-suspended",
    "IN outlet: OPD registration suspended, servers down",
    "Kerala hospital servers down after cyberattack",
    "OPD registration at Malabar Institute of Medical Sciences in Kozhikode was suspended for a day after a cyberattack brought down its servers, hospital authorities said.",
    { relevant: true, country: "IN", impact: ["systems-offline", "services-closed"] },
  ),
  c(
    "cc2-sold-on-forum",
    "trade press: data sold on a forum",
    "Stolen dental records sold on hacking forum",
    "Records of about 30,000 patients of Brightwater Dental Group were sold on a Russian-language hacking forum last week, researchers at Tessellate Labs said.",
    { relevant: true, people: 30000, impact: ["data-leaked"] },
  ),
  c(
    "cc2-released-after-deadline",
    "tracker-style post: data released after the deadline passed",
    "Qilin publishes Harwood Fertility files",
    "After Harwood Fertility Centre in Leeds let the deadline pass, Qilin released 80GB of its files on the gang's leak site.",
    { relevant: true, attackers: ["Qilin"], country: "GB", volume: 80e9, impact: ["data-leaked"] },
  ),
  c(
    "cc2-threat-countdown-only",
    "tracker post: a threat and a countdown only",
    "Akira lists Glenholme Care Homes",
    "Akira has listed Glenholme Care Homes in Ontario on its leak site and threatens to publish 40GB of documents when a countdown ends on Friday.",
    { relevant: true, attackers: ["Akira"], country: "CA", impact: [] },
  ),
  c(
    "cc2-nothing-published-normal",
    "UK outlet: no evidence of publication, services as normal",
    "Medway clinic investigates cyber incident",
    "Riverside Physiotherapy in Medway said there was no evidence that any patient data had been published and that clinics were running as normal after the cyber incident.",
    { relevant: true, country: "GB", impact: [] },
  ),
  c(
    "cc2-background-last-winter",
    "background: the victim's earlier attack dated 'last winter' beside this one's theft",
    "Hackers steal data from Wexford clinic",
    "Hackers stole patient contact details from Slaney Family Clinic in Wexford this week, the clinic said. " +
      "A nearby hospital, which was hit by ransomware last winter, cancelled outpatient clinics for a fortnight.",
    { relevant: true, country: "IE", impact: [] },
  ),
  c(
    "cc2-background-in-2021",
    "background: a year-opened sentence about the victim's earlier attack",
    "Ransomware hits Carrow Health again",
    "Carrow Health in Norwich has confirmed a ransomware attack encrypted files on some servers on Tuesday. " +
      "In 2021 the trust diverted ambulances for three days after a different attack.",
    { relevant: true, country: "GB", impact: [] },
  ),
  c(
    "cc2-nz-phones-patients-to-gp",
    "NZ outlet: phone lines down, patients told to see their GP",
    "Cyber attack takes down Whanganui hospital phones",
    "Phone lines at Whanganui Hospital were knocked out by a cyber attack on Monday, and Te Whatu Ora asked people with minor illnesses to see their GP instead.",
    { relevant: true, country: "NZ", impact: ["systems-offline"] },
  ),
  c(
    "cc2-se-surgery-postponed-paper",
    "EU outlet in English: a Swedish region, surgery postponed, journals on paper",
    "Cyberattack hits hospitals in Sweden's Norrbotten region",
    "Planned surgery at two hospitals in Norrbotten was postponed on Tuesday after a cyberattack on the region's IT supplier, and staff are keeping patient journals on paper, the region said.",
    { relevant: true, country: "SE", impact: ["operations-cancelled", "paper-records"] },
  ),
  no(
    "cc2-neg-ransomware-report-nhs",
    "UK trade press: a report on ransomware costs in the NHS, no victim",
    "Ransomware cost NHS trusts £20m last year, report finds",
    "Ransomware attacks cost NHS trusts in England an estimated £20m last year in cancelled operations and recovery work, according to a report by the think tank Digital Care Forum.",
  ),
  // ---------------------------------------------------------------- relevance: hard negatives
  no(
    "cc2-neg-switchboard-fault",
    "UK outlet: a telecoms fault takes the switchboard down",
    "Hospital switchboard down after telecoms fault",
    "The switchboard at Kingsbrook General Hospital was down for six hours on Tuesday because of a fault at its telephone supplier. " +
      "The hospital said it had no reason to think the outage was caused by hackers.",
  ),
  no(
    "cc2-neg-it-upgrade",
    "AU outlet: a planned records upgrade cancels appointments",
    "Records upgrade forces Bundaberg hospital to cancel appointments",
    "Bundaberg Base Hospital cancelled 300 outpatient appointments this week while its new electronic medical record went live, Queensland Health said.",
  ),
  no(
    "cc2-neg-phishing-warning-gps",
    "UK trade press: a warning to GP practices",
    "GP practices warned of fake NHS invoice emails",
    "NHS England has warned GP practices about emails that pretend to be invoices from NHS Supply Chain and ask staff to update bank details.",
  ),
  no(
    "cc2-neg-school-nurse-data",
    "US local paper: a school district's breach with student health records (kind a)",
    "School district breach exposes student health records",
    "Hackers breached the Marlow Unified School District network and stole files that included student immunisation and school nurse records.",
  ),
  // ---------------------------------------------------------------- relevance: hard positives
  c(
    "cc2-pos-insurer-portal",
    "US trade press: an insurer's member portal reached by hackers",
    "Health insurer says hackers accessed member portal",
    "Prairie Mutual Health Plan said hackers used stolen passwords to get into its member portal and view claims for about 12,400 members.",
    { relevant: true, people: 12400 },
  ),
  c(
    "cc2-pos-optician-suspicious",
    "UK outlet: suspicious activity on an optician chain's network",
    "Optician chain investigates suspicious network activity",
    "Clearview Opticians, which has 45 stores in Scotland, said it had found suspicious activity on its network and that some customer data had been copied by an unauthorised party.",
    { relevant: true, country: "GB" },
  ),
  c(
    "cc2-pos-supplier-outage",
    "UK outlet: the victim's system knocked out by an attack on its supplier",
    "Cyber attack on supplier knocks out Lowmoor hospice rota system",
    "A cyber attack on a software supplier has knocked out the rota and patient record system at St Brigid's Hospice in Lowmoor, Lancashire.",
    { relevant: true, country: "GB", impact: ["systems-offline"] },
  ),
  // ---------------------------------------------------------------- country as other newsrooms write it
  c(
    "cc2-ctry-nsw-abbrev",
    "AU outlet: a state abbreviation",
    "NSW medical centre hit by ransomware",
    "Patient records at Bellbrook Medical Centre in Wagga Wagga, NSW, were encrypted in a ransomware attack on Saturday.",
    { relevant: true, country: "AU", attacks: ["ransomware"] },
  ),
  c(
    "cc2-ctry-bengaluru",
    "IN outlet: a city in its new name",
    "Bengaluru diagnostics chain reports data breach",
    "Hackers stole the test reports of thousands of patients from Namma Diagnostics, a Bengaluru-based lab chain, the company told police.",
    { relevant: true, country: "IN", type: "laboratory" },
  ),
  c(
    "cc2-ctry-bavarian",
    "EU outlet: a region's adjective",
    "Bavarian clinic group hit by cyberattack",
    "A cyberattack has disrupted IT systems at Klinikverbund Oberland, a Bavarian group of four hospitals, the company said.",
    { relevant: true, country: "DE" },
  ),
  c(
    "cc2-ctry-northern-ireland",
    "UK outlet: Northern Ireland",
    "Cyber attack on Northern Ireland GP federation",
    "Mourne GP Federation in Northern Ireland said a cyber attack had taken its shared booking system offline.",
    { relevant: true, country: "GB", impact: ["systems-offline"] },
  ),
  c(
    "cc2-ctry-dc",
    "US outlet: Washington, D.C.",
    "D.C. clinic network hit by ransomware",
    "Anacostia Community Health, which runs five clinics in Washington, D.C., said a ransomware attack had encrypted some of its servers.",
    { relevant: true, country: "US" },
  ),
  c(
    "cc2-ctry-wales",
    "UK outlet: Wales named once, a Welsh town",
    "Welsh dental practice hit by ransomware",
    "A ransomware attack has hit Taff Vale Dental in Merthyr Tydfil, one of the largest dental practices in south Wales.",
    { relevant: true, country: "GB", type: "dental" },
  ),
  // ---------------------------------------------------------------- reworded dev articles (labels from the dev record)
  c(
    "cc2-rw-a062",
    "reworded dev a062: server down for six days, a rumoured demand denied by police",
    "AIIMS server still down six days after ransomware attack",
    "The server of the All India Institute of Medical Sciences, Delhi (AIIMS) has now been down for six days. " +
      "Its primary server and first backup server were corrupted at 7 am on Wednesday, November 23, in what was later found to be a ransomware attack. " +
      "On Monday evening Delhi Police dismissed reports that someone had allegedly asked the institute's managers for Rs 200 crore, saying AIIMS authorities had brought no such ransom demand to its notice. " +
      "AIIMS said restoring the data and cleaning the servers was still going on and was slow because of the volume of data and the number of servers used for hospital services.",
    {
      relevant: true,
      attackers: [],
      victims: ["All India Institute of Medical Sciences, Delhi (AIIMS)"],
      type: "hospital",
      ransom: { status: "not-mentioned" },
      people: null,
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  c(
    "cc2-rw-a046",
    "reworded dev a046: refusal, surgeries disrupted, paper charts, a link to stolen data released",
    "Cannes hospital refuses LockBit's ransom",
    "Hôpital de Cannes - Simone Veil (CHC-SV), a major French health provider, says it turned down the demands of the LockBit ransomware operation after last month's attack, Cybernews reports. " +
      "The attack disrupted nearly 30% of non-urgent surgeries and sent staff back to recording patient charts with paper and pen. " +
      "Public health establishments never pay a ransom when faced with attacks of this kind, CHC-SV said in a translated post on X. " +
      "The statement came after LockBit, which says it exfiltrated nearly 62GB of data from the provider's networks, released a link to the stolen information. " +
      "CHC-SV said it had passed LockBit's claims to French law enforcement agencies and to France's National Agency for Information Systems Security, and has not said whether the exposed information is genuine.",
    {
      relevant: true,
      attackers: ["LockBit"],
      victims: ["Hôpital de Cannes - Simone Veil (CHC-SV)"],
      type: "hospital",
      ransom: { status: "refused" },
      volume: 62e9,
      people: null,
      country: "FR",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["operations-cancelled", "paper-records", "data-leaked"],
    },
  ),
];

/** Round 3: written before the extractor was run on it. */
const ROUND_3: BankCase[] = [
  // ---------------------------------------------------------------- impact in quotes, reported speech and hedges
  c(
    "cc3-quote-postponed",
    "UK outlet: the effect told in a quote",
    "Cyber attack at Ashdown hospital",
    '"We have had to postpone a number of elective procedures and ask for patience," said a spokesperson for Ashdown Royal Hospital in Sussex after Tuesday\'s cyber attack.',
    { relevant: true, country: "GB", impact: ["operations-cancelled"] },
  ),
  c(
    "cc3-reportedly-diverted",
    "US wire: a hedged report of diversion",
    "Ransomware attack at Tennessee hospital",
    "Ambulances were reportedly being diverted from Clinch Valley Medical Center in Tennessee on Sunday after a ransomware attack, local media said.",
    { relevant: true, country: "US", impact: ["ambulance-diversion"] },
  ),
  c(
    "cc3-could-close",
    "AU outlet: a feared closure (a possibility)",
    "Cyber attack: Mackay clinic could close for a week",
    "Pioneer Valley Family Clinic in Mackay, Queensland, could be forced to close for a week while it recovers from a cyber attack, its owner warned.",
    { relevant: true, country: "AU", impact: [] },
  ),
  c(
    "cc3-appointments-not-affected",
    "CA outlet: a stated absence of disruption",
    "Winnipeg clinic network says data stolen in cyberattack",
    "Red River Community Clinics in Winnipeg said hackers copied some patient files, but that appointments have not been affected and its systems remain online.",
    { relevant: true, country: "CA", impact: [] },
  ),
  c(
    "cc3-headline-only-effect",
    "IE outlet: the effect in the headline only",
    "Letterkenny hospital cancels scans after cyber attack",
    "Letterkenny General Hospital has confirmed a cyber attack on its radiology systems on Monday night. The HSE said it was working with the National Cyber Security Centre.",
    { relevant: true, country: "IE", impact: ["appointments-cancelled"] },
  ),
  c(
    "cc3-went-offline-email",
    "US trade press: email and phones went offline",
    "Behavioral health provider hit by cyberattack",
    "Email and phone systems at Sagebrush Behavioral Health in Reno, Nevada, went offline Thursday after what the provider called a cyberattack.",
    { relevant: true, country: "US", type: "mental-health", impact: ["systems-offline"] },
  ),
  c(
    "cc3-in-dialysis-shifted",
    "IN outlet: patients shifted to a named hospital, server down",
    "Cyberattack cripples Hyderabad hospital servers",
    "Critical patients at Deccan Heart Institute in Hyderabad were shifted to Osmania General Hospital after a cyberattack crippled its servers, officials said.",
    { relevant: true, country: "IN", impact: ["ambulance-diversion", "systems-offline"] },
  ),
  c(
    "cc3-maternity-suspended",
    "UK outlet: births moved, a unit suspended",
    "Maternity unit suspended after cyber attack",
    "Births at the midwife-led unit of Pennine Moor Hospital in Burnley have been suspended since the cyber attack, and expectant mothers are being sent to Royal Blackburn Hospital.",
    { relevant: true, country: "GB", impact: ["ambulance-diversion", "services-closed"] },
  ),
  c(
    "cc3-data-posted-dark-web",
    "EU outlet in English: data posted on the dark web",
    "Patient data from Belgian hospital posted on dark web",
    "Data stolen from AZ Scheldevallei in Belgium, including patient names and diagnoses, has been posted on the dark web, the hospital confirmed.",
    { relevant: true, country: "BE", impact: ["data-leaked"] },
  ),
  c(
    "cc3-no-leak-yet",
    "NZ outlet: not yet published",
    "Hackers yet to release Canterbury clinic data",
    "The hackers who breached Avon Health Clinic in Christchurch have yet to release any of the data, police said.",
    { relevant: true, country: "NZ", impact: [] },
  ),
  c(
    "cc3-background-generic",
    "AU outlet: a generic statement after the incident",
    "Darwin hospital hit by cyber attack",
    "Top End Private Hospital in Darwin said hackers had stolen staff payroll files. " +
      "Such attacks often force hospitals to cancel surgery and divert ambulances, a security expert said.",
    { relevant: true, country: "AU", impact: [] },
  ),
  c(
    "cc3-background-two-years-ago",
    "UK outlet: the victim's earlier attack told 'two years ago'",
    "Data breach at Ribble Valley GP practice",
    "Ribble Valley Medical Practice in Clitheroe said an unauthorised party had accessed patient emails. " +
      "Two years ago a ransomware attack at the practice forced staff to work on paper for a month.",
    { relevant: true, country: "GB", impact: [] },
  ),
  // ---------------------------------------------------------------- relevance: hard negatives
  no(
    "cc3-neg-cyber-exercise",
    "UK outlet: a rehearsal of an attack",
    "Hospital tests response to mock ransomware attack",
    "Staff at Ellesmere Port Hospital spent Tuesday working on paper as part of an exercise that simulated a ransomware attack on its systems.",
  ),
  no(
    "cc3-neg-vet",
    "US outlet: a veterinary hospital (not human healthcare)",
    "Ransomware hits animal hospital chain",
    "A ransomware attack encrypted patient files at Pawsome Animal Hospitals, a chain of 14 veterinary clinics in Colorado.",
  ),
  no(
    "cc3-neg-arrest-gang",
    "EU outlet: an arrest, no victim reported",
    "Police arrest suspected ransomware affiliate",
    "Dutch police arrested a 31-year-old man suspected of deploying ransomware against companies in several countries, including hospitals.",
  ),
  no(
    "cc3-neg-insurance-market",
    "trade press: a market piece",
    "Hospitals face steep cyber insurance rises",
    "Cyber insurance premiums for hospitals rose 28% this year after a wave of ransomware attacks, broker Linwell said.",
  ),
  no(
    "cc3-neg-records-lost-paper",
    "UK outlet: paper records lost, no cyber incident",
    "Hospital loses box of patient letters",
    "Hartcliffe Hospital apologised after a box of paper patient letters was left on a bus; there was no cyber element to the incident, it said.",
  ),
  // ---------------------------------------------------------------- relevance: hard positives
  c(
    "cc3-pos-insider-snooping",
    "US outlet: an employee looked at records without a reason",
    "Hospital fires worker who viewed patient records",
    "Sable Ridge Medical Center fired an employee who looked at the records of 1,900 patients without a business need, the hospital said in letters to patients.",
    { relevant: true, people: 1900, impact: [] },
  ),
  c(
    "cc3-pos-email-compromise",
    "AU outlet: a compromised staff mailbox",
    "Perth fertility clinic warns patients after email compromise",
    "A staff email account at Swan River Fertility was compromised and used to send invoices with altered bank details to patients, the clinic said.",
    { relevant: true },
  ),
  c(
    "cc3-pos-ddos-portal",
    "EU outlet: a hacktivist flood on a patient portal",
    "Hacktivists knock Finnish hospital portal offline",
    "A pro-Russian hacktivist group flooded the patient portal of Pirkanmaa Hospital District in Finland with traffic, making it unavailable for most of Monday.",
    { relevant: true, country: "FI", impact: ["systems-offline"] },
  ),
  // ---------------------------------------------------------------- country as other newsrooms write it
  c(
    "cc3-ctry-co-tipperary",
    "IE outlet: 'Co' and a county",
    "Nenagh nursing home hit by cyber attack",
    "A cyber attack has hit Ormond View Nursing Home in Nenagh, Co Tipperary, its manager said.",
    { relevant: true, country: "IE", type: "care-home" },
  ),
  c(
    "cc3-ctry-qld-abbrev",
    "AU outlet: 'Qld' after a town",
    "Toowoomba radiology provider breached",
    "Hackers accessed the booking system of Downs Imaging in Toowoomba, Qld, the company said.",
    { relevant: true, country: "AU" },
  ),
  c(
    "cc3-ctry-swiss",
    "EU outlet: a demonym after the name",
    "Swiss private clinic hit by ransomware",
    "Klinik Seeblick, a Swiss private clinic on Lake Zurich, said ransomware had encrypted its appointment system.",
    { relevant: true, country: "CH" },
  ),
  c(
    "cc3-ctry-pa-abbrev",
    "US outlet: AP-style state after a town that shares a British name",
    "Pennsylvania hospital hit by cyberattack",
    "A cyberattack has disrupted computer systems at Chester Valley Hospital in York, Pa., the hospital said.",
    { relevant: true, country: "US", impact: ["systems-offline"] },
  ),
  c(
    "cc3-ctry-researcher-abroad",
    "trade press: a researcher based abroad, the victim in another country",
    "Researcher finds exposed Mexican hospital database",
    "A researcher based in the UK found that Hospital San Telmo in Monterrey, Mexico, had left a database of 40,000 patient records open to the internet.",
    { relevant: true, country: "MX", impact: [] },
  ),
  c(
    "cc3-ctry-telangana",
    "IN outlet: a state only",
    "Telangana diagnostic centre reports ransomware attack",
    "A ransomware attack has encrypted the reporting servers of Sri Sai Diagnostics in Telangana, the centre said.",
    { relevant: true, country: "IN" },
  ),
  // ---------------------------------------------------------------- reworded dev articles (labels from the dev record)
  c(
    "cc3-rw-a025",
    "reworded dev a025: a contingency plan, no effect on ambulance coverage",
    "Quebec City ambulance dispatch centre hit by ransomware",
    "The ambulance dispatch centre in Quebec City was struck by a ransomware cyber attack this week. " +
      "Services to the public are not affected for now, according to the Quebec City health services communication centre (CCSC), which quickly set up a contingency plan. " +
      '"At this point the computer attack is not affecting ambulance coverage, response times or the way calls for pre-hospital services are handled," the CCSC said, adding that calls are prioritized as usual and more ambulances have been added. ' +
      "The Quebec City health care centre (CIUSSS-CN) said staff had been told to be more vigilant, and its IT teams are working to resolve the situation.",
    {
      relevant: true,
      attackers: [],
      victims: [
        "Quebec City health services communication centre (CCSC)",
        "Quebec City health care centre (CIUSSS-CN)",
      ],
      type: "ambulance",
      ransom: { status: "not-mentioned" },
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: [],
    },
  ),
  c(
    "cc3-rw-a114",
    "reworded dev a114: advice piece with WannaCry as background",
    "How hospitals can guard against ransomware",
    "The novel coronavirus has devastated hospitals in the United States and elsewhere, leaving them short of staff and money; with elective procedures postponed or cancelled, many American hospitals are cutting pay and hours or going bankrupt. " +
      "Healthcare is also troubled by another kind of virus, although ransomware is strictly a form of malware rather than a computer virus. " +
      "Hospitals, clinics and even charities are being struck by ransomware strains in record numbers, and the attacks can badly dent operational capacity. " +
      "In the United Kingdom, for example, the NHS (National Health Service) was hit by the WannaCry ransomware cyberattack, and health care organizations had to cut admissions and scale back elective admissions.",
    { relevant: false },
  ),
  c(
    "cc3-rw-a071",
    "reworded dev a071: a leak-site listing with data 'to be uploaded shortly', a placeholder count",
    "Bian Lian claims attack on Oklahoma hospital",
    'A ransomware group known for "double extortion" has said it was behind a cyberattack on an Oklahoma hospital, HIPAA Journal reported. ' +
      "In a March 25 story, the outlet said the Bian Lian hacking gang had put Lindsay (Okla.) Municipal Hospital on its data leak site and said the stolen data would be uploaded shortly. " +
      "The gang's speciality is stealing data and then demanding ransom payments both for releasing the information and for decrypting encrypted files, the outlet said, and HHS has warned that Bian Lian targets healthcare providers for money. " +
      "Lindsay Municipal Hospital told HHS' Office of Civil Rights on March 13 that a hacking incident had affected 500 individuals, though HIPAA Journal noted that 500 is often entered as a placeholder when the exact number is not known.",
    {
      relevant: true,
      attackers: ["BianLian"],
      victims: ["Lindsay (Okla.) Municipal Hospital", "Lindsay Municipal Hospital"],
      type: "hospital",
      ransom: { status: "not-mentioned" },
      people: 500,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: [],
    },
  ),
];

export const CARE2_BANK: BankCase[] = [...ROUND_1, ...ROUND_2, ...ROUND_3];
