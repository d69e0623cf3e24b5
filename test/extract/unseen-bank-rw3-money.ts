// Dev articles reworded a third time for their money, counts, places and attackers (session 12, round 1), none of them
// already in the second reworded money bank: a ransom told only as a gang's habit, a rumoured demand "put at USD50
// million in Bitcoin", a demand hedged in the lede ("nearly $10m") and exact further down, a payment told through the
// wallet that took it in, a payment with no sum, a refusal as "no ransom was paid", a denied demand in the headline, a
// price put to each patient rather than to the victim; head-counts as "656,047", "more than 375,000" then "375,436",
// "some 1.2 million"; volumes as "600GB", "533.1 GB", "four terabytes"; places only through a town, a state abbreviation
// or a region, and a page with no place at all. Each id names the dev article it rewords (`money-rw3-<devid>`); the
// labels of the fields checked are copied from that record. The round was written in full before the extractor was run.
import { moneyCases, type BankCase } from "./unseen-shapes-bank";

const mr = moneyCases("money-rw3-");

export const RW3_MONEY_ROUND_1: readonly BankCase[] = [
  mr(
    "a013",
    "the claim first, by the gang in apposition; the place as 'Louisville, Ky.-based'; other victims of the same campaign",
    "UofL Health named among MOVEit victims as Clop lists it on leak site",
    `Clop, the Russia-linked ransomware gang behind the mass exploitation of the MOVEit file transfer tool, has added UofLHealth to its dark web leak site and claimed responsibility for the hack.

The Louisville, Ky.-based health system confirmed to TechCrunch in a July 11 story that it had been swept up in the MOVEit breach, which has hit millions of people across a wide range of industries. How many patients were affected, it would not say.

A handful of its medical practices used the software to send files to third-party vendors, a UofL Health spokesperson told the outlet, adding that a forensic IT agency had been brought in to establish the scope of the matter and that normal operations at its hospitals, physician offices and medical centers had not been put at risk.

Baltimore-based Johns Hopkins Medicine and Bellaire, Texas-based Harris Health System are among the other health systems hit by the MOVEit breach.`,
    { attackers: ["Clop"], country: "US" },
  ),
  mr(
    "a039",
    "a ransom only in the strain's habit ('locks users out until a ransom is paid'); 'the US and the UK'",
    "UHS hospitals knocked offline in suspected Ryuk attack",
    `Computers across Universal Health Services (UHS), one of America's largest healthcare providers, were knocked offline on Sunday in what is believed to be another Ryuk ransomware case.

UHS, a for-profit provider that operates some 400 hospitals and facilities in the US and the UK, said in a statement that an IT security issue had taken out the IT network at its facilities. Staff have been left to rely on "offline documentation", reports say.

One hospital worker, who was not named, told TechCrunch that text mentioning the "shadow universe" - a frequent feature of Ryuk attacks - had appeared on their screen, and that everyone was told to switch off every computer and leave it off. "We've been told it'll be days until the computers are back up."

Ryuk, which encrypts a system and locks users out until a ransom is paid, has quickly earned a reputation for hitting large businesses. It has been tied to WizardSpider, a Russian crime group known for "big game hunting".

UHS says no patient or employee data appears to have been accessed, copied or otherwise compromised, though how far the infection spread is not yet clear.`,
    { attackers: ["Ryuk"], country: "US" },
  ),
  mr(
    "a057",
    "the theft in the passive with the group after 'by'; 'several terabytes' (no figure); a ransom only as the group's usual method",
    "Hackers steal celebrity patients' photos from London cosmetic clinic",
    `Several terabytes of client images, including photos of procedures in progress, were taken from London Bridge Plastic Surgery by a hacking group calling itself the Dark Overlord, The Daily Beast reports.

"We are able to confirm the Clinic has suffered a cyber attack," the London clinic said in a statement, adding that it had alerted the Metropolitan Police and that, after investigations, it believed data had been stolen. Police have not yet made an arrest.

The clinic's clients include high-profile and celebrity patients, according to The Daily Beast. The Dark Overlord has threatened to release the photos but has not done so yet. "The whole patient list, with the photos that go with it," the group told the site.

The group has hacked medical centers before. Its usual method is to threaten to publish sensitive information unless a victim pays a ransom, and to use the press to turn up the pressure.`,
    { attackers: ["The Dark Overlord"], country: "GB" },
  ),
  mr(
    "a062",
    "a denied demand ('Rs 200 crore') in the headline and in the passive ('claims ... were rejected by the Delhi Police')",
    "AIIMS server outage enters sixth day; police deny Rs 200 crore ransom claim",
    `The server of the All India Institute of Medical Sciences, Delhi (AIIMS) has been down for six days. Its primary server and first backup server were corrupted at 7 am on Wednesday, November 23, in what was later identified as a ransomware attack.

Claims that someone had sought Rs 200 crore from those running the hospital were rejected by the Delhi Police late on Monday evening. No ransom demand of the kind quoted in sections of the media had been brought to its notice by AIIMS authorities, the police said in a statement.

AIIMS said separately that restoring data and cleaning the servers was under way but taking a while, given the volume of data and the number of servers used for hospital services.`,
    { country: "IN" },
  ),
  mr(
    "a072",
    "the group as 'REvil, also called Sodinokibi'; the volume claimed in reported speech after the quote ('Some 600GB ... were taken, REvil claimed'); a 70GB first batch",
    "Transform Hospital Group: REvil threatens to post cosmetic surgery photos",
    `A large British chain of cosmetic surgery clinics, Transform Hospital Group, has been hit by ransomware, and the attackers are threatening to publish patients' before-and-after pictures.

According to media reports, the attack was carried out by the group known as REvil, also called Sodinokibi, which has a history of threatening hospitals with the release of stolen data. As proof that it got into Transform's systems it posted a screenshot on its dark web leak site; DataBreaches.net puts the theft at around December 6th.

Some 600GB of "key confidential documents, personal data of customers and their photos" were taken, REvil claimed. Patient folders and documents totalling 70GB will be the first batch released, it said.

Well-known singers and actresses are among Transform's patients. Simon Hales, who had chest reduction surgery, told the BBC the hospital had emailed him about "significant data security issues".

Related: Ransomware damages more than 400 medical institutions at the same time`,
    { attackers: ["REvil"], volume: 600e9, country: "GB" },
  ),
  mr(
    "a075",
    "an unconfirmed demand 'put at USD50 million in Bitcoin' by Reddit comments; the place as 'King of Prussia, PA'",
    "Ryuk suspected in attack on UHS; $50m ransom rumoured",
    `Universal Health Services (UHS), which runs more than 400 healthcare facilities in the US, Puerto Rico and the UK from its corporate offices in King of Prussia, PA, has been struck by a large-scale cyberattack that its own employees say points to Ryuk ransomware.

Systems began shutting themselves down early on Sunday morning, a UHS employee wrote on Reddit. Computer and phone systems went down at no fewer than 80 UHS facilities in the US, from California and Las Vegas to Washington D.C.; the company's sites in Puerto Rico and the UK have so far been spared.

Files were encrypted and given the .RYK extension, one worker said, a mark of the Ryuk family, which also drops a ransom note as a text file. Reddit comments on the attack put the ransom at USD50 million in Bitcoin, a figure that has not yet been confirmed.

In a short statement on Monday, UHS said patient care continues to be delivered safely and that no patient or employee data appears to have been accessed.`,
    { attackers: ["Ryuk"], ransom: { status: "demanded-amount", amount: 50000000, currency: "USD" }, country: "US" },
  ),
  mr(
    "a095",
    "'the data of 29 patients' after the verb; the place as 'based in Brewster, New York'; a reporter's bio",
    "Radiology chain says PACS breach exposed 29 patients",
    `Hackers who broke into the picture archiving and communication system of Northeast Radiology, an imaging chain based in Brewster, New York, got at the data of 29 patients, the company said on Wednesday.

The break-in, first disclosed on March 11, was the work of "unauthorized individuals", according to the chain, which has completed an investigation with a leading forensic security firm. Its healthcare management provider, Alliance HealthCare Services, helped on the case.

Names, gender, age, birth date, exam descriptions, service dates, images and medical record numbers - in some cases matching Social Security numbers - may have been involved. Northeast Radiology said it knows of no fraud or identity theft and is writing to every affected patient.

Matt came to Chicago's TriMed team in 2018 to cover health imaging.`,
    { people: 29, country: "US" },
  ),
  mr(
    "a096",
    "a demand hedged in the lede ('nearly $10m'), exact later ('The opening ransom demand was $10m'), then cut to '$9.7m - $1 for each affected customer'; '9.7m Australians'",
    "Medibank data, including 'abortions' file, surfaces on dark web",
    `Hackers who are demanding nearly $10m in ransom have put sensitive data taken from Medibank, the Australian health insurance provider, on the dark web, among it a file named 'abortions'.

Last month's cyberattack on Medibank, which has been tied to the Russian ransomware group REvil, affected 9.7m Australians. In an update on 9 November, the insurer said the criminal had posted files holding customer data on a dark web forum.

Names, addresses, birth dates, phone numbers and email IDs are in the published data, and for some customers Medicare and passport numbers as well.

Police are investigating. The opening ransom demand was $10m, and according to The Guardian the group appears to have since cut its price to $9.7m - $1 for each affected customer.

Optus, an Australian telecoms company, recently suffered a similar breach that may have hit up to 9m customers.`,
    {
      attackers: ["REvil"],
      ransom: { status: "demanded-amount", amount: 10000000, currency: "USD" },
      people: 9700000,
      country: "AU",
    },
  ),
  mr(
    "a111",
    "the group as 'Lockbit 3.0' in reported speech; the country only as 'in Germany' and German hospital names",
    "Christmas Eve LockBit attack shuts emergency care at three German hospitals",
    `Emergency care at three hospitals in Germany was disrupted after a LockBit ransomware attack on the morning of Christmas Eve, the Katholische Hospitalvereinigung Ostwestfalen (KHO) hospital network has confirmed, BleepingComputer reports.

The network's IT systems were infiltrated and data encrypted, so systems were shut down at once to stop further compromise, KHO said in a machine-translated announcement. Initial tests, it said, pointed to Lockbit 3.0.

Emergency care remains unavailable at Franziskus Hospital Bielefeld, Mathilden Hospital Herford and Sankt Vinzenz Hospital Rheda-Wiedenbruck, though clinic operations and patient treatment there have not been hit. The LockBit operation has not yet listed KHO on its dark web site.`,
    { attackers: ["LockBit"], country: "DE" },
  ),
  mr(
    "b132",
    "'breach notices to 656,047 patients' in the lede; the place as 'a Stockton, Calif.-based provider'",
    "California health centers notify 656,047 patients after cyberattack",
    `Community Health Centers, a Stockton, Calif.-based provider with nearly two dozen locations in Northern California, is sending breach notices to 656,047 patients, according to information it gave Maine's attorney general's office on Nov. 1.

Unusual activity was found on its computer systems on Oct. 10, an Oct. 26 news release said, and the cyberattack forced it to turn off many systems; communications were lost for three weeks.

An investigation established that hackers had broken into the network. Patient names, birth dates, Social Security numbers and medical record information may have been exposed, though the health centers said they have seen nothing to suggest the data has been misused. Clinic sites remain open.`,
    { people: 656047, country: "US" },
  ),
  mr(
    "b136",
    "'more than 375,000 individuals' in the lede, exact '375,436 people' in a sentence told to regulators; a class action beside it",
    "Arisa Health notifies more than 375,000 of data theft",
    `An Arkansas provider of mental and behavioral health services, Arisa Health, is notifying more than 375,000 individuals that their personal and medical information may have been compromised in a data theft incident. At least one proposed federal class action lawsuit has been filed over it.

The hacking incident, involving a network server, affected 375,436 people, Arisa Health told federal regulators on July 19. Its subsidiaries Counseling Associates, Inc., Ozark Guidance Center, Inc., Professional Counseling Associates Inc. and Northeast Arkansas Community Mental Health Center were also affected.

A cybersecurity incident on March 18 disrupted connectivity to its network, the provider said, and an investigation found that an unauthorized individual had accessed or acquired files between March 1 and March 18.`,
    { people: 375436, country: "US" },
  ),
  mr(
    "b206",
    "the leak's head-count '300,000' and the gang's claim '900,000' in one article; '20 gigabytes'; 'blackmail' only; a Canadian background victim",
    "Blackout gang leaks data of 300,000 Armentières hospital patients",
    `Cybercriminals have disclosed the data of around 300,000 patients of the Armentières hospital center in the North, the health establishment has admitted. A previously unknown ransomware gang, Blackout, claimed on Sunday the computer attack that hit the hospital in mid-February.

More than a hundred servers and workstations were encrypted, the gang says on its data leak site, and it claims to hold a database of around 20 gigabytes covering more than 900,000 patients, with postal addresses, telephone numbers and even medical histories.

The leaked files are "essentially lists, containing the contact details, date of arrival and the care sector of the patients concerned", according to the hospital; no computerized patient file appears among them. To back up its blackmail, Blackout posted several screenshots, among them a doctor's diagnosis describing a patient's pathology. Its only other listed victim is a Canadian company specialising in metal and ceramic coatings.

The head of Anssi told a press conference that the agency's first concern was the continuity of care.`,
    {
      attackers: ["Blackout"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 300000,
      volume: 20e9,
      country: "FR",
    },
  ),
  mr(
    "b211",
    "a demand only as 'holding The Hospital Group to ransom' after a participle ('With around 900GB of images in hand'); no place at all",
    "Celebrity cosmetic surgery chain held to ransom by REvil",
    `The Hospital Group, a cosmetic surgery chain known for its celebrity clients, has been hit by a ransomware attack.

REvil, a Russian hacking group, said on the dark web that it had compiled celebrity 'before and after' photos from cosmetic procedures, describing its haul as "intimate photos of the customers" that are "not a completely pleasant sight". With around 900GB of images in hand, the hackers are holding The Hospital Group to ransom.

How the attackers got in is not clear, but the group is known to use the Remote Desktop Protocol to reach admin desktops. Security experts advise other companies to turn off RDP and keep software updated.

The Hospital Group, which runs 11 clinics for procedures such as breast enhancements, bariatric weight loss surgery and rhinoplasty, has confirmed the incident and informed the Information Commissioner.`,
    {
      attackers: ["REvil"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 900e9,
      country: null,
    },
  ),
  mr(
    "b234",
    "a threat 'unless a ransom was paid' then 'The hospital did not give in: it refused to pay'; other companies' payments as background; a town in 'western Japan'",
    "Japanese hospital stopped taking new patients for two months after ransomware",
    `Ransomware struck the municipal Handa Hospital in Tsurugi, a small town in western Japan, at the end of October, and the hospital stopped accepting new patients for two months.

Printers across the hospital suddenly started printing an English-language message saying that the electronic records of around 85,000 patients had been stolen and encrypted, the Mainichi Shimbun reported at the time. The records would be leaked unless a ransom was paid, the hackers warned.

The hospital did not give in: it refused to pay, and it says the records have not been made public. Staff went back to paper records until normal operations resumed on January 4.

Ransomware attacks have become more common worldwide. Among the companies that paid ransoms last year to get operations running again were the Colonial Pipeline Company, which runs the largest oil pipeline system in the US, and Brazilian meat processor JBS; in Colonial's case, law enforcement later recovered most of the money.`,
    { ransom: { status: "refused", amount: null, currency: null }, people: 85000, country: "JP" },
  ),
  mr(
    "b319",
    "a refusal as 'No ransom was paid to the hackers, a spokesperson said'; 'Some 1.2 million patients are estimated'",
    "Tampa General says hackers took data of 1.2 million patients",
    `Hackers made off with names, birthdates, Social Security numbers, treatment records, phone numbers and insurance information in a sweeping data breach at Tampa General Hospital, the hospital reported. It has told the FBI.

Some 1.2 million patients are estimated to be affected. TGH said it first noticed unusual activity on May 31; a third-party forensic firm found that hackers had taken files from its network over about two and a half weeks, from May 12 to May 30.

No ransom was paid to the hackers, a hospital spokesperson said. TGH's monitoring systems prevented encryption, which would have significantly interrupted care, the hospital said in a statement.

Everyone whose information may have been stolen will be notified by mail, and those whose Social Security number was involved will be offered free credit monitoring.`,
    { ransom: { status: "refused", amount: null, currency: null }, people: 1200000, country: "US" },
  ),
  mr(
    "b326",
    "a price put to each patient ('stop their data being sold by paying $50'), no sum asked of the victim; '533.1 GB'; 'over 800,000 individuals'",
    "Hackers of Seattle cancer center now emailing patients directly",
    `The ransomware group that stole data from Fred Hutchinson Cancer Center in Seattle is contacting individual patients and threatening to publish their personal details unless they pay.

Hunters International, a new ransomware group, claimed the attack on December 15 and placed Fred Hutchinson, which runs 10 clinical sites in the region, on its extortion portal on the dark web. According to Bleeping Computer it threatened to leak 533.1 GB of data and posted thumbnails of documents it says were exfiltrated.

Patients have also received emails from the group, which claims to hold the names, social security numbers, phone numbers, medical history, lab results and insurance history of over 800,000 individuals. The emails included each recipient's address, phone number and medical record number as proof, and a link to a site where recipients were told they could stop their data being sold by paying $50, The Seattle Times reported.

The cancer center disclosed earlier this month that its network had been breached on November 19; it quarantined the servers and took its clinical network offline.`,
    {
      attackers: ["Hunters International"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 800000,
      volume: 533.1e9,
      country: "US",
    },
  ),
  mr(
    "b331",
    "a DDoS group's claim quoted; the country only as 'Danish' and 'Denmark'; another country's firm and government as background",
    "Anonymous Sudan knocks Danish hospital websites offline",
    `As many as nine Danish websites linked to the health sector were brought down on Sunday afternoon by the hacker group Anonymous Sudan, a week after a similar attack on several Danish airports.

"Some hospitals in Denmark have been attacked due to Quran burnings, and more will be attacked in the hours to come," the group announced on Telegram. Among the sites hit were regionh.dk, rigshospitalet.dk, herlevhospital.dk and bornholmshospital.dk.

TrueSec, a Swedish cybersecurity firm, said in a report a week ago that Anonymous Sudan, contrary to its own claims, is almost certainly a Russian hacker group linked to the Russian government.`,
    { attackers: ["Anonymous Sudan"], country: "DK" },
  ),
  mr(
    "b114",
    "a notice's updates newest first; no place at all",
    "Sky Lakes Medical Center: ransomware attack update",
    `Update: November 3, 2020 — Restoring computer systems is progressing, with the focus on devices in clinical areas, though there is no firm timeline yet. There is still no evidence that personal information has left Sky Lakes.

Update: October 28, 2020 — All Sky Lakes retail pharmacies and clinics are open. Our computer system remains compromised by the ransomware attack, so business is running, just more slowly.

October 27, 2020 — A ransomware attack hit the computer systems of Sky Lakes Medical Center earlier today. Nothing so far shows that patient information has been compromised, but communicating with the medical center will be somewhat complicated until systems are restored. Emergency and urgent care remain available, and prescriptions already filled can still be picked up at Sky Lakes pharmacies.`,
    { country: null },
  ),
  mr(
    "a097",
    "a payment told through the wallet that 'took in a single transaction worth approximately $22 million'; the group as 'BlackCat ... (also known as ALPHV)'; 'four terabytes'",
    "BlackCat said to have received $22 million from Change Healthcare",
    `A cryptocurrency address linked to the BlackCat ransomware group (also known as ALPHV) took in a single transaction worth approximately $22 million on March 1, a sign that U.S. healthcare giant Change Healthcare paid to end the cyberattack that for weeks has disrupted prescription drug services across the nation.

A BlackCat affiliate then complained in a post that Change Healthcare had paid a $22 million ransom for a decryption key and to keep four terabytes of stolen data from being published, and that the gang had cheated them out of their share. The affiliate says they still hold the company's sensitive data.

The revelation seems to have led BlackCat to shut down completely.`,
    {
      attackers: ["ALPHV"],
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      volume: 4e12,
      country: "US",
    },
  ),
  mr(
    "b233",
    "a payment with no sum; the demand in a commissioners' quote; '15 million customers' and a subset of '85,000'; provinces only",
    "LifeLabs paid hackers after breach of 15 million customers' data",
    `LifeLabs, Canada's largest private provider of diagnostic testing, said on Tuesday that it paid a ransom to get back data stolen in an October cyberattack that may have compromised the personal information of some 15 million customers, chiefly in British Columbia and Ontario.

"Cyber criminals got into the company's systems, extracted data and demanded a ransom," the privacy commissioners of Ontario and British Columbia said in a joint statement; the company told them of the breach on Nov. 1, and they are investigating together.

Names, addresses, emails, logins, passwords, dates of birth, health card numbers and lab test results may be involved. Lab test results of 85,000 customers from 2016 or earlier, located in Ontario, were affected, the company said.

Chief executive Charles Brown told Postmedia he could not go into who did what or how the company was contacted about the ransom demand, but said LifeLabs and its security providers are confident the information will not be compromised further.`,
    { ransom: { status: "paid", amount: null, currency: null }, people: 15000000, country: "CA" },
  ),
];

// Round 2, written after round 1's fixes and before the extractor was run on it: refusals as "Paying was never on the
// cards" and "would get no ransom payment from it", a demand as a promise ("a key ... if the practice paid $6,500"), a
// demand whose size is "not clear", a blackmail letter, the gang "extorting individual patients too"; head-counts as
// "more than 2,300 patients", "nearly 6 million" then "5.8 million", "approximately 33,850"; "7TB" opening a sentence.
export const RW3_MONEY_ROUND_2: readonly BankCase[] = [
  mr(
    "a030",
    "a refusal told first as a subordinate clause, then as 'would get no ransom payment from it'; '9.7 million Australians' split into three customer counts",
    "Medibank data to be released within 24 hours, alleged hacker warns",
    `Someone claiming to hold the data stolen from Medibank has threatened to release it within 24 hours, less than a day after the health insurer confirmed it would refuse to pay the ransom demanded by whoever was behind its mid-October breach.

The hackers had accessed basic personal information of 9.7 million Australians, Medibank confirmed yesterday: 5.1 million Medibank customers, 2.8 million AHM customers and 1.8 million international customers. Health claims data could be accessed for 160,000 Medibank customers, 300,000 AHM customers and 20,000 international customers.

The hackers, the insurer said yesterday, would get no ransom payment from it.

On a dark web forum, the alleged hacker's post quotes Confucius, says the data will be published in 24 hours and, in a P.S., recommends selling Medibank stock. A meme posted with it shows the extortion gang asking whether the ransom will be paid and Medibank, drawn as Bowser, saying no.`,
    { ransom: { status: "refused", amount: null, currency: null }, people: 9700000, country: "AU" },
  ),
  mr(
    "a068",
    "a refusal as 'Paying was never on the cards' in reported speech; 'London-based'; the gang's promise to spare the sector",
    "Maze Team dumps volunteer data from London trials firm that would not pay",
    `Hammersmith Medicines Research (HMR), a London-based pharmacology specialist that runs phase 1 and early phase 2 clinical studies and stands ready to test COVID-19 therapeutics, was attacked by Maze Team on March 14.

The gang copied HMR's data, then locked everything up and demanded a ransom in exchange for a decryption key. HMR stopped the attack and had its computer systems and email back by the end of the day, a Saturday.

Paying was never on the cards, its managing and clinical director later told ComputerWeekly; he would sooner see the business fold than pay these people a ransom.

On March 18 Maze Team said it would leave the medical sector alone until the pandemic eased. Three days later it dumped part of HMR's data, exposing personal and medical information about some of the volunteers in its studies.`,
    { attackers: ["Maze"], ransom: { status: "refused", amount: null, currency: null }, country: "GB" },
  ),
  mr(
    "a083",
    "'declined to pay' after the leak; 'more than 2,300 patients' inside a clause on what the hackers sent; 'UK-based'",
    "Hackers publish trial volunteers' data after vaccine research firm declines ransom",
    `A hacking group called 'Maze' has published sensitive data about medical trial volunteers stolen from Hammersmith Medicines Research (HMR), a UK-based research firm standing by to develop a COVID-19 vaccine, after the company declined to pay.

Identity documents, medical histories and details of vaccination studies were among what the hackers took. They sent the firm stolen information on more than 2,300 patients, some going back 20 years, to show, alongside a ransom demand, that they had got into its sensitive data, Managing and Clinical Director Malcolm Boyce told ComputerWeekly.

"We fought [the attack] off and got all our functions back fast. We had no downtime," said Boyce, who added that HMR had no intention of paying and that he would rather go out of business than hand these people a ransom.

After the attack, the Maze group promised publicly to stop attacking medical organizations until the virus situation had stabilized.`,
    {
      attackers: ["Maze"],
      ransom: { status: "refused", amount: null, currency: null },
      people: 2300,
      country: "GB",
    },
  ),
  mr(
    "a094",
    "'7TB of sensitive medical data was netted' opening a sentence; 'unless its ransom demand is met'; another hospital's free decryptor and another gang's fate as background",
    "LockBit claims attack on US hospital Capital Health, threatens to leak 7TB",
    `Capital Health hospital, hit by a cyberattack in late November 2023, has been claimed by those behind the LockBit ransomware, BleepingComputer reports. The group has put the healthcare institution on its data leak website and says the stolen data will be published shortly unless its ransom demand is met.

7TB of sensitive medical data was netted in the attack, the group claims. It says it deliberately did not encrypt the hospital, so as not to interfere with patient care, and only stole over 10 million files.

LockBit operates as ransomware-as-a-service, and one of the rules its developers lay down is that affiliates leave hospitals alone. When an affiliate hit SickKids in January last year, LockBit's owners apologized, handed over the decryptor free of charge and cut ties with the affiliate. Groups that hit key infrastructure tend to be taken apart by police, as DarkSide was after Colonial Pipeline in 2021.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 7e12,
      country: "US",
    },
  ),
  mr(
    "a124",
    "'nearly 6 million patients' then 'Letters went to 5.8 million individuals'; '4.7-terabyte database'; a demand whose size 'is not clear'; a buyout price and revenue beside them",
    "PharMerica: nearly 6 million hit; Money Message threatens 4.7TB leak",
    `Institutional pharmacy PharMerica says a March hacking incident swept up the personal data of nearly 6 million patients, both living and deceased. Letters went to 5.8 million individuals telling them that hackers got hold of their names, birthdates, Social Security numbers, medications and health insurance details, the Kentucky company said.

The Money Message ransomware group has claimed the attack and posted spreadsheets it says hold patient data, along with what look like internal business documents. A 4.7-terabyte database with at least 1.6M records of personal data will soon be revealed, the group said.

KKR bought the company for $1.4 billion in 2017 and later combined it with BrightSpring Health Services, creating a corporation with annual revenue of approximately $4.5 billion.

It is not clear how much ransom was demanded or how many databases the attackers reached.`,
    {
      attackers: ["Money Message"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 5800000,
      volume: 4.7e12,
      country: "US",
    },
  ),
  mr(
    "b119",
    "two victims in one sentence, one paying and one 'recovered without paying'; '50,000 individuals'; a '$12 million' budget; the payment in a quoted notice",
    "One mental health provider pays ransom, another recovers without paying",
    `Two recent ransomware attacks on mental healthcare providers ended differently: Delaware Guidance Services for Children and Youth paid a ransom to get its patient records unlocked, while Green Ridge Behavioral Health in Maryland recovered without paying the extortionists.

The Wilmington, Delaware-based organization, which has a staff of 200, a budget of $12 million and five locations around the state, reported the hacking incident on Feb. 22 as affecting 50,000 individuals, according to the HHS breach reporting tool.

Its data servers were hit by ransomware on Dec. 25, 2018, and the records were encrypted so they could not be opened. "To get the records released, DGS had to pay a ransom in return for a decryption key," its notification statement says.`,
    { ransom: { status: "paid", amount: null, currency: null }, people: 50000, country: "US" },
  ),
  mr(
    "b125",
    "a demand told as a promise ('a key ... if the practice paid $6,500'); the refusal as 'chose not to pay' after a dash aside, then 'their refusal'",
    "Michigan ENT practice closes after refusing hacker's $6,500 demand",
    `Brookside ENT and Hearing Center, a two-doctor practice in Michigan, is closing after a ransomware attack left all of its patient files permanently destroyed.

The hacker who planted the ransomware promised a key to unlock the files if the practice paid $6,500. With no guarantee the promise would be kept - the files might never be unlocked, or the hacker might just ask for more - Drs William Scalf and John Bizon chose not to pay.

Once the hacker learned of their refusal, every file on the system was deleted. Rather than rebuild, the two doctors decided to shut the practice and retire early.

The practice reported the incident to the FBI. Investigators found the hackers did not view or access patient data.`,
    { ransom: { status: "refused", amount: 6500, currency: "USD" }, country: "US" },
  ),
  mr(
    "b130",
    "a demand only as the malware's offer ('a decrypt key in return for a ransom payment'); the strain named through its note ('identical to those of Samsam ... also known as Samas and MSIL')",
    "MedStar Health hit with ransomware",
    `MedStar Health, a non-profit that runs 10 hospitals and other facilities in Baltimore and Washington, has been struck by ransomware, the FBI and MedStar disclosed this week. The Baltimore Sun confirmed the attack, citing a doctor at a MedStar hospital in Baltimore.

The hackers encrypted the data so that employees and doctors could not reach it, and the malware offers a decrypt key in return for a ransom payment.

The ransom note and a hidden website built into the ransomware send victims to sites identical to those of Samsam, a powerful new ransomware also known as Samas and MSIL, which researchers say first appeared in December and can infect whole networks.

Access to three critical clinical information systems has been restored, a spokeswoman said, though doctors can read medical records only.`,
    {
      attackers: ["SamSam"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "US",
    },
  ),
  mr(
    "b231",
    "a demand only as 'the blackmail letter they left'; the malware named in quotes; a trail to Russia beside a German city",
    "Düsseldorf hospital hack: trail leads to Russia, ministry says",
    `A possible trail from the hacker attack on the Düsseldorf university clinic leads to Russia, the North Rhine-Westphalia Ministry of Justice told the state parliament's legal committee on Tuesday.

The attackers slipped malware called "DoppelPaymer" into the system. According to private security firms, this encryption Trojan has been used in many other cases worldwide by a group of hackers based in the Russian Federation.

Thirty servers at the clinic were encrypted two weeks ago. The blackmailers seem to have meant to hit Düsseldorf University: the blackmail letter they left was addressed to Heinrich Heine University, and once told they had hit the wrong target, they handed over the key to the blocked server.

Prosecutors are investigating negligent homicide after a patient who had to be taken to a distant hospital died.`,
    {
      attackers: ["DoppelPaymer"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "DE",
    },
  ),
  mr(
    "a087",
    "a dateline 'ANN ARBOR, Mich. -'; 'approximately 33,850 patients'; four employees, two date ranges",
    "Michigan Medicine notifies about 33,850 patients after phishing attack",
    `ANN ARBOR, Mich. - Michigan Medicine is notifying approximately 33,850 patients that some of their health details may have been exposed after a cyber attacker broke into employee email accounts.

Four employees clicked a link in a phishing email sent between Aug. 15-22, typed in their login details and wrongly approved multifactor authentication prompts, the health system said. The accounts were found and disabled on Aug. 23.

Names, addresses, dates of birth, diagnosis and treatment information and health insurance details were in some emails and attachments; no credit card, debit card or bank account numbers were. Letters are being mailed between Oct. 19-26.`,
    { people: 33850, country: "US" },
  ),
  mr(
    "b345",
    "the gang 'appears to be extorting the facility' and 'individual patients too'; '533 GB'; 'a medical organization in Washington'; a vendor's mission statement",
    "Seattle cancer center confirms cyberattack after ransomware gang threats",
    `Fred Hutchinson Cancer Center, a medical organization in Washington, was struck by a cyber attack first reported on 2023-12-15, sources say.

The Hunters International ransomware group listed the Seattle cancer center on its leak site on Friday morning and claimed to have stolen 533 GB of data. The gang appears to be extorting the facility, and reports said it was extorting individual patients too.

Asked about the listing, a spokesperson pointed Recorded Future News to a December 11 statement saying federal law enforcement had been notified after unauthorized activity was detected on its clinical network.

SecuLore's mission is to cyber-protect our nation's critical infrastructure.`,
    {
      attackers: ["Hunters International"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 533e9,
      country: "US",
    },
  ),
];
