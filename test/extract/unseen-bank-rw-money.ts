// Dev articles reworded once more, told for their money, counts, places and attackers: the demand in other forms (a
// sum after "sought", "want", a currency word after the figure, bitcoin first), refusals in reported speech and negated
// forms, pay-words that are no payment (a gang's general method, an insurer's cover, a parent that would not confirm),
// head-counts as "1.2m patients", "the records of some 33,850", volumes as "four terabytes", the country only through a
// city, state, province or demonym, attackers named in quotation marks, by alias or beside background groups. Each id
// names the dev article it rewords (`qm-rw-<devid>`); the labels of the fields checked (relevance, attackers, ransom,
// people, volume, country) are copied from that record. The round was written in full before the extractor was run.
import { moneyCases, type BankCase } from "./unseen-shapes-bank";

const qm = moneyCases("qm-rw-");

/** Round 1: written before the extractor was run on it. */
const ROUND_1_A: BankCase[] = [
  qm(
    "a030",
    "refusal as a quoted 'no ransom payment will be made'; people as '9.7 million Australians' (demonym only)",
    "Medibank data to be dumped within a day, hacker warns",
    `Someone who says they hold the stolen Medibank files has threatened to post them within 24 hours, less than a day after the insurer said the people behind its October breach would not be getting any money from it.

On Monday the health insurer said the criminals had reached basic personal details of 9.7 million Australians: 5.1 million Medibank customers, 2.8 million customers of its ahm brand and 1.8 million international customers. Health claims records of a further 160,000 Medibank, 300,000 ahm and 20,000 international customers may also have been reached.

For the first time the company said it believed the data had probably been taken, not just looked at. "No ransom payment will be made," it said.

The post on a dark web forum quotes Confucius and ends with a P.S. telling readers to sell their Medibank shares.`,
    { ransom: { status: "refused", amount: null, currency: null }, people: 9700000, country: "AU" },
  ),
  qm(
    "a035",
    "refusal as 'declined to give in to the demands for payment'; country only through a province and its cities; background victims of the gang",
    "Patient data from Ontario hospitals posted after ransom went unpaid",
    `The cybercrime group Daixin Team has openly taken credit for stealing millions of records from five hospitals in southwestern Ontario and posting them online once it was clear no money was coming. Hospitals in Windsor, Sarnia, Leamington and Chatham-Kent were among those hit on October 23.

Bluewater Health, Chatham-Kent Health Alliance, Erie Shores HealthCare, Hotel-Dieu Grace Healthcare and Windsor Regional Hospital confirmed the data had been published but would not confirm that Daixin was involved. The hospitals had declined to give in to the demands for payment, after which the criminals released the personal details of staff and patients they had stolen.

Local police, the Ontario Provincial Police, the FBI and INTERPOL are investigating. Daixin Team has in the past hit a German water metering company, AirAsia and OakBend Medical Center in Texas, and has gone after healthcare again and again since the middle of last year, Emsisoft analyst Brett Callow said.`,
    { attackers: ["Daixin Team"], ransom: { status: "refused", amount: null, currency: null }, country: "CA" },
  ),
  qm(
    "a075",
    "demand as '50 million US dollars, payable in bitcoin', unconfirmed; country through a Pennsylvania town beside unaffected UK sites",
    "Ryuk suspected in attack that knocked out UHS hospitals",
    `Universal Health Services (UHS), the King of Prussia, Pennsylvania-based operator of more than 400 hospitals and care sites, has been hit by a large cyberattack, and staff accounts point to the Ryuk ransomware operators.

Employees said systems began shutting down by themselves early on Sunday. Computer and phone systems went dark at 80 or more UHS sites in California, Florida, Texas, Arizona, Georgia and North Dakota. The chain's sites in Puerto Rico and the UK have not been affected so far.

One worker said encrypted files carried the .RYK extension, a hallmark of Ryuk, which leaves a ransom note behind. A demand for 50 million US dollars, payable in bitcoin, is being passed around in Reddit comments but has not been confirmed.

UHS said on Monday that an IT security issue had taken its network offline and that no patient or employee data appeared to have been accessed.`,
    {
      attackers: ["Ryuk"],
      ransom: { status: "demanded-amount", amount: 50000000, currency: "USD" },
      country: "US",
    },
  ),
  qm(
    "a085",
    "'900GB' stolen beside a background demand of another victim ('asked for $42m (£31m)'); 'British' only",
    "REvil threatens to publish patients' before-and-after photos",
    `Hackers say they will release before-and-after photos of patients of a well-known British cosmetic surgery and weight-loss chain.

The Hospital Group, which also trades as Transform Hospital Group, confirmed a ransomware attack and told the BBC its IT systems had suffered a data security breach. Card details were not taken, it said, but some patients' personal data may have been accessed. The breach has been reported to the Information Commissioner's Office.

REvil, the gang also known as Sodinokibi, claimed the attack on a dark web site and says it made off with 900GB of patient photographs.

In May the same gang said it had broken into New York celebrity law firm GSMS, stolen 756 gigabytes and asked for $42m (£31m). It also hit the currency dealer Travelex on New Year's Eve 2019. Its malware locks victims' systems until a ransom is paid.`,
    { attackers: ["REvil"], volume: 900e9, country: "GB" },
  ),
  qm(
    "a096",
    "demand as 'first sought 10 million dollars', then a hedged lower asking price; a background breach's 'up to 9m customers'",
    "Medibank files, including one labelled 'abortions', posted on dark web",
    `Files taken from Medibank, among them one named 'abortions', have turned up on the dark web as the hackers press the Australian health insurer for close to $10m.

Last month's attack on Medibank affected 9.7m Australians and has been linked to REvil, a Russian ransomware group. The insurer said on Wednesday it had learned that the criminal had posted customer files on a dark web forum, with names, addresses, birth dates and, for some customers, Medicare and passport numbers.

Police are investigating. The hackers first sought 10 million dollars; according to The Guardian the group then seemingly cut its asking price to 9.7 million dollars, a dollar for each affected customer.

Telecoms company Optus recently suffered a similar breach that may have hit up to 9m customers.`,
    {
      attackers: ["REvil"],
      ransom: { status: "demanded-amount", amount: 10000000, currency: "USD" },
      people: 9700000,
      country: "AU",
    },
  ),
  qm(
    "a124",
    "letters to '5.8 million people'; '4.7TB' beside 'at least 1.6 million records'; a demand whose size is unknown; country through a state",
    "PharMerica: breach hit almost 6 million patients",
    `A hacking incident in March exposed the personal data of almost 6 million living and deceased patients, the institutional pharmacy PharMerica said.

The Kentucky company has sent letters to 5.8 million people telling them hackers obtained their names, dates of birth, Social Security numbers, medications and insurance details.

The Money Message ransomware group says it was behind the attack and has posted spreadsheets it claims hold patient data. It says a 4.7TB database with at least 1.6 million records of personal data will soon follow.

The size of the ransom the group demanded is not known. A spokesperson for the gang told databreaches.net that talks had taken place but had reached a deadlock. KKR bought PharMerica in 2017 for $1.4 billion.`,
    {
      attackers: ["Money Message"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 5800000,
      volume: 4.7e12,
      country: "US",
    },
  ),
  qm(
    "b111",
    "demand told bitcoin first ('45 bitcoins, about $18,500'); 'no payment had been made'; country through 'Maryland-based'",
    "MedStar attackers offer a 'bulk discount'",
    `The hackers behind the attack on MedStar Health are offering a "bulk discount", according to the Baltimore Sun, which says it has seen their demand.

For 3 bitcoins, about $1,250, a victim gets the key for a single infected computer; 45 bitcoins, roughly $18,500, buys keys for every machine at the Columbia, Maryland-based health system.

As of 4 p.m. on Wednesday no payment had been made, the Sun reported. MedStar was said to be close to fully restoring its three main IT systems, though email was still down across the organisation.`,
    { ransom: { status: "demanded-amount", amount: 45, currency: "BTC" }, country: "US" },
  ),
  qm(
    "b130",
    "attacker named in quotation marks by its alias ('Samas'); demand as a key 'in return for payment'; city only",
    "Ransomware locks MedStar data",
    `Hackers have encrypted data at MedStar Health, the non-profit that runs 10 hospitals and other sites in Baltimore and Washington, so that doctors and staff cannot reach it, the FBI and MedStar said this week. As is usual, the attackers offer a decryption key in return for a ransom payment.

A spokeswoman said doctors could once more read medical records, though only on a read-only basis.

The ransom note and the hidden website built into the malware point victims to the same pages used by a new strain researchers call "Samas", also known as Samsam and MSIL.`,
    {
      attackers: ["SamSam"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "US",
    },
  ),
  qm(
    "b138",
    "refusal in reported speech ('had no intention of paying any extortion'); insurance that will not cover costs; a town only",
    "Sky Lakes braces for heavy bill after ransomware attack",
    `Sky Lakes Medical Center in Klamath Falls expects last week's ransomware attack to do "detrimental" damage to its finances, chief executive Paul Stewart said in an emailed statement.

Stewart said the hospital had no intention of paying any extortion. It has scaled back some elective and outpatient services while its systems are down, and it is spending unplanned money on new computers, servers and extra staff hours. The business-interruption insurance is not expected to cover the whole cost, he said.

Clinical systems are coming back online in order of priority, spokesman Tom Hottman said.`,
    { ransom: { status: "refused", amount: null, currency: null }, country: "US" },
  ),
  qm(
    "b204",
    "demand only as 'the extortion note was addressed to the university'; the ransom of ransomware in general; country through a city and a state",
    "Woman dies after ransomware forces Dusseldorf hospital to turn patients away",
    `A woman needing urgent care died after ransomware left the Universitatsklinikum Dusseldorf unable to admit emergency patients and she had to be driven to a hospital in Wuppertal, 20 miles away.

The attack encrypted 30 servers, according to a report by North Rhine-Westphalia's justice minister. Attackers typically steal data or cripple systems and then ask for a ransom to restore them.

Local reports say the hospital was hit by mistake: the extortion note was addressed to Heinrich Heine University, to which the hospital belongs. After police told the hacker it was a hospital, the attack was called off and a decryption key handed over.`,
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null }, country: "DE" },
  ),
  qm(
    "b231",
    "malware named in quotation marks ('called \"DoppelPaymer\"'); demand as a 'blackmail letter'; dateline city",
    "Trail of Dusseldorf hospital hack leads to Russia",
    `DUSSELDORF (dpa) - The hackers who broke into Dusseldorf University Hospital this month slipped in an encryption Trojan called "DoppelPaymer", the state's Ministry of Justice said on Tuesday, and a possible trail leads to Russia.

Thirty servers at the university clinic were encrypted two weeks ago. The blackmail letter the attackers left was addressed to Heinrich Heine University, which appears to have been the real target; once told of the mistake, the hackers released the key.

Prosecutors are investigating a possible case of negligent homicide after a patient had to be taken to a distant hospital.`,
    {
      attackers: ["DoppelPaymer"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "DE",
    },
  ),
  qm(
    "b301",
    "'roughly a million patients' and 'approximately one million individuals'; the gang's campaign-wide '130 organizations'",
    "CHS says GoAnywhere hack may touch a million patients",
    `Community Health Systems (CHS), which runs 79 acute-care hospitals and more than 1,000 other sites, says attackers who exploited a zero-day flaw in Fortra's GoAnywhere MFT file transfer tool reached data on roughly a million of its patients.

Fortra told CHS it had suffered a security incident that exposed company data. In an 8-K filing the company said the breach had not touched its own systems or interrupted patient care, and estimated that approximately one million individuals may have been affected.

The Clop ransomware gang told BleepingComputer last week that it had breached more than 130 organizations in ten days through the same GoAnywhere flaw.`,
    { attackers: ["Clop"], people: 1000000, country: "US" },
  ),
  qm(
    "b315",
    "'four terabytes' claimed by one gang, a second gang also claiming; a state only",
    "Two ransomware gangs claim Tampa General Hospital data",
    `Tampa General Hospital (TGH), the university medical center in Florida, says patient data was taken during a cyberattack that went on for more than two weeks, and now two ransomware gangs say they have it.

The hospital said outside experts stopped the attackers before they could encrypt its data, but that an unauthorised party obtained files from its systems between May 12 and May 30.

The Snatch gang says it holds four terabytes of patient data and posted about TGH on its leak site on Friday. Nokoyawa, a lesser-known group, was reported the same day to have listed the hospital on its own leak site too, along with a Canadian door-lock maker.`,
    { attackers: ["Snatch", "Nokoyawa"], volume: 4e12, country: "US" },
  ),
  qm(
    "b319",
    "refusal as a negated payment ('paid the hackers no ransom'); people as 'roughly 1.2m patients'",
    "Tampa General: hackers took data of 1.2m patients",
    `Hackers stole names, birth dates, Social Security numbers, treatment records, phone numbers and insurance details in a broad breach at Tampa General Hospital, which estimates that roughly 1.2m patients are affected.

The hospital has told the FBI. In a release on Wednesday it said it spotted unusual activity on May 31, and a forensic firm found the intruders had taken files between May 12 and May 30.

TGH paid the hackers no ransom, a spokesperson said. Everyone whose information may have been taken will get a letter in the coming days.`,
    { ransom: { status: "refused", amount: null, currency: null }, people: 1200000, country: "US" },
  ),
  qm(
    "b335",
    "'in excess of 1.2 million patients'; the gang's earlier victims; page noise naming other groups and an infostealer",
    "Snatch-claimed breach at Tampa General reaches over 1.2 million patients",
    `More than 1.2 million patients of Tampa General Hospital in Florida had sensitive information taken in a ransomware attack that the hospital foiled in May, The Record reports.

The intruders were in the network from May 12 to 30. The hospital stopped its data being encrypted. The hospital has not named the attackers, but the Snatch ransomware gang has claimed the attack; Snatch has previously hit the City of Modesto, California, a Wisconsin school district, the Metropolitan Opera and Volvo.

Also in the news: a Ukrainian national, Mark Sokolovsky, pleaded guilty to running the Raccoon Infostealer operation. Data allegedly stolen by Meow ransomware included client and employee records.`,
    { attackers: ["Snatch"], people: 1200000, country: "US" },
  ),
];

const ROUND_1_B: BankCase[] = [
  qm(
    "a047",
    "'a negotiated solution' after a demand; '200,000 patients'; city and state",
    "Memorial Health attack prompts FBI warning on Hive",
    `The FBI has issued a warning about the Hive ransomware after an August 15 attack on Memorial Health System of Marietta, Ohio, which forced the system to shut down its IT network and send ambulances and patients elsewhere.

Hive, first seen in June, copies data out of a network before encrypting it, and drops a ransom note in every infected folder that threatens to publish the data on its HiveLeaks site, the FBI said.

Bleeping Computer has reportedly seen evidence that the hackers took databases holding information on 200,000 patients. Chief executive Scott Cantley said on August 18 that the health system had "arrived at a negotiated solution" and was restoring operations.`,
    {
      attackers: ["Hive"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 200000,
      country: "US",
    },
  ),
  qm(
    "a050",
    "a payment told as 'handed over', the owner that 'would not confirm' paying; a dateline city and state",
    "Change Healthcare appears to have paid hackers $22 million",
    `ATLANTA, Georgia - Change Healthcare appears to have handed a $22 million ransom to the AlphV group behind the attack that has disrupted pharmacies across the country for more than ten days.

A wallet tied to AlphV received 350 bitcoins in a single transaction on March 1. A self-described AlphV affiliate then complained on a criminal forum that the group had cheated them of their share, pointing to the transfer as proof that the ransom had been paid.

United Healthcare, which owns Change Healthcare, would not confirm whether a ransom had been paid. Blockchain firm TRM Labs also linked the wallet to payments in January from two earlier AlphV victims.`,
    {
      attackers: ["ALPHV"],
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      country: "US",
    },
  ),
  qm(
    "a068",
    "refusal as 'never paid' and 'would rather close than pay'; a city only",
    "Vaccine-trial firm tells volunteers of Maze attack",
    `Hammersmith Medicines Research (HMR), the London clinical trials company ready to test COVID-19 treatments, has told its volunteers that Maze Team attacked it on March 14, copying its data before locking its systems and asking for money in exchange for a decryption key.

HMR got its systems and email back the same day. It never paid, and its managing and clinical director told ComputerWeekly he had never meant to: he would rather the business closed than hand the criminals a ransom.

Maze Team later said it would spare medical organisations until the pandemic eased.`,
    { attackers: ["Maze"], ransom: { status: "refused", amount: null, currency: null }, country: "GB" },
  ),
  qm(
    "a083",
    "refusal as 'turned down the ransom demand'; 'more than 2,300 patients'; attacker in quotation marks",
    "Hackers publish vaccine volunteers' data after research firm refuses ransom",
    `A hacking group known as 'Maze' has published sensitive data on clinical trial volunteers from Hammersmith Medicines Research (HMR), a UK research firm on standby to work on a COVID-19 vaccine, after the company turned down its ransom demand.

HMR detected the attack on March 14 and restored its systems the same day. Managing and clinical director Malcolm Boyce told ComputerWeekly that the hackers sent the firm stolen details of more than 2,300 patients, including passport copies and medical questionnaires, to prove they had the data. He said HMR had no intention of paying.`,
    { attackers: ["Maze"], ransom: { status: "refused", amount: null, currency: null }, people: 2300, country: "GB" },
  ),
  qm(
    "a084",
    "paying a ransom only as the general method of ransomware; 'databases on 200,000 patients'; two states",
    "Hive ransomware hits Memorial Health System",
    `Memorial Health System, a small non-profit network of three hospitals in Ohio and West Virginia, has had its computers encrypted in what appears to be a Hive ransomware attack, leaving staff to work on paper.

Urgent surgeries and X-ray exams were cancelled on Monday. Chief executive Scott Cantley said at first that no patient or employee data had been compromised.

Ransomware gangs usually steal data before encrypting it, which gives them leverage to push a victim into paying the ransom. BleepingComputer has seen evidence that the attackers took databases with the records of 200,000 patients, including Social Security numbers.`,
    { attackers: ["Hive"], people: 200000, country: "US" },
  ),
  qm(
    "a094",
    "'7TB' and 'over 10 million files'; a demand only as 'unless the ransom is paid'; background gang and pipeline",
    "LockBit claims Capital Health attack, threatens leak",
    `The LockBit ransomware gang has claimed a cyberattack on US hospital operator Capital Health in late November and says it will publish the stolen data soon unless the ransom is paid.

The gang says it took 7TB of sensitive medical data. On its leak site it said it had deliberately not encrypted the hospital's systems so as not to disrupt care, and had only stolen more than 10 million files.

Groups that go after critical infrastructure tend to be dismantled, as DarkSide was after its attack on Colonial Pipeline in 2021.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 7e12,
      country: "US",
    },
  ),
  qm(
    "a097",
    "a reported payment ('reportedly handed BlackCat $22 million'); the alias in quotation marks; 'four terabytes'",
    "Change Healthcare reportedly paid BlackCat $22 million",
    `There are signs that US healthcare giant Change Healthcare handed the BlackCat ransomware group, also known as "ALPHV", $22 million in extortion money after an attack that has disrupted prescription services nationwide for weeks.

A cryptocurrency address linked to BlackCat received a single transfer of about $22 million on March 1. An affiliate then complained that Change had paid to get a decryption key and to have four terabytes of stolen data deleted, and that the gang had cheated the affiliate of its share.`,
    {
      attackers: ["ALPHV"],
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      volume: 4e12,
      country: "US",
    },
  ),
  qm(
    "b206",
    "'some 300,000 patients' disclosed beside a claim of 'upwards of 900,000'; 'about 20GB'; a town and region only",
    "Armentieres hospital: data of 300,000 patients leaked",
    `Cybercriminals have disclosed data on some 300,000 patients of the Armentieres hospital centre in the Nord, the hospital has admitted. The hospital was attacked in mid-February, and on Sunday a previously unknown ransomware gang, Blackout, claimed the attack.

On its leak site the gang says it encrypted over a hundred servers and workstations and took a database of about 20GB covering upwards of 900,000 patients.

To back up its blackmail, Blackout posted screenshots of documents, including a doctor's diagnosis.`,
    {
      attackers: ["Blackout"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 300000,
      volume: 20e9,
      country: "FR",
    },
  ),
  qm(
    "b225",
    "demand as 'the hackers want money' and a printed note telling staff to get in touch; a town and a nearby city",
    "Armentieres hospital hit by cyberattack, A&E shut for the day",
    `The hospital centre in Armentieres was hit by a cyberattack at 2 a.m. on Sunday, management said, and the attackers want money from it. Its emergency department is closed for 24 hours and patients are being sent to other hospitals.

"Printers that were on started printing a message saying our data had been encrypted and that we should contact them," deputy director Samy Bayod said. A crisis unit with security staff from the hospital and the Lille regional hospital was set up at 5:40 a.m.`,
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null }, country: "FR" },
  ),
  qm(
    "b232",
    "'upwards of 500GB' stolen; a threat to publish 'unless a ransom is paid'; towns only",
    "Hackers threaten to publish L'Aquila health data",
    `Staff at Asl 1 Avezzano, Sulmona, L'Aquila are racing to limit the disruption to care caused by last week's hacker attack, while the health authority also faces a demand for a ransom.

Medical data on HIV and cancer patients and newborns, staff files and administrative records, upwards of 500GB in all, were taken from the authority's servers on the night of May 3, and the group threatens to publish them unless a ransom is paid. A screenshot released by the attackers points to the 'Monti' board on the dark web. The postal police are investigating.`,
    {
      attackers: ["Monti"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 500e9,
      country: "IT",
    },
  ),
  qm(
    "b233",
    "a payment 'to get the data back'; '15 million customers' in two provinces, no country name",
    "LifeLabs paid cyberattackers after breach touching 15 million customers",
    `LifeLabs, the largest private provider of diagnostic testing in the country, paid the cyberattackers who broke into its systems in October in order to get the stolen data back, the company said on Tuesday. The personal information of some 15 million customers, mostly in British Columbia and Ontario, may have been compromised.

"LifeLabs told our offices that cyber criminals got into the company's systems, extracted data and demanded a ransom," the privacy commissioners of Ontario and British Columbia said in a joint statement.`,
    {
      ransom: { status: "paid", amount: null, currency: null },
      people: 15000000,
      country: "CA",
    },
  ),
  qm(
    "b234",
    "refusal as 'declined to pay'; 'the records of some 85,000 patients'; 'western Japan'",
    "Japanese hospital stopped taking new patients after ransomware",
    `Handa Hospital, a municipal hospital in the small town of Tsurugi in western Japan, stopped accepting new patients for two months after a ransomware attack at the end of October.

Its printers began spitting out an English message saying the electronic records of some 85,000 patients had been stolen and encrypted, and threatening to leak them unless a ransom was paid. The hospital declined to pay and said the records had not been made public. Staff went back to paper until normal work resumed on January 4.`,
    { ransom: { status: "refused", amount: null, currency: null }, people: 85000, country: "JP" },
  ),
  qm(
    "b245",
    "a payment told in a quote about negotiators; 'roughly 15 million customers' in B.C. and Ontario",
    "LifeLabs says it paid to recover customer data",
    `The laboratory testing company LifeLabs says it paid criminals to get back sensitive information after a cyberattack that may have exposed data on roughly 15 million customers, mostly in B.C. and Ontario.

The company said it paid the ransom "in collaboration with experts familiar with cyberattacks and negotiations with cyber criminals." Its letter to customers does not say who carried out the attack.

B.C. Health Minister Adrian Dix said the province learned of the breach on Oct. 28.`,
    { ransom: { status: "paid", amount: null, currency: null }, people: 15000000, country: "CA" },
  ),
  qm(
    "b326",
    "threats 'unless they pay' sent to patients; '533.1GB'; 'over 800,000' people; a city only",
    "Hunters International emails Fred Hutch patients with threats",
    `The ransomware group that took data from Fred Hutchinson Cancer Center in Seattle is emailing individual patients and threatening to publish their personal details unless they pay.

The centre, which runs 10 clinical sites, said its network was breached on November 19. On December 15 Hunters International, a new group, said it was behind the attack and listed Fred Hutchinson on its extortion portal, threatening to leak 533.1GB of data. The gang says it holds names, Social Security numbers and medical histories of over 800,000 patients.`,
    {
      attackers: ["Hunters International"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: 800000,
      volume: 533.1e9,
      country: "US",
    },
  ),
  qm(
    "b119",
    "one victim paid, the other 'recovered without giving the extortionists a cent'; '50,000 individuals'; states only",
    "One mental health provider paid its attackers, the other did not",
    `Two behavioural health providers hit by ransomware made opposite choices. Delaware Guidance Services for Children and Youth paid to have its patient records unlocked; Green Ridge Behavioral Health in Maryland recovered without giving the extortionists a cent.

The Wilmington, Delaware-based Delaware Guidance Services reported the hacking incident on Feb. 22 as affecting 50,000 individuals.`,
    { ransom: { status: "paid", amount: null, currency: null }, people: 50000, country: "US" },
  ),
  qm(
    "b125",
    "demand as 'the hacker wanted 6,500 dollars'; refusal as 'decided against paying'; a state only",
    "Michigan ENT practice closes for good after ransomware",
    `Brookside ENT and Hearing Center in Michigan is closing after a ransomware attack destroyed all of its patient files.

The hacker wanted 6,500 dollars for a key to unlock the files. The two doctors who own the practice, William Scalf and John Bizon, had no guarantee the key would come, and decided against paying. When the hacker learned of their choice, every file on the system was deleted.`,
    { ransom: { status: "refused", amount: 6500, currency: "USD" }, country: "US" },
  ),
  qm(
    "a087",
    "dateline 'ANN ARBOR, Mich.'; 'some 33,850 patients'",
    "Phishing exposed health details of 33,850 Michigan Medicine patients",
    `ANN ARBOR, Mich. - Michigan Medicine is notifying some 33,850 patients that employee email accounts taken over in a phishing scam may have exposed their health information.

Four employees entered their login details on a fake page between Aug. 15 and 22 and approved multifactor prompts they should have rejected, letting the attacker into their mailboxes. The accounts were disabled on Aug. 23. Letters are being mailed between Oct. 19 and 26.`,
    { people: 33850, country: "US" },
  ),
  qm(
    "a061",
    "'more than 700,000 patients' in total beside each clinic's count; states and a city",
    "Two clinics notify over 700,000 patients of BianLian-linked hacks",
    `Two medical providers, one in North Carolina and one in Florida, are telling more than 700,000 patients that their health information was stolen in separate cyberattacks this year. Both had been listed on the leak site of BianLian, the ransomware group now thought to be inactive.

Goshen Medical Center, which has 38 locations in eastern North Carolina, said almost 456,400 individuals were affected. Medical Associates of Brevard, of Melbourne, Florida, told regulators the hack compromised the data of approximately 247,000 patients.`,
    { attackers: ["BianLian"], people: 700000, country: "US" },
  ),
];

export const RW_MONEY_ROUND_1: readonly BankCase[] = [...ROUND_1_A, ...ROUND_1_B];
