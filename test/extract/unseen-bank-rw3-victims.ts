// Dev articles reworded a third time for the victim fields (issue 15, classes 1 and 2): two victims told as a pair or
// as a parent and its member, a victim named only after the story opens on its kind ("a dental support group"), a
// name whose words say another kind ("Laboratories" of a drugmaker), and beside bodies that are no victims (police
// and regulators, outlets and security firms quoted, a supplier unnamed, an earlier victim of the same gang, a
// construction company paid by mistake). Ids `victims-rw3-<dev id>` name the dev article each case rewords
// (../shared/eval/dev.jsonl): its facts, names and hedges are kept and the victim labels copied from that record. The
// round was written in full before the extractor was run on it. Only relevance, victims, type (and country where the
// text fixes it) are checked.
import type { BankCase } from "./unseen-shapes-bank";
import { v } from "./unseen-bank-victims";

/** A relevant dev article reworded, id `victims-rw3-<dev id>`. */
const rw = (devId: string, shape: string, title: string, text: string, want: Parameters<typeof v>[4]) =>
  v(`victims-rw3-${devId}`, shape, title, text, want);

// ---------------------------------------------------------------- round 1: dev half A
const ROUND_1_A: BankCase[] = [
  rw(
    "a003",
    "two services as the subject pair after a passive opening, an unnamed supplier, a byline",
    "Ambulance crews back on pencil and paper after supplier hit",
    "By webadmin | July 26, 2023\n\n" +
      "Electronic patient records can no longer be reached by two ambulance services in England following a cyber attack on a supplier. " +
      "South Western Ambulance Service and South Central Ambulance Service together cover an area home to 12 million people. " +
      "Crews have gone back to pencil and paper, which may mean minor delays at hospitals, although the 999 call system has not been affected.",
    {
      victims: ["South Central Ambulance Service", "South Western Ambulance Service"],
      type: "ambulance",
      country: "GB",
    },
  ),
  rw(
    "a017",
    "victim introduced by 'Among the companies listed is', an earlier non-healthcare victim and its lawsuit as background",
    "Maze dumps research data of New Jersey lab",
    "Maze ransomware's operators are carrying out their threat to publish stolen data when a victim will not pay. " +
      "Last December Southwire, a wire and cable maker from Carrollton, GA, refused to hand over a 200 BTC ransom ($1,664,320), and part of its data was released; Southwire then sued the Maze team and the ISP hosting its website in the Northern District of Georgia, won, and saw the site taken down, only for it to come back days later with another host.\n\n" +
      "The site names companies that were attacked and did not pay, alongside some of the data taken from them. " +
      "Among the companies listed is Medical Diagnostic Laboratories (MDLab), based in New Jersey. " +
      "According to the Maze Team, MD Lab was hit on December 2, 2019; MD Lab contacted the gang, but the talks stalled and no ransom was paid. " +
      "After the refusal to negotiate, 9.5GB of the company's private research data, immunology research included, was released, the Maze website says, adding that 231 workstations were encrypted. " +
      "Bleeping Computer reports that 100GB of data was stolen.",
    { victims: ["Medical Diagnostic Laboratories (MDLab)"], type: "laboratory", country: "US" },
  ),
  rw(
    "a046",
    "accented name with a dash and its acronym after 'According to' an outlet, agencies it told as non-victims",
    "Cannes hospital says it will not pay LockBit",
    "Critical Infrastructure Security, Ransomware\n\n" +
      "A major French health provider, Hôpital de Cannes - Simone Veil (CHC-SV), has confirmed it turned down the LockBit ransomware operation's demands after last month's attack, Cybernews reports. " +
      "The attack disrupted nearly 30% of non-urgent surgeries and sent staff back to keeping patient charts with paper and pen.\n\n" +
      "Public health establishments never pay a ransom when faced with attacks of this kind, CHC-SV said in a post on X, formerly Twitter, which has been translated. " +
      "LockBit has released a link to the stolen information and says it took nearly 62GB of data from the health provider's networks. " +
      "The hospital said LockBit's claims had already been passed to French law enforcement agencies and to France's National Agency for Information Systems Security.\n\n" +
      "Sign up for daily email updates",
    { victims: ["Hôpital de Cannes - Simone Veil (CHC-SV)"], type: "hospital", country: "FR" },
  ),
  rw(
    "a072",
    "name first in a related-links list, then 'a large British chain of cosmetic surgery clinics' after it; a patient and the BBC as non-victims",
    "Hackers threaten to post cosmetic surgery patients' before and after photos",
    "A hacker group that mainly goes after hospitals is said to have stolen a large amount of data from a cosmetic surgery chain with many celebrity customers, and is threatening to release photos of patients taken before and after surgery.\n\n" +
      "Related: UK: Ransomware attack victimizes Transform Hospital Group\n\n" +
      "According to media reports the attack on the Transform Hospital Group, a large British chain of cosmetic surgery clinics, was carried out by the hacker groups called 'REvil' and 'Sodinokibi'. " +
      "REvil has a history of threatening to steal data from hospitals, and it put a screenshot on a dark web leak site to prove it had got into the Transform Hospital Group data. " +
      "It claims to hold about 600GB of documents, customer personal data and photos. " +
      "Simon Hales, a patient, told the BBC the hospital had emailed him about 'significant data security issues'.",
    { victims: ["Transform Hospital Group"], type: "cosmetic-surgery", country: "GB" },
  ),
  rw(
    "b108",
    "'Nonprofit' before a name whose words say community centres, the Maine attorney general as non-victim",
    "Hackers may have reached records of California community health network",
    "A network of community health centers in California says cyber-criminals may have got into the protected health information (PHI) of hundreds of thousands of the people it treats.\n\n" +
      'In an October 15 statement, nonprofit Community Medical Centers (CMC), which has its headquarters in Stockton and mainly serves low-income patients, migrants and homeless people in San Joaquin, Solano and Yolo counties, said it had detected "some unusual network activity" "early on Sunday, October 10." ' +
      "As a precaution the whole network, including servers, computers and some of the phone lines patients use to book appointments, was shut down. " +
      "Third-party cybersecurity experts found that unauthorized individuals had got into parts of the network where protected health information was kept, and a breach report was filed with the Maine attorney general.",
    { victims: ["Community Medical Centers (CMC)"], type: "primary-care", country: "US" },
  ),
  rw(
    "b109",
    "name after its place and kind, a security firm hired and outlets as non-victims, the claim told through an outlet",
    "SimonMed Imaging confirms apparent ransomware attack",
    "SimonMed Imaging, a radiology practice in Scottsdale, Arizona, confirmed on Thursday that it recently suffered an apparent ransomware attack. " +
      "The breach happened last week, a company representative said, but SimonMed \u201cinterrupted\u201d the hackers and \u201cno data was encrypted.\u201d " +
      "Some systems were taken offline for a time to contain the situation, chief marketing officer Jenna Lloyd told Radiology Business, and SimonMed hired cybersecurity experts from Palo Alto Networks\u2019 Unit42. " +
      "SuspectFile.com first reported the breach on Tuesday, saying the Medusa ransomware group apparently claimed the attack on the dark web, posted 45 proof files and said it held over 212 GB of data from SimonMed.",
    { victims: ["SimonMed Imaging"], type: "imaging", country: "US" },
  ),
  rw(
    "b135",
    "kind told before the name ('a dental support group'), then a Sarasota-based anaphor; the attorney general as non-victim",
    "Dental support group says over a million patients may be affected",
    "A dental support group with more than 320 affiliated dental practices in 20 states, Dental Care Alliance, LLC, says hackers broke into its systems and may have got at the protected health information of over a million individuals. " +
      "The breach took place on September 18, 2020, was spotted on October 11 and was shut down on October 13. " +
      "In a notice filed with the Maine Attorney General\u2019s office, the Sarasota, Florida-based group said the hackers had stolen part of the patient information, including names with financial account numbers. " +
      "Only about one in ten of those affected had a financial account number exposed, Dental Care Alliance said.",
    { victims: ["Dental Care Alliance, LLC"], type: "dental", country: "US" },
  ),
  rw(
    "b323",
    "a fraud told from the victim's own statement, a construction company and two institutes it builds as non-victims, police and FBI",
    "Hamilton recovers most of scammed $1.26 million",
    "Most of the $1.26 million that Hamilton Health Care System was tricked out of late last year has been recovered, the hospital said in a statement. " +
      "Believing the money was going to a construction company working on the Anna Shaw Children\u2019s Institute and the Peeples Cancer Institute, the system made two electronic payments, but the construction company told a system official it had never received them. " +
      "'We take this matter with the utmost seriousness, and we have been diligently pursuing recovery and fully cooperating with the FBI and local law enforcement,' said CEO Jeff Myers, who thanked the Dalton Police Department and the FBI. " +
      "'$1,157,144.91 of the funds have been successfully recovered,' the statement says.",
    { victims: ["Hamilton Health Care System"], type: "hospital" },
  ),
];

