// Dev articles reworded a second time for their money, counts, places and attackers (session 11, round 1), none of
// them already in the reworded money bank: sums as "$22m", "900,000 US dollars", "$800K", "Rs 57 lakh", "fourteen
// million dollars", "four bitcoin, then worth about $55,000"; demands and refusals told in reported speech; payments,
// refusals and fines of other incidents or regulators beside this one; head-counts as "5.8m", "2.47m", "half a million",
// "some 569k"; places only through a city or state. Each id names the dev article it rewords (`money-rw2-<devid>`);
// the labels of the fields checked (relevance, attackers, ransom, people, volume, country) are copied from that record.
// The round was written in full before the extractor was run on it.
import { moneyCases, type BankCase } from "./unseen-shapes-bank";

const mr = moneyCases("money-rw2-");

export const RW2_MONEY_ROUND_1: readonly BankCase[] = [
  mr(
    "a007",
    "payment admitted by the parent in reported speech, '$22m' in bitcoin; a second gang leaking afterwards; no place",
    "UnitedHealth admits ransom was paid after Change Healthcare hack",
    `UnitedHealth Group has now acknowledged that its subsidiary Change Healthcare handed money to the criminals behind February's ransomware attack, which crippled the firm's payment management platform.

Wired had reported last month that some $22m in bitcoin moved to a wallet tied to Alphv/BlackCat, the ransomware-as-a-service crew that claimed the intrusion, shortly before the gang vanished in what researchers believe was an exit scam. This week the parent company told several outlets that a ransom had indeed been paid.

The payment did not keep the data safe. A different gang, RansomHub, said this month that it holds Change Healthcare files, including medical records and personal details of patients, and it has begun leaking them.`,
    {
      attackers: ["ALPHV", "RansomHub"],
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      country: null,
    },
  ),
  mr(
    "a011",
    "refusal as a nominalisation the day before ('the insurer's refusal to hand over any money'); '10m people'; 'Australian'",
    "Medibank: hackers begin dumping customer files",
    `The gang behind last month's break-in at Medibank has started to publish customer records, the Australian health insurer warned on Wednesday.

The REvil cybercrime group posted private and health data on its dark web leak site together with transcripts of its negotiations with the company, Bleeping Computer reported. The files surfaced the day after the insurer's refusal to hand over any money to the criminals.

Medibank said the breach affects 10m people and exposed names, addresses, birth dates, phone numbers, Medicare and passport numbers and health claims. It found no sign that card or bank details were taken, and it is working with the federal government and police.`,
    {
      attackers: ["REvil"],
      ransom: { status: "refused", amount: null, currency: null },
      people: 10000000,
      country: "AU",
    },
  ),
  mr(
    "a017",
    "another victim's refused '200 bitcoin (about $1.66m)' first, then this victim's '100 bitcoin, roughly $832,880'; '100 gigabytes'",
    "Maze leaks research files of New Jersey lab",
    `The operators of the Maze ransomware are carrying out their threats against victims that will not pay. In December they dumped part of the files of Southwire, a cable maker in Carrollton, Georgia, after it declined to hand over 200 bitcoin (about $1.66m). Southwire took the gang to court and briefly got its site taken down.

The latest company on the leak site is Medical Diagnostic Laboratories (MDLab) of New Jersey. According to the gang, the lab was hit on December 2, 2019, and 231 workstations were encrypted. Talks between the two sides stalled and nothing was paid, so Maze released some of the lab's private immunology research.

Bleeping Computer says the attackers took 100 gigabytes in all. For the decryption keys they want 100 bitcoin, roughly $832,880, and the same again to delete what they stole.`,
    {
      attackers: ["Maze"],
      ransom: { status: "demanded-amount", amount: 100, currency: "BTC" },
      volume: 100e9,
      country: "US",
    },
  ),
  mr(
    "a020",
    "demand in words in the passive ('fourteen million dollars was asked of'); could not afford it; a city only",
    "Nursing homes cut off from records after IT vendor is held to ransom",
    `More than 100 nursing homes around the country lost access to patient records, payroll and ordering systems after their technology supplier was struck by ransomware, and some could be forced to close.

Fourteen million dollars was asked of Virtual Care Provider by the hackers, the Milwaukee-based firm said in a letter to clients after finding the attack on Nov. 17. The company, which hosts data and security services for nursing homes and acute-care providers, said the virus reached about a fifth of its services and that 100 servers had to be rebuilt.

Chief executive Karen Christianson told KrebsOnSecurity the firm could not afford the ransom and had no way of recovering the locked data.`,
    {
      ransom: { status: "demanded-amount", amount: 14000000, currency: "USD" },
      country: "US",
    },
  ),
  mr(
    "a036",
    "'more than 5m records', '160 gigabytes'; the gang's motive in general ('as such groups usually are')",
    "Daixin says it stole 5m records from Ontario hospitals' IT provider",
    `The Daixin team has claimed the ransomware attack on Transform Shared Service Organization, the shared IT and supply-chain provider of five hospitals in Ontario.

Transform first reported an outage of email and appointment systems on October 23 and confirmed a cyberattack four days later. Cancer patients' radiation treatment had to be moved to other hospitals and surgeries were rescheduled.

Daixin, which like most such groups is after money, says it took more than 5m records holding personal and health information, some 160 gigabytes of documents from Transform's internal servers. The group said it had been inside the network for a week before it deployed the ransomware.`,
    {
      attackers: ["Daixin Team"],
      people: 5000000,
      volume: 160e9,
      country: "CA",
    },
  ),
  mr(
    "a038",
    "demand as '900,000 US dollars' in reported speech; a '$1,000' extension fee; another hospital's attack and a free decryptor as background",
    "LockBit gives Chicago hospital 48 hours to pay",
    `Saint Anthony Hospital in Chicago has two days to find 900,000 US dollars or see patient records dumped online, the LockBit ransomware gang said, according to The Record.

The hospital disclosed on Jan. 29 that an unknown actor had copied files with patient information on Dec. 18. It said care was never interrupted and that it is working with the FBI and HHS.

The deadline falls on Feb. 2 at 7:41 PM CST; The Register reports that a payment of $1,000 would buy another 24 hours. LockBit, behind roughly 28% of reported ransomware activity, last year gave SickKids in Toronto a free decryptor and also claimed an attack this month on Capital Health in Trenton, New Jersey.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-amount", amount: 900000, currency: "USD" },
      country: "US",
    },
  ),
  mr(
    "a091",
    "demand as '$800K' with a verb of wanting; an apology and free decryptor for another hospital as background",
    "LockBit shows no remorse after hitting Chicago nonprofit hospital",
    `The LockBit ransomware group wants $800K from Saint Anthony Hospital, a nonprofit in Chicago, after an attack that encrypted patient data.

The group had once said it left nonprofits alone, and some researchers wonder whether it misread the hospital's status. The hospital is working with the FBI and the Department of Health and Human Services and has warned patients about identity and financial fraud.

LockBit has done this before: after hitting SickKids hospital in Toronto it apologised and handed over a decryptor for free.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-amount", amount: 800000, currency: "USD" },
      country: "US",
    },
  ),
  mr(
    "a051",
    "'some 569k patients' in the body; state only through 'Chattanooga, Tennessee-based'",
    "Tennessee imaging group: breach hit 569k patients",
    `A Chattanooga, Tennessee-based radiology practice says a cyberattack detected on Oct. 21 exposed the files of some 569k patients.

Plaza Radiology, which does business as Chattanooga Imaging, notified the HHS Office for Civil Rights on Dec. 20. A law firm said Social Security numbers were among the data. The practice, with six locations in Tennessee and Georgia, said it had seen no misuse of the information and plans to mail letters to those affected.`,
    { people: 569000, country: "US" },
  ),
  mr(
    "a106",
    "headline '5.8m', body exact '5,815,591'; revenue and bed counts beside them",
    "PharMerica breach reaches 5.8m people",
    `Institutional pharmacy network PharMerica says hackers reached the personal data of 5,815,591 people during an intrusion on March 12 and 13, 2023.

The company, which reports $1.9bn in revenue and serves customers with 330,000 beds across 41 U.S. states, spotted suspicious activity on March 14 and called in outside advisers. Names, addresses, dates of birth, Social Security numbers, medication and insurance details may have been taken, a letter filed with the Maine attorney general says. PharMerica said it had not seen the data used for fraud.`,
    { people: 5815591, country: "US" },
  ),
  mr(
    "b104",
    "payment in the passive: 'four bitcoin, then worth about $55,000, was paid'; restore from backup considered",
    "Indiana hospital pays bitcoin ransom to get its files back",
    `Four bitcoin, then worth about $55,000, was paid to the attackers who locked files at Hancock Health in Greenfield, Indiana, hospital officials said.

The attack began on Thursday night. Chief executive Steve Long said restoring from backups was considered, but with an ice storm and a bad flu season under way the hospital chose to pay so it could return to full operation sooner. Investigators found the attackers used the SamSam ransomware and came in through an administrative account set up by a vendor. Officials do not believe patient data left the network.`,
    {
      attackers: ["SamSam"],
      ransom: { status: "paid", amount: 4, currency: "BTC" },
      country: "US",
    },
  ),
  mr(
    "b106",
    "refusal in reported speech ('decided against handing over'), the sum after it; the FBI's general advice on paying",
    "Michigan ENT practice closes after ransomware wipe",
    `Two doctors in Battle Creek, Mich., say they decided against handing over the $6,500 the hackers wanted for a code to unlock their files, and have closed Brookside ENT and Hearing Center instead.

Partners William Scalf and John Bizon told WWMT there was no guarantee the code would work or that the criminals would not come back for more. Every file, from schedules to patient records, was wiped, and the pair chose early retirement over rebuilding.

The FBI has long said that paying does not guarantee victims get their data back and that it encourages more attacks.`,
    { ransom: { status: "refused", amount: 6500, currency: "USD" }, country: "US" },
  ),
  mr(
    "b109",
    "demand told by an outlet ('a million dollars in bitcoin'); '212 GB'; '318,000 lines' no head-count; other practices as background",
    "Medusa claims Arizona radiology group SimonMed",
    `SimonMed Imaging, the Scottsdale, Arizona, radiology practice, confirmed Thursday that it recently suffered what appears to be a ransomware attack, though it said the hackers were "interrupted" and no data was encrypted.

SuspectFile first reported that the Medusa group had claimed the attack on the dark web and posted 45 proof files. The group says it holds more than 212 GB of SimonMed data and is asking a million dollars in bitcoin, with a Feb. 21 deadline. The outlet said the group had access to 318,000 lines of data.

Earlier this month Pinehurst Radiology Associates in North Carolina and a Bronx imaging practice also reported breaches.`,
    {
      attackers: ["Medusa"],
      ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" },
      volume: 212e9,
      country: "US",
    },
  ),
  mr(
    "b116",
    "'2.47m people' and '600,000 Social Security numbers'; remediation costs that are no ransom",
    "Ransomware at Enzo Biochem exposed tests of 2.47m people",
    `Hackers who broke into Enzo Biochem in April took clinical test information on 2.47m people, the New York life sciences company told the Securities and Exchange Commission.

The filing says the attackers also reached about 600,000 Social Security numbers. Enzo said it has incurred and may keep incurring costs for the remediation and investigation of the incident, and that disconnecting its systems held up the processing of lab specimens.`,
    { people: 2470000, country: "US" },
  ),
  mr(
    "b124",
    "'2.2m customers'; a group named as the source of a leaked sample; store and staff counts",
    "Rite Aid: 2.2m customers' details stolen",
    `Philadelphia-based pharmacy chain Rite Aid is telling 2.2m customers that an attacker who impersonated an employee on June 6 took their names, addresses, birth dates and ID numbers.

The breach came to light when the RansomHub ransomware group published a sample of data it says it stole from the chain. Rite Aid, which has 1,700 stores and 45,000 staff, said no Social Security numbers or patient records were taken.`,
    { attackers: ["RansomHub"], people: 2200000, country: "US" },
  ),
  mr(
    "b133",
    "another practice's refused '$6,500' as background first; this practice's refusal without a sum; a city and 'CA'",
    "Second practice in six months closes after ransomware",
    `Earlier this year the doctors at Brookside ENT and Hearing Center in Michigan refused to pay a $6,500 ransom and retired. Now Wood Ranch Medical of Simi Valley, CA, says it too will close, on December 17, after an attack on August 10 encrypted its servers and its backup drives.

The practice's notice does not say how much was demanded, nor why it decided not to pay, although it suggests a demand was received. "We believe the attacker most likely wanted only money," it said, adding that nothing suggests patient information was taken.`,
    { ransom: { status: "refused", amount: null, currency: null }, country: "US" },
  ),
  mr(
    "b135",
    "headline 'more than a million', body '1,004,304'; 'one in ten' share; a Florida city",
    "More than a million patients hit by dental group breach",
    `Dental Care Alliance, a Sarasota, Florida-based support group for more than 320 dental practices in 20 states, has sent letters to 1,004,304 people whose information may have been reached by hackers.

The intrusion began on September 18, 2020 and was stopped on October 13. About one in ten of those affected had a financial account number exposed, the group told the Maine attorney general; for the rest it was names, addresses, diagnoses and insurance details.`,
    { people: 1004304, country: "US" },
  ),
  mr(
    "b214",
    "demand as 'Rs 57 lakh (about $68,000)'; a lawsuit and share fall; 'India's'",
    "Star Health faces Rs 57 lakh ransom demand after leak",
    `Star Health, India's largest health insurer, has confirmed that a hacker calling himself xenZen demanded Rs 57 lakh (about $68,000) after customers' records, including medical claim documents, were leaked through Telegram chatbots.

The company is suing the hacker and Telegram. Its shares have lost 11% since the leak came to light on September 20, and it says it found no evidence that its chief security officer was involved.`,
    {
      attackers: ["xenZen"],
      ransom: { status: "demanded-amount", amount: 5700000, currency: "INR" },
      country: "IN",
    },
  ),
  mr(
    "b220",
    "demand told through 'is said to want'; alias 'also known as Sodinokibi'; another Brazilian victim as background",
    "Brazilian diagnostics giant Fleury hit by REvil",
    `Grupo Fleury, the Sao Paulo medical diagnostics company with more than 200 service centres, shut its systems down after a ransomware attack, leaving patients unable to book exams online.

Several security sources say the attack was the work of REvil, also known as Sodinokibi. The gang is said to want $5 million for a decryptor and a promise not to leak the data. Earlier this month it hit a maritime organisation in Brazil, an analyst at Armis said.`,
    {
      attackers: ["REvil"],
      ransom: { status: "demanded-amount", amount: 5000000, currency: "USD" },
      country: "BR",
    },
  ),
  mr(
    "b221",
    "headline 'half a million donors'; body '1.2 million records' of '550,000' applicants; '1.74 GB'",
    "Half a million blood donors' details leaked in Australia",
    `Personal details of half a million people who applied to give blood have been exposed online, the Australian Red Cross Blood Service confirmed on Friday.

A partner put a 1.74 GB database backup on a public website, security researcher Troy Hunt said. It held 1.2 million records covering 550,000 donor applicants, with names, addresses, blood types and answers about sexual behaviour. The service blamed human error and said all known copies had been deleted.`,
    { people: 550000, volume: 1.74e9, country: "AU" },
  ),
  mr(
    "b237",
    "demand as '$68k' in reported speech; headline '31m', body '31,216,953'; a researcher 'based in the UK'",
    "Star Health says hacker wants $68k over leak of 31m customers' data",
    `A hacker has asked Star Health Insurance for $68k after breaking into its customer data, the Indian insurer said, according to Reuters.

The hacker, who goes by xenZen, set up Telegram bots giving access to the records of 31,216,953 customers, updated through July 2024, including addresses and pre-existing conditions. A UK-based researcher, Jason Parker, first reported the leak site. Star Health has taken legal action against the hacker and Telegram.`,
    {
      attackers: ["xenZen"],
      ransom: { status: "demanded-amount", amount: 68000, currency: "USD" },
      people: 31216953,
      country: "IN",
    },
  ),
  mr(
    "b309",
    "asking price as '$100k for the lot'; '7 TB'; a regulator's possible fine as no ransom",
    "Hacker offers 7TB of UK dental scans for $100k",
    `A threat actor on a hacker forum is selling what it says is a 7 TB database stolen from CT Dent Ltd, an independent dental imaging centre in the UK, and wants $100k for the lot.

The seller lists a payment deadline of December 21. CT Dent carries out cone beam CT scans and X-rays for more than 10,000 UK dental practices. A breach of this size would draw an investigation by the Information Commissioner's Office, which can fine companies up to £17.5m.`,
    {
      ransom: { status: "demanded-amount", amount: 100000, currency: "USD" },
      volume: 7e12,
      country: "GB",
    },
  ),
  mr(
    "b318",
    "refusal in the attackers' words ('refused to make a deal'); '$50' asked of each patient; '800,000 records'; a quoted group name",
    "Cancer patients get extortion emails after Fred Hutch breach",
    `Patients of the Fred Hutchinson Cancer Center in Seattle are receiving emails demanding $50 each to keep their details off the dark web, after the 'Hunters International' gang attacked the centre in November. Its parent, the University of Washington, was affected too.

One patient said the email claimed 800,000 patient records had leaked and accused the centre of having refused to make a deal with the hackers. The centre told patients not to pay. Hunters International, which appeared in October 2023, has asked other victims for ransoms of several million dollars.`,
    {
      attackers: ["Hunters International"],
      ransom: { status: "refused", amount: null, currency: null },
      people: 800000,
      country: "US",
    },
  ),
  mr(
    "b307",
    "unpaid demand as '$750k' after a negated payment; an odd group spelling; no place",
    "D#nut Leaks dumps hospital data after $750k went unpaid",
    `The ransomware group D#nut Leaks has published patient and employee data from Montgomery General Hospital after the hospital failed to pay $750k by the deadline.

The group told DataBreaches it got in through a Microsoft Exchange flaw and chose not to encrypt the whole network because of the services the hospital provides. It asked for the money in return for deleting the copied files; the hospital neither paid nor made a counteroffer.`,
    {
      attackers: ["Donut Leaks"],
      ransom: { status: "demanded-amount", amount: 750000, currency: "USD" },
      country: null,
    },
  ),
  mr(
    "b213",
    "a regulator's fine '£3.07m' that is no ransom; '79,404 people'",
    "ICO fines NHS software supplier £3.07m over ransomware attack",
    `The Information Commissioner's Office has fined Advanced Computer Software Group Ltd (Advanced) £3.07m for security failings that exposed the personal information of 79,404 people in a 2022 ransomware attack.

Hackers got into the health and care subsidiary through a customer account without multi-factor authentication, disrupting NHS 111. Advanced agreed to pay the reduced fine without appeal.`,
    { people: 79404, country: "GB" },
  ),
  mr(
    "a015",
    "demand without a sum ('told to pay up by July 5'); '100 GB'; another gang's claim on another hospital as background",
    "LockBit claims Florida health department and two others",
    `The LockBit ransomware operation says it breached the Florida Department of Health, Fairfield Memorial Hospital in Illinois and the Merryman House Domestic Crisis Center in Kentucky.

Screenshots from the gang's leak site show the health department being told to pay up by July 5 or see 100 GB of allegedly stolen data published. The other two have until July 17. The claims come as the Monti gang admits hitting Wayne Memorial Hospital in Pennsylvania.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 100e9,
      country: "US",
    },
  ),
  mr(
    "b143",
    "extortion told as a purpose ('in an attempt to extort money'); states only",
    "Senior living operator reports ransomware",
    `American Baptist Homes of the Midwest, which runs senior living communities in Iowa, Colorado, Nebraska and Minnesota, says a hacker broke in on March 10 and planted malware that encrypted medical records in an attempt to extort money from the organisation.

A letter to residents says a forensics firm is restoring systems from backup and that there is no evidence resident information was misused.`,
    { ransom: { status: "demanded-undisclosed", amount: null, currency: null }, country: "US" },
  ),
  mr(
    "b313",
    "'some 4,000 patients' of a snooping case; a province's commissioner only",
    "Eight hospital staff fired for snooping in records",
    `Hamilton Health Sciences has fired eight employees who it says looked at the health records of some 4,000 patients without reason.

The hospital said nothing was printed, downloaded or shared. Affected patients have been sent letters and the Information and Privacy Commissioner of Ontario has been told.`,
    { people: 4000, country: "CA" },
  ),
  mr(
    "a046",
    "refusal as a general policy of the victim ('never pays'); '62GB'; 'French' only",
    "Cannes hospital will not pay LockBit",
    `The Hôpital de Cannes - Simone Veil has rejected the LockBit gang's demands after last month's attack, which halted nearly a third of non-urgent operations and sent staff back to pen and paper. Public hospitals never pay ransoms to attackers, the French hospital said on X.

LockBit has posted a link to what it says are nearly 62GB of files taken from the hospital's network.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "refused", amount: null, currency: null },
      volume: 62e9,
      country: "FR",
    },
  ),
];

/** Round 2: written after round 1's fixes, before the extractor was run on it. */
export const RW2_MONEY_ROUND_2: readonly BankCase[] = [
  mr(
    "a022",
    "an advisory's general methods first; the example victim's 'one million' and '3.5 GB' in figures of other forms",
    "Feds warn hospitals about Daixin Team",
    `The FBI, CISA and HHS have warned that a cybercrime group called the Daixin Team has been going after US hospitals since at least June 2022, encrypting health record servers and stealing patient data to press victims into paying.

In one case, the group hit OakBend Medical Center in Richmond, Texas, on September 1, 2022, and says it took 3.5 GB of data, about one million records with patient and staff details.`,
    { attackers: ["Daixin Team"], people: 1000000, volume: 3.5e9, country: "US" },
  ),
  mr(
    "a023",
    "a snooping case: 'the files of 14 patients'; the employee's earlier case of 'two patients' as background; a province",
    "Saskatchewan health region fires worker who looked at 14 patients' records",
    `An employee of the Prince Albert Parkland Health Region in Saskatchewan has been dismissed after an audit found she had looked through the files of 14 patients, some of them relatives, the province's privacy commissioner said.

In May she had already been suspended for five days for viewing information about two patients.`,
    { people: 14, country: "CA" },
  ),
  mr(
    "a029",
    "a demand told only as a listing with a deadline to pay; '7TB'; the hospital's history as background",
    "LockBit lists Capital Health and sets deadline",
    `The LockBit gang has claimed November's cyberattack on the Capital Health hospital network in Trenton, New Jersey, and added it to its leak site.

The group says it will publish 7TB of medical data unless the hospital pays by the deadline. The network's Regional Medical Center grew out of a 19th-century homeopathic dispensary.`,
    {
      attackers: ["LockBit"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 7e12,
      country: "US",
    },
  ),
  mr(
    "b108",
    "headline 'hundreds of thousands' (vague), body '656,047 people'; counties only after a city",
    "California community health network breach may affect hundreds of thousands",
    `Community Medical Centers, a nonprofit network of health centres headquartered in Stockton, California, says hackers may have reached the health information of 656,047 people.

The network shut down its servers and some phone lines after spotting unusual activity on October 10.`,
    { people: 656047, country: "US" },
  ),
  mr(
    "b117",
    "headline '623k', body '623,774'; a reporting threshold of '500 people'; hospital and state counts",
    "CommonSpirit: October ransomware attack exposed 623k patients",
    `CommonSpirit Health says the ransomware attack it suffered in October exposed personal information of 623,774 patients, a figure now listed on the HHS breach portal, where breaches of more than 500 people must be reported.

The Chicago-based system runs 140 hospitals in 21 states.`,
    { people: 623774, country: "US" },
  ),
  mr(
    "b129",
    "'up to 67,000 people'; '364 GB'; a lawsuit's damages that are no ransom",
    "Nursing home operator Carespring sued after NoEscape breach",
    `Data on up to 67,000 people was stolen when the NoEscape ransomware group attacked Carespring Health Care Management last October and made off with 364 GB of files, a proposed class action filed in federal court in Ohio says.

The suit, which seeks damages, says the nursing home operator left the information poorly protected.`,
    { attackers: ["NoEscape"], people: 67000, volume: 364e9, country: "US" },
  ),
  mr(
    "a086",
    "'more than 1,400 patients' after a phishing email; a Georgia city only",
    "Macon hospital notifies 1,400 patients after phishing",
    `Navicent Health in Macon, Georgia, is notifying more than 1,400 patients that their information may have been exposed after an employee opened a phishing email in June.

The hospital said it found the email on June 24 and began notifying those affected two months later.`,
    { people: 1400, country: "US" },
  ),
  mr(
    "a112",
    "'94 patients' of an insider case; 'central Florida'",
    "Former employee took data of 94 patients, Florida hospital group says",
    `A central Florida hospital group, Community Health Centers (CHC), has sent letters to 94 patients whose names, birth dates, income and Social Security numbers a former employee accessed without permission.

The employee was fired and lost access to the patient database.`,
    { people: 94, country: "US" },
  ),
  mr(
    "b226",
    "a demand told as a note telling the ministry to get in touch with the hackers; '50 terabytes'; 'who call themselves'",
    "Hackers claim 50 terabytes from Brazil's health ministry",
    `A gang who call themselves Lapsus$ Group say they have taken 50 terabytes of data, including vaccination records, from Brazil's Ministry of Health.

The ministry's homepage was replaced on Dec. 10 with a message telling officials to get in touch with the hackers if they wanted the data back.`,
    {
      attackers: ["Lapsus$"],
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 50e12,
      country: "BR",
    },
  ),
  mr(
    "b212",
    "'Every Tasmanian who called an ambulance' (no figure); a state's demonym",
    "Ambulance patients' details published online in Tasmania",
    `Pager messages from Ambulance Tasmania holding patients' names, conditions and addresses have been published on a public website since November, the state's health minister said.

The leaked details of Tasmanians include HIV status, age and gender, and police have been called in.`,
    { country: "AU" },
  ),
  mr(
    "b302",
    "a group 'calling itself Anonymous Sudan'; 'Danish' hospitals; an earlier Quran burning as background",
    "Hacktivists knock Danish hospital websites offline",
    `The websites of nine Danish hospitals run by Region H went offline for several hours on Sunday after a wave of DDoS attacks, the Copenhagen health authority said.

A group calling itself Anonymous Sudan claimed the attacks on Telegram, saying hospitals in Denmark were targeted over the burning of the Quran. Patient care was not affected.`,
    { attackers: ["Anonymous Sudan"], country: "DK" },
  ),
  mr(
    "a055",
    "'the Killnet group' named by a spokesperson; other countries only in a target list",
    "Pro-Russian hackers hit Groningen hospital website",
    `The Killnet group is behind DDoS attacks that keep taking down the website of the UMCG hospital in Groningen, a spokesperson for Z-Cert, the Dutch hospitals' security cooperative, said.

The group has published a list of targets that also names care facilities in Poland, the USA, the UK and Germany.`,
    { attackers: ["Killnet"], country: "NL" },
  ),
];