// ---------------------------------------------------------------- round 1: dev half B
const ROUND_1_B: BankCase[] = [
  rw(
    "a018",
    "a vendor named by one word that is also an adjective, its customers' services and platforms as non-victims, page furniture",
    "LockBit 3.0 behind August attack on Advanced",
    "See all newsletters\n  1. Technology\n  2. Cybersecurity\n\n" +
      "The ransomware attack that crippled NHS 111 services this summer was carried out with the LockBit 3.0 malware, it has now been confirmed. " +
      "Advanced, the software vendor to the NHS that was hit, says data belonging to \u201capproximately 16\u201d institutions using StaffPlan and Caresys, its care management platforms, was lost, but has not said whether personal data was taken.\n\n" +
      "(Photo by Olga Ganovicheva/Shutterstock)\n\n" +
      "Because of the attack on 4 August, the services Advanced supplied to NHS 111 and to out-of-hours GP surgeries could not be used, and hospital staff reportedly fell back on pen and paper. " +
      "The threat actor first got into the Advanced network using legitimate third-party credentials, the company said in an update this week.",
    { victims: ["Advanced"], type: "health-it-vendor", country: "GB" },
  ),
  rw(
    "a025",
    "two bodies each named once in a reporting clause, an unnamed dispatch centre as the one hit",
    "Quebec City ambulance dispatch centre hit by ransomware",
    "File photo (Daniel J. Rowe/CTV News)\n\n" +
      "Ambulance dispatch in Quebec City was struck by a ransomware cyber attack this week, but for now the situation is not affecting services to the public, the Quebec City health services communication centre (CCSC) says. " +
      'A contingency plan was put in place quickly, according to the CCSC: "For now, the computer attack has no effect on ambulance coverage, on response times or on how calls for pre-hospital services are taken." ' +
      "Notices urging staff to be more vigilant were sent out, the Quebec City health care centre (CIUSSS-CN) said, and CIUSSS IT teams are working to fix the situation.",
    {
      victims: [
        "Quebec City health services communication centre (CCSC)",
        "Quebec City health care centre (CIUSSS-CN)",
      ],
      type: "ambulance",
      country: "CA",
    },
  ),
  rw(
    "a029",
    "a network and its member hospital, an earlier German victim of the same gang's affiliates as background",
    "LockBit claims November attack on Capital Health",
    "The LockBit ransomware gang says it carried out the November 2023 cyberattack on the Capital Health hospital network, which caused an IT systems outage across the network.\n\n" +
      "Part of Capital Health System, Capital Health Regional Medical Center in Trenton, New Jersey, is a regional academic medical center and a state-designated trauma center. " +
      "After the attack the healthcare organization alerted law enforcement and brought in outside forensic and IT specialists.\n\n" +
      "LockBit has now added Capital Health to its Tor data leak site and threatens to release what it stole, claiming to have taken over 7 terabytes of confidential medical data.\n\n" +
      "Lockbit affiliates keep going after healthcare: Katholische Hospitalvereinigung Ostwestfalen (KHO), a German hospital network, recently reported disruption at three of its hospitals.",
    {
      victims: ["Capital Health", "Capital Health Regional Medical Center"],
      type: "hospital",
      country: "US",
    },
  ),
  rw(
    "a062",
    "a denied demand told by police, the victim named with its city between the name and its acronym",
    "Police deny Rs 200 crore ransom claim as AIIMS server stays down",
    "The Delhi Police said late on Monday evening that no ransom demand of the kind some sections of the media had reported had been brought to its notice, rejecting claims that someone had allegedly sought Rs 200 crore from those running the All India Institute of Medical Sciences, Delhi (AIIMS). " +
      "The primary server of the teaching hospital and its first backup server were corrupted at 7 am on Wednesday (November 23), later identified as a ransomware attack, and have now been down for six days. " +
      'AIIMS said work on restoring data and cleansing servers is under way: "Because of the volume of data and the many servers used for hospital services, this is taking a while."',
    { victims: ["All India Institute of Medical Sciences, Delhi (AIIMS)"], type: "hospital", country: "IN" },
  ),
  rw(
    "a071",
    "victim first as 'an Oklahoma hospital', then in two spellings; a federal office it reported to as non-victim",
    "Bian Lian lists Oklahoma hospital on leak site",
    'An Oklahoma hospital has been claimed by a ransomware group that specialises in "double extortion", HIPAA Journal reported on March 25. ' +
      "The Bian Lian hacking gang put Lindsay (Okla.) Municipal Hospital on its data leak site and said the stolen data would be uploaded shortly. " +
      "HHS has warned that Bian Lian targets healthcare providers for money. " +
      "Lindsay Municipal Hospital had told HHS' Office of Civil Rights on March 13 that a hacking incident affected 500 individuals, a figure the outlet noted is often a placeholder.",
    {
      victims: ["Lindsay (Okla.) Municipal Hospital", "Lindsay Municipal Hospital"],
      type: "hospital",
      country: "US",
    },
  ),
  rw(
    "b106",
    "practice described in apposition with its town, a TV station and doctors as non-victims, background FBI advice",
    "Michigan ENT practice closes after ransomware",
    "A Michigan medical practice has closed after its doctors judged a ransomware demand too expensive to pay, according to WWMT, a CBS-affiliated television station.\n\n" +
      "Hackers recently knocked the whole system offline at Brookside ENT and Hearing Center, a one-group practice in Battle Creek, Mich., and asked for $6,500 for a code to unlock the files. " +
      "The practice\u2019s two partners, William Scalf, M.D., and John Bizon, M.D., declined to pay and chose early retirement rather than rebuilding from scratch. " +
      "The FBI is investigating.\n\n" +
      "In 2016 the FBI said that paying a ransom does not guarantee that victims get their data back.",
    { victims: ["Brookside ENT and Hearing Center"], type: "clinic", country: "US" },
  ),
  rw(
    "b219",
    "a drugmaker whose name says 'Laboratories', a regulator and a fund as non-victims, curly apostrophe",
    "Dr Reddy\u2019s isolates data centres after cyberattack",
    "Dr Reddy\u2019s Laboratories Ltd, the Hyderabad-based drugmaker, has isolated all its data centre servers around the world for up to a day as a preventive step after detecting a cyberattack, the company said on Thursday. " +
      "\u201cWe expect all services to be up within 24 hours,\u201d chief information officer Mukesh Rathi said in a filing with the stock exchanges. " +
      "The attack came days after the Drug Controller General of India (DCGI) allowed the company to run clinical trials of Russia\u2019s Sputnik V vaccine; it has a deal with the Russian Direct Investment Fund to distribute up to 100 million doses. " +
      "A person aware of the matter described it as a ransomware attack that led to all servers being shut down.",
    { victims: ["Dr Reddy\u2019s Laboratories Ltd"], type: "pharma-medtech", country: "IN" },
  ),
  rw(
    "b220",
    "'healthcare giant' headline with a lab company in apposition, a security firm quoted and a maritime victim as background",
    "REvil hits Brazil's Grupo Fleury",
    "REvil Strikes Brazilian Healthcare Giant Grupo Fleury\n\n" +
      "A ransomware attack has disrupted business at Grupo Fleury, the S\u00e3o Paulo medical diagnostics company, after it shut down its systems; on the 22nd of June its website began warning that its systems were under attack. " +
      "The company offers medical laboratory services across Brazil through more than 200 service centers. " +
      "Several cybersecurity sources have confirmed it was attacked by the ransomware operation known as REvil, also called Sodinokibi. " +
      "\u201cREvil is also launching a lot of attacks right now, having hit a maritime organization in Brazil earlier this month,\u201d said Andy Norton, European cyber risk officer at Armis.",
    { victims: ["Grupo Fleury"], type: "laboratory", country: "BR" },
  ),
  rw(
    "b222",
    "the victim named late as 'the largest of the four health authorities', a minister and a broadcaster as non-victims",
    "Possible cyberattack hits Newfoundland and Labrador health-care system",
    "Thousands of appointments and procedures, COVID-19 testing among them, have been held up across Newfoundland and Labrador by what appears to be a cyberattack.\n\n" +
      '"We may have been the victims of a possible cyberattack by a third party," Health Minister John Haggie told a news conference on Monday morning, adding that it struck "the brain of the data centre" running the province\'s health-care system. ' +
      "Sources told CBC News it was ransomware, which Haggie could not yet confirm.\n\n" +
      "Hardest hit is Eastern Health, the largest of the four health authorities in the province, where almost every procedure apart from emergency ones has been cancelled and staff are mostly working from paper-based backups.",
    { victims: ["Eastern Health"], type: "hospital", country: "CA" },
  ),
  rw(
    "b318",
    "a cancer centre and its parent, the parent 'also affected'; the gang's other victims in general",
    "Hunters International emails Fred Hutchinson patients with ransom demands",
    "Cancer patients in the Seattle area are receiving ransom demands from the threat actors who attacked the Fred Hutchinson Cancer Center (FHCC). " +
      "The attack in mid-November 2023 was carried out by Hunters International, a ransomware-as-a-service operation that has named 20 victims on its leak site since October 2023, and FHCC\u2019s parent entity, the University of Washington (UW), was also affected. " +
      "FHCC denied that patients\u2019 personal data had been stolen, yet people treated at FHCC or through UW began receiving emails demanding $50 to stop their personal information being sold on the dark web.",
    { victims: ["Fred Hutchinson Cancer Center", "University of Washington"], type: "clinic", country: "US" },
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes, both halves)
const ROUND_2: BankCase[] = [
  rw(
    "a011",
    "insurer named in a reporting clause and by 'the health insurer' anaphors, an outlet cited",
    "Medibank says gang has started leaking customer data",
    "The ransomware group behind last month's attack has started leaking data from Medibank's systems, the Australian health insurer warned its customers. " +
      "According to Bleeping Computer, the REvil cybercrime gang has put customers' private and health data online, along with transcripts of its negotiations with the insurer. " +
      "The threat came a day after Medibank refused to pay any ransom, and the company has urged customers to stay vigilant.",
    { victims: ["Medibank"], type: "insurer", country: "AU" },
  ),
  rw(
    "a022",
    "a victim named only as an advisory's 'prominent case', agencies that issued it as non-victims",
    "Agencies warn of Daixin Team attacks on healthcare",
    "The Federal Bureau of Investigation (FBI), the Cybersecurity and Infrastructure Security Agency (CISA) and the U.S. Department of Health and Human Services (HHS) have jointly warned about the Daixin Team, a cybercriminal group that has been targeting the healthcare sector with ransomware and data extortion since June 2022 at the latest.\n\n" +
      "Among the incidents the group is behind, the attack on OakBend Medical Center on September 1, 2022 stands out: the gang said it took approximately 3.5GB of sensitive data, over one million records of patients and employees among it, and later published it on its leak site, DataBreaches.net reported. " +
      "The facility has since offered affected patients 18 months of free credit monitoring.",
    { victims: ["OakBend Medical Center"], type: "hospital", country: "US" },
  ),
  rw(
    "a038",
    "victim as object of 'gone after' in reported speech, outlets and the FBI as non-victims",
    "LockBit demands $900k from Chicago hospital",
    "Saint Anthony Hospital in Chicago has been targeted by the LockBit ransomware gang, which is demanding $900k within 48 hours and threatening to leak patient records, The Record reported on Jan. 31. " +
      "The hospital disclosed the incident on Jan. 29, saying an unknown actor had copied files holding patient information on Dec. 18, 2023. " +
      "According to The Register, $1,000 would buy the hospital 24 more hours. Saint Anthony says it is working with the FBI.",
    { victims: ["Saint Anthony Hospital"], type: "hospital", country: "US" },
  ),
  rw(
    "a055",
    "acronym-only victim with a place, a security cooperative quoted, a list of hospitals not hit",
    "Killnet DDoS attack takes down Groningen hospital website",
    "Pro-Russian DDoS attackers are targeting Dutch hospitals, according to Z-Cert, the hospitals' digital security cooperation, whose spokesperson said the Killnet group was behind the attack. " +
      "The UMCG in Groningen is one of the targets: its website keeps going down, and the attack comes in waves, a spokesperson said. " +
      "Killnet has posted a long list of Dutch and foreign hospitals on its Telegram channel, but so far the UMCG site seems to be the only one on the list actually hit.",
    { victims: ["UMCG"], type: "hospital", country: "NL" },
  ),
  rw(
    "b104",
    "a photo credit naming the long form, officials quoted, the payment as the topic",
    "Indiana hospital pays bitcoin ransom",
    "Courtesy Hancock Regional Health\n\n" +
      "Hospital leadership paid the ransom, four bitcoins worth about $55,000, to get back data files that an unknown group encrypted on Thursday night at the Greenfield hospital, Hancock Health representatives said. " +
      "Patient safety was never in danger, officials said. " +
      "\u201cWe were in a very precarious situation,\u201d CEO Steve Long said in a statement, explaining that restoring from backup would have taken longer.",
    { victims: ["Hancock Health"], type: "hospital", country: "US" },
  ),
  rw(
    "b132",
    "'Calif.-based' before a name whose words are a kind, 'Five things to know' list furniture",
    "Community Health Centers notifies 656,047 patients",
    "Stockton, Calif.-based Community Health Centers is sending notices to 656,047 patients about a cyberattack that forced it to turn off its computer systems, according to information given to Maine's attorney general's office Nov. 1.\n\n" +
      "Five things to know:\n" +
      "- The health center, which has nearly two dozen locations in Northern California, found unusual activity on its computer systems Oct. 10.\n" +
      "- Names, birth dates, Social Security numbers and medical record information may have been exposed.",
    { victims: ["Community Health Centers"], type: "primary-care", country: "US" },
  ),
  rw(
    "b133",
    "an earlier practice closure as background named first, the current victim after 'Now'",
    "Second medical practice in six months to close after ransomware",
    "A medical practice has said it will close because of a ransomware attack, the second to do so in six months. " +
      "Six months ago Brookside ENT and Hearing Center in Michigan closed after its doctors would not pay a $6,500 ransom. " +
      "Now Wood Ranch Medical in California says it will close its office in December, having lost all of its patient records and backups. " +
      "Wood Ranch Medical (\u201cWRM\u201d) suffered a ransomware attack that left its patients\u2019 personal healthcare information encrypted, its notice says.",
    { victims: ["Wood Ranch Medical"], type: "clinic", country: "US" },
  ),
  rw(
    "b214",
    "insurer described after its name as 'India's leading health insurance provider', a messaging company sued as non-victim",
    "Star Health confirms ransom demand after data breach",
    "A ransom demand of $68,000 (around \u20b957.2 lakh) has been confirmed by Star Health, India's leading health insurance provider, following a major data breach that exposed sensitive customer information. " +
      "The company is working with Indian cybersecurity authorities to trace the hacker, known as xenZen, and is suing Telegram and the hacker over the incident. " +
      "Star Health says it found no evidence that its chief security officer played a part in the leak.",
    { victims: ["Star Health"], type: "insurer", country: "IN" },
  ),
  rw(
    "b313",
    "insider snooping told through firings, a privacy commissioner informed as non-victim",
    "Eight Hamilton Health Sciences staff fired for snooping",
    "Eight staff members have lost their jobs at Hamilton Health Sciences after, their employer alleges, they \u201cinappropriately accessed\u201d the personal health information of thousands of patients. " +
      "The privacy breach involved 4,000 patients, Hamilton Health Sciences (HHS) said in a statement this week, and the Information and Privacy Commissioner of Ontario has been informed. " +
      "Patients affected can call the hospital for more information.",
    { victims: ["Hamilton Health Sciences"], type: "hospital", country: "CA" },
  ),
  rw(
    "b335",
    "the gang's earlier victims (a city, a school district, an opera, a carmaker) listed after the claim",
    "Over 1.2 million patients hit in Tampa General Hospital ransomware attack",
    "More than 1.2 million patients had sensitive information exfiltrated in a ransomware attack foiled in May, Florida's Tampa General Hospital has confirmed, The Record reports. " +
      "The attackers were inside Tampa General's network from May 12 to 30. " +
      "Tampa General has not named them, but the Snatch ransomware gang has claimed the attack; the gang has previously breached the City of Modesto, California, a Wisconsin school district, the Metropolitan Opera and Volvo.",
    { victims: ["Tampa General Hospital"], type: "hospital", country: "US" },
  ),
];

export const BANK_RW3_VICTIMS: BankCase[] = [...ROUND_1_A, ...ROUND_1_B, ...ROUND_2];
