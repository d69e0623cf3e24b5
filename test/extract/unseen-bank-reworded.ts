// Dev articles reworded once more, the way unseen set A is built: the same facts, names, figures and hedges as the dev
// record (../shared/eval/dev.jsonl), told as another newsroom would (other sentence order, active for passive, reported
// speech, synonyms, figures as "1.2m" or "more than a million", names in their other written forms, another headline,
// other page furniture). Each id names the dev article it rewords (`rw-<devid>`) and its labels are copied from that
// record. A round was written in full before the extractor was run on it, so the bank measures how far the rules carry
// over from the dev wording to the same facts in other words.
import { type BankCase, notRelevantCases, type Want } from "./unseen-shapes-bank";

const none = { status: "not-mentioned" as const, amount: null, currency: null };

/** A relevant dev article reworded: labels copied from its record, no attacker, ransom or numbers unless given. */
const rw = (id: string, shape: string, title: string, text: string, want: Omit<Want, "relevant">): BankCase => ({
  id: `rw-${id}`,
  shape,
  title,
  text,
  want: { relevant: true, attackers: [], ransom: none, people: null, volume: null, attacks: [], impact: [], ...want },
});

/** A dev article labelled not relevant, reworded. */
const rwNo = notRelevantCases("rw-");

/** Round 1: written before the extractor was run on it. */
const ROUND_1_A: BankCase[] = [
  rw(
    "a003",
    "blog post: two victims joined by 'and', pen and paper, population not victims",
    "Supplier hack leaves two English ambulance services without patient records",
    `Posted by webadmin | 26 July 2023

A cyber attack on a third-party supplier has cut South Central Ambulance Service and South Western Ambulance Service off from their electronic patient records. The two services together cover an area of England where some 12m people live.

Crews have gone back to pen and paper for now, which may cause minor delays at hospitals, the services said. The 999 call system was not hit.`,
    {
      victims: ["South Central Ambulance Service", "South Western Ambulance Service"],
      type: "ambulance",
      country: "GB",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  rw(
    "a007",
    "trade press: payment confirmed by the parent, second gang leaking, '$22m'",
    "UnitedHealth admits Change Healthcare ransom was paid, yet the data leaks anyway",
    `25 April 2024

The threat actors behind the recent cyber attack on Change Healthcare were paid a hefty ransom, the company has now confirmed, although handing over the money did not keep patient data safe.

Change Healthcare disclosed on 21 February that a ransomware attack had badly disrupted its healthcare payment management platform. The Alphv/BlackCat gang, a prolific ransomware-as-a-service outfit, was quick to claim it.

In early March the gang disappeared in what is presumed to be an exit scam, taking with it a $22m ransomware payment that researchers traced to Change Healthcare. Wired first reported that figure last month, but only this week did UnitedHealth Group, which owns Change Healthcare, confirm to news outlets that it had paid a ransom.

Despite the payment, another ransomware gang, RansomHub, said this month that it holds Change Healthcare data. It has begun leaking that data and says it has highly sensitive information on Change Healthcare customers, including patient medical records and personally identifiable information.

On this week's Risk & Repeat podcast, TechTarget editors Rob Wright and Alex Culafi discuss the attack on Change Healthcare and how little paying a ransom often buys.`,
    {
      attackers: ["ALPHV", "RansomHub"],
      victims: ["Change Healthcare", "UnitedHealth Group"],
      type: "health-it-vendor",
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      country: null,
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline", "data-leaked"],
    },
  ),
  rw(
    "a011",
    "wire rewrite: refusal told as 'would not pay', '10m people', reported sources",
    "Hackers start publishing Medibank data a day after insurer rules out ransom",
    `The ransomware group responsible for last month's attack on Medibank has begun leaking data taken from its systems, the Australian health insurer has warned customers.
The REvil cybercrime gang, which carried out the attack, has published customers' private and health data along with transcripts of its negotiations with the insurer, Bleeping Computer reported.
'Distressing' threat
Medibank told clients the hackers were putting the data out within 24 hours, in a breach affecting some 10m people. The threat came a day after the company said it would not pay any ransom demand, and it has urged customers to stay vigilant.
The insurer said REvil had posted files on its dark web leak site and that it expected the criminals to use them to extort customers. Names, addresses, dates of birth, phone numbers, email addresses, Medicare and passport numbers and health claims were exposed, it said, adding that the material appeared to be a sample of data the group was already known to hold.
There is no evidence that customers' financial information, such as credit card and banking details, was also taken, Medibank said.
On Tuesday someone posting on a hacking blog claimed that data from the Medibank breach would go public within 24 hours, according to Barron's. The company says it is working with the Australian government and police around the clock to stop the breach getting worse.
"We'll continue to work around the clock to tell customers which data we believe has been stolen ... and to advise them on what to do," the insurer said.
Read More: Medibank Says Hackers Accessed Data of All Its Members`,
    {
      attackers: ["REvil"],
      victims: ["Medibank"],
      type: "insurer",
      ransom: { status: "refused" },
      people: 10000000,
      country: "AU",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "a015",
    "security news: three victims in one claim, deadline, another gang's claim as context",
    "LockBit names Florida health department, Illinois hospital and Kentucky crisis centre as victims",
    `5 July 2024

The LockBit ransomware operation says it broke into the Florida Department of Health, Fairfield Memorial Hospital, an Illinois nonprofit critical access health provider, and the Merryman House Domestic Crisis Center in Kentucky, according to Security Affairs.

Screenshots of LockBit's leak site shared by threat monitoring firm HackManac show that Florida's health department was given until July 5 to pay the ransom demanded or see 100 gigabytes of data allegedly stolen from its systems published. Fairfield Memorial and Merryman House both face a July 17 deadline to pay. The claims come as the Monti ransomware gang says it compromised Wayne Memorial Hospital in Pennsylvania, and HackManac says they show how ransomware aimed at healthcare can put lives at risk. Hackers who target such infrastructure, the firm wrote on X, are no longer just money-hungry "nerds" but are turning into murderers.`,
    {
      attackers: ["LockBit"],
      victims: ["Florida Department of Health", "Fairfield Memorial Hospital", "Merryman House Domestic Crisis Center"],
      type: "public-health",
      ransom: { status: "demanded-undisclosed" },
      volume: 100000000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  rw(
    "a017",
    "compliance site: background victim's BTC refusal first, the lab's demand in BTC with dollars",
    "Maze team dumps research files of New Jersey lab MDLab after talks stall",
    `HIPAA Journal

The operators of Maze ransomware are carrying out their threat to publish stolen data when victims will not pay. In December Southwire, a wire and cable maker in Carrollton, GA, turned down a 200 BTC ransom ($1,664,320), and part of its stolen data was published. Southwire took the Maze team and the ISP hosting its website to court in the Northern District of Georgia; it won and the site was taken down, only to reappear days later with another host.

That site lists companies that were attacked and would not pay, with a portion of the data taken from each. One of them is New Jersey-based Medical Diagnostic Laboratories (MDLab). According to the Maze Team, MD Lab was attacked on December 2, 2019. The lab contacted the gang, but talks stalled and no ransom was paid.

The Maze website claims 231 workstations were encrypted. Once MD Lab refused to negotiate, the gang published 9.5 GB of the company's private research data, immunology research among it, and then advertised the stolen data on a hacking forum in the hope of restarting talks. In all, the attackers took 100 gigabytes of data, Bleeping Computer reports. Maze wants 100 BTC ($832,880) for the keys to decrypt the files, and another 100 BTC to delete the stolen data.

Download The Checklist
Free, Instant Access
HIPAA Compliance Checklist`,
    {
      attackers: ["Maze"],
      victims: ["Medical Diagnostic Laboratories (MDLab)"],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 100, currency: "BTC" },
      volume: 100000000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "a020",
    "long-term care press: IT provider's demand in the passive, homes unable to reach records",
    "IT provider's ransomware outage leaves 100-plus nursing homes unable to reach patient records",
    `long-term care

More than 100 nursing homes around the country have been hit by a ransomware attack on the company that runs their IT, and some could be forced to close unless they regain access to vital patient data.

Milwaukee-based Virtual Care Provider, which supplies internet security and data storage to nursing homes and acute-care providers, discovered the attack on Nov. 17 and disclosed it a day later. A ransom of $14 million was demanded by the hackers. In a letter to clients the company said the virus had hit about a fifth of its services and that 100 of its servers had to be rebuilt. It could afford neither the ransom nor recovery of its hacked data, so the stolen information has been destroyed.

Last week the Milwaukee Journal Sentinel reported that a number of homes could not access patient records, use their internet services, pay staff or order medications. Karen Christianson, Virtual Care's chief executive and owner, told KrebsOnSecurity that some facilities risk closure because their access to core services and data is so limited.

"Nurses in some places can't update medications and place orders in time for the drugs to arrive," she said. "There's a small assisted living site, a single unit, tied to billing. If its billing doesn't reach Medicaid by December 5, it shuts. Seniors with no family are then finished. Lots of clients are telling us, 'Just give me my data,' and we can't."

Read More: Ransomware Attacks Find a New Frontier in Managed Service Providers`,
    {
      victims: ["Virtual Care Provider"],
      type: "health-it-vendor",
      ransom: { status: "demanded-amount", amount: 14000000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  rwNo(
    "a024",
    "opinion: a law firm's ransom and leak, celebrity clients",
    "Why a little-known New York law firm's ransomware case made the mainstream news",
    `Businesses nobody has heard of rarely make BBC Radio 2's mid-afternoon bulletin when they are held to ransom, yet the mainstream media made an exception for Grubman Shire Meiselas and Sacks. The New York law firm was attacked by Gold Southfield, the cyber crime group behind the ReVIL/Sodinokibi ransomware strain. Why?

The facts are ordinary enough. The attackers got into Grubman's network and took 756 gigabytes of documents on many clients, including contracts, non-disclosure agreements, phone numbers and email addresses. As is becoming usual, there are signs of double extortion: some documents have been posted on a dark web forum, both as proof of the hack and to push the firm into paying.

What sets the case apart is the client list: Bette Midler, Bruce Springsteen, Christina Aguilera, Idina Menzel, Lady Gaga, Madonna, Mariah Carey, Mary J Blige, Nicki Minaj and Run DMC among them. The documents published so far come from a contract for Madonna's recent Madame X tour.

"We can confirm we have been the victim of a cyber attack," a Grubman spokesperson told Variety, one of the first outlets to report it. "Our clients and our staff have been notified. We have brought in the world's leading specialists and we are working around the clock to deal with these matters."

Sam Curry, chief security officer at endpoint protection company Cybereason, called it a "surgical strike" plainly meant to draw global attention.`,
  ),
  rw(
    "a025",
    "Canadian TV: agency names with their initials, contingency plan, no disruption",
    "Quebec City ambulance dispatch centre hit by ransomware",
    `File photo: an ambulance on the road in winter. (Daniel J. Rowe/CTV News)

The ambulance dispatch centre in Quebec City was struck by a ransomware cyber attack this week.

Services to the public are not affected for now, according to the Quebec City health services communication centre (CCSC), which said a contingency plan was put in place quickly. "At this time the computer attack has no impact on ambulance coverage, response times or the way calls for pre-hospital services are taken. Calls are being prioritized as usual, and more ambulances have been added," the CCSC said.

The Quebec City health care centre (CIUSSS-CN) said staff had been sent notices asking them to be more vigilant. Its IT teams are working on the problem.`,
    {
      victims: [
        "Quebec City health services communication centre (CCSC)",
        "Quebec City health care centre (CIUSSS-CN)",
      ],
      type: "ambulance",
      country: "CA",
      attacks: ["ransomware"],
    },
  ),
  rw(
    "a029",
    "security blog: claim in reported speech, '7TB', valuation is no demand, another victim as background",
    "Capital Health attack was ours, says LockBit",
    `The LockBit ransomware gang has claimed responsibility for the November 2023 cyberattack on the Capital Health hospital network.

Capital Health Regional Medical Center, part of Capital Health System, is a regional academic medical center and state-designated trauma center in Trenton, New Jersey, treating routine and complex cases alike. The William McKinley Memorial Hospital grew out of a movement to open a homeopathic dispensary.

The November attack knocked out IT systems across the network. The organization notified law enforcement, brought in outside forensic and IT experts and announced additional security measures.

Lockbit has now put Capital Health on the victim list of its Tor leak site and threatens to publish the stolen data, setting a deadline of January 09, 2024, 17:48:59 UTC. The gang says it took more than 7TB of confidential medical data, which it values at $250,000. When it attacks hospitals, the group explained, it stops at stealing data and does not disrupt care.

"We deliberately did not encrypt this hospital so as not to interfere with patient care," its leak-site post reads. "We just stole more than 10 million files, more than 7 terabytes of confidential medical data, worth $250,000. That's all you need to know about this hospital."

Lockbit affiliates are still targeting healthcare. German hospital network Katholische Hospitalvereinigung Ostwestfalen (KHO) recently reported disruption to services at three of its hospitals.`,
    {
      attackers: ["LockBit"],
      victims: ["Capital Health", "Capital Health Regional Medical Center"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      volume: 7000000000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  rwNo(
    "a032",
    "advice piece with a 'More news' list naming victims",
    "How hospitals can get ahead of ransomware",
    `Security News > 2020 > March

What hospital IT administrators can do to head off ransomware and keep patient data safe.
Medical facilities and health agencies may be particularly exposed to ransomware because they cannot afford to lose the sensitive research and patient data they hold.
"Why pay when your data probably won't be decrypted anyway? In a global emergency where lives are at stake, victims are more willing to gamble on paying than to refuse knowing that people could die."
A good rule for backups is "3-2-1": three copies of your data, on two different media, one of them offsite.
Even data in the cloud can be hit by ransomware.
Source link
More news
- Sensata Technologies operations disrupted by ransomware attack (source)
- Kidney dialysis firm DaVita hit by weekend ransomware attack (source)
- INC ransomware claims Ahold Delhaize attack; company confirms data theft (source)
- Interlock ransomware claims DaVita attack and leaks stolen data (source)
- Hitachi Vantara takes servers offline after Akira ransomware attack (source)`,
  ),
  rw(
    "a038",
    "news site: demand as '$900,000', extension fee, other victims as background",
    "LockBit gives Chicago's Saint Anthony Hospital 48 hours to pay $900,000",
    `The LockBit ransomware gang has targeted Saint Anthony Hospital in Chicago and is demanding $900,000 within 48 hours, failing which it says it will leak patient records on the dark web, The Record reported on Jan. 31.
Saint Anthony disclosed the incident on Jan. 29. Unauthorized access was first detected on Dec. 18, 2023, and an investigation completed on Jan. 7, 2024 found that an unknown actor had copied files containing patient information that day.
The hospital said it moved immediately to secure its network, keep patient care running without interruption and, with the help of leading cybersecurity experts, investigate the nature and scope of the activity.
Patients are advised to watch for identity theft, for example by placing a fraud alert or a credit freeze on their credit file.
The deadline is Feb. 2 at 7:41 PM CST; The Register says $1,000 would buy the hospital another 24 hours.
Saint Anthony is working with the FBI and the U.S. Department of Health and Human Services (HHS).
LockBit strikes again
Flashpoint considers LockBit the most active gang, behind about 28% of all reported ransomware activity, and BlackBerry says the group likes to see itself as the "Robin Hood" of cybergangs.
Late last year LockBit gave a free decryptor to SickKids Hospital in Canada, claiming an affiliate had broken its code of conduct, and apologised. Earlier this month it also claimed an incident at Capital Health in Trenton, New Jersey.`,
    {
      attackers: ["LockBit"],
      victims: ["Saint Anthony Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 900000, currency: "USD" },
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  rwNo(
    "a041",
    "UK retailer's florist site breached, ICO fine of another firm as background",
    "Up to 26,000 Debenhams Flowers customers caught up in cyberattack",
    `As many as 26,000 Debenhams customers may have had their personal data compromised in a cyberattack on the online portal of Debenhams Flowers, the retailer's florist arm. The breach is understood to have involved malware.
Debenhams stressed that the site is run by a third-party supplier, Ecomnova, and that customers of its other services are not affected. Ecomnova also runs the Debenhams sites selling hampers, personalised gifts and wine; all four have been suspended.
Payment details, names and addresses were accessed or stolen, Debenhams told Sky News. The company has informed the Information Commissioner's Office (ICO), which said it was aware of a "potential incident" and was making enquiries. In 2016 the ICO fined TalkTalk a record £400,000 after an October 2015 attack exposed the bank details of 15,656 people.
"As soon as we became aware of a cyberattack we took the Debenhams Flowers website offline and started a full investigation," chief executive Sergio Bucher said.`,
  ),
  rw(
    "a046",
    "trade press: refusal as a policy statement, French name with hyphen and initials, '62 gigabytes'",
    "Cannes hospital says it will not pay LockBit after data leak",
    `Critical Infrastructure Security, Ransomware

Photo: an emergency room sign

Hôpital de Cannes - Simone Veil (CHC-SV), a major health provider in France, has confirmed it turned down the demands of the LockBit ransomware operation after last month's attack, Cybernews reports. The attack disrupted almost 30% of non-urgent surgeries and forced staff back to keeping patient charts with pen and paper.

Public health establishments never pay ransoms in attacks of this kind, the hospital said in a translated post on X.

The statement comes after LockBit, which says it took almost 62 gigabytes of data out of the hospital's networks, released a link to the stolen information. CHC-SV said it had already passed LockBit's claims to French law enforcement and to France's National Agency for Information Systems Security, but has not yet said whether the leaked data is genuine.

Sign up for daily email updates`,
    {
      attackers: ["LockBit"],
      victims: ["Hôpital de Cannes - Simone Veil (CHC-SV)"],
      type: "hospital",
      ransom: { status: "refused" },
      volume: 62000000000,
      country: "FR",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["operations-cancelled", "paper-records", "data-leaked"],
    },
  ),
  rw(
    "a051",
    "imaging trade press: 'dba' name pair, '569K', law firm announcement, reporter bio",
    "Tennessee imaging practice says 569K patients caught up in data breach",
    `A Tennessee radiology practice has reported a data breach affecting 569K patients, according to an announcement issued Tuesday.

Plaza Radiology, which does business as Chattanooga Imaging, first told the U.S. Department of Health and Human Services Office for Civil Rights about the attack on Dec. 20. The practice believes the breach stems from a cyberattack it detected on Oct. 21.

Law firm Console & Associates, P.C. said in a Jan. 23 announcement that Chattanooga Imaging had confirmed after an investigation that an unauthorized party accessed certain files containing sensitive information, including Social Security numbers. The practice has completed a forensic investigation, is reviewing the data and will send personalized letters to those affected. It has also changed passwords, enabled multifactor authentication, replaced several computers and servers and stepped up security training.

It has received no reports of fraudulent misuse of the information, Plaza [Radiology] said, apologizing for any worry the matter may cause.

The Chattanooga, Tennessee-based company runs six locations in the Volunteer State and Georgia.

Marty Stempniak has been a healthcare reporter since 2012; his byline has appeared in Modern Healthcare, McKnight's and the American Hospital Association's member magazine.`,
    {
      victims: ["Plaza Radiology", "Chattanooga Imaging"],
      type: "imaging",
      people: 569000,
      country: "US",
      attacks: ["unknown"],
    },
  ),
  rw(
    "a055",
    "Dutch news: DDoS by Killnet, a website down in waves, records not affected",
    "Pro-Russian hackers hit Dutch hospital websites with DDoS attacks",
    `Pro-Russian DDoS attackers are targeting hospitals in the Netherlands, according to Z-Cert, the hospitals' digital security cooperation. The Killnet group is behind the attack, working with other attackers, a Z-Cert spokesperson said.

Among the targets is the UMCG in Groningen, whose website keeps going down; the attack comes in waves, a spokesperson said. Other hospitals can expect to be hit as well, Z-Cert said. "I can't name them, but they have been informed so they can act."

The group has posted a long list of Dutch and foreign hospitals on its Telegram channel, 31 of them Dutch, along with care facilities in Scandinavia, Poland, the USA, the UK and Germany. So far only the UMCG site appears to have been hit. "We are tearing down medical facilities in these countries for supporting the Nazis in Ukraine," Killnet's founder wrote.

Only the UMCG's public-facing website is affected; the electronic health record and the patient portal are not. "It can be a problem for patients looking for general medical information," a UMCG spokesperson said.

Source: NOS`,
    {
      attackers: ["Killnet"],
      victims: ["UMCG"],
      type: "hospital",
      country: "NL",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "a061",
    "breach news: two clinics, total 'more than 700,000' in the headline, parts in the body",
    "BianLian suspected in hacks of two clinics; more than 700,000 patients notified",
    `Fraud Management & Cybercrime, Data Breach Notification

Two US healthcare providers, one in North Carolina and one in Florida, are telling more than 700,000 patients that their sensitive health information was stolen in separate cyberattacks earlier this year. Both had been listed as victims on the dark web site of the BianLian ransomware group, which is now believed to be dormant.

Goshen Medical Center, a federally qualified health center with 38 locations in Eastern North Carolina, told federal and state authorities on September 17 that nearly 456,400 people had been affected. Medical Associates of Brevard, in Melbourne, Florida, reported to regulators on September 5 that the data of about 247,000 patients had been compromised.

Both appear to have been BianLian victims: MAB was listed on the group's site in January, Goshen in March.

Ransomware.live counts 553 victims claimed by BianLian since it appeared in mid-2022.`,
    {
      attackers: ["BianLian"],
      victims: ["Goshen Medical Center", "Medical Associates of Brevard"],
      type: "primary-care",
      people: 700000,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  rw(
    "a062",
    "Indian outlet: reported Rs 200 crore demand denied by police, server down",
    "Delhi Police deny Rs 200 crore ransom demand as AIIMS servers stay down for sixth day",
    `29 November 2022

The servers of the All India Institute of Medical Sciences, Delhi (AIIMS) have been down for six days. The teaching hospital's main server and first backup server were corrupted at 7 am on Wednesday, November 23, in what was later found to be a ransomware attack.

On Monday night Delhi Police dismissed claims circulating in some media that someone had sought Rs 200 crore from the AIIMS administration. AIIMS authorities had not reported any such ransom demand to it, the police said in a statement on the AIIMS Delhi computer incident.

AIIMS said separately that data restoration and server cleaning were under way. "Given the volume of data and the large number of servers used for hospital services, this is taking time," it said.`,
    {
      victims: ["All India Institute of Medical Sciences, Delhi (AIIMS)"],
      type: "hospital",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
];

const ROUND_1_B1: BankCase[] = [
  rw(
    "b101",
    "health IT news: diversion as 'sent to other facilities', appointments postponed, second victim in its own section",
    "Scripps Health diverts emergency patients as cyberattack takes systems offline",
    `San Diego-based Scripps Health took its information technology systems offline after a cyberattack on May 1, 2021. The health system, which runs four hospitals in the San Diego area, is still treating patients, but as a precaution stroke, heart attack and trauma patients arriving for emergency care at all four hospitals, in Encinitas, La Jolla, San Diego and Chula Vista, are being redirected to other facilities.

Its emergency departments, outpatient urgent care centers and Scripps HealthExpress locations remain open and staff are still caring for patients, Scripps said in a statement. With its IT systems down, including its online portal, it is following established backup procedures and documenting care offline, and patient safety has not been compromised, it said.

Because it is not yet known when the systems will be back online, some patient appointments scheduled for Monday and later in the week are being postponed.

Scripps has not said exactly what kind of attack it was, but local media outlets are calling it ransomware. Its technical teams are reported to be working around the clock to restore systems.

Midwest Transplant Network reports suspected ransomware attack

Midwest Transplant Network, a healthcare provider based in Westwood, KS, has also disclosed a cyberattack. It confirmed on April 30, 2021 that its IT department and outside security experts are working to contain and remove the threat and to find out to what extent patient data was compromised.`,
    {
      victims: ["Scripps Health", "Midwest Transplant Network"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  ),
  rw(
    "b104",
    "local news: ransom paid 'in bitcoin' with a word number, named ransomware strain",
    "Greenfield hospital paid four bitcoin to get its files back after ransomware attack",
    `January 16, 2018

Photo courtesy Hancock Regional Health

Patient safety was never at risk during last week's ransomware attack on the Greenfield hospital, Hancock Health officials say.

An unknown group hit the hospital on Thursday night, encrypting data files on some of its information systems. Hospital leaders paid the ransom the attackers demanded, four bitcoin worth roughly $55,000, to recover the encrypted files, hospital representatives said.

Chief executive Steve Long said the hospital had been in "a very precarious situation" when the attack struck, with an ice and snow storm under way and one of the worst flu seasons in memory. The priority was to restore systems as quickly as possible and avoid sending diverted patients to other hospitals, he said. Recovering from backups was considered, but the hospital deliberately decided to pay so it could get back to full operation sooner.

The hospital's "life-sustaining and support systems" were not affected, the statement said.

Indianapolis cyber security firm Pondurance, LLC, brought in to investigate, found that the attackers got in through an administrative account set up by a vendor. They used the ransomware known as SamSam to encrypt the files.

Officials say they do not believe any patient data left the hospital's network. The FBI's cyber-crime task force, which helped after the attack, told the hospital that criminals using SamSam are usually after a ransom payment rather than patient data.`,
    {
      attackers: ["SamSam"],
      victims: ["Hancock Health"],
      type: "hospital",
      ransom: { status: "paid", amount: 4, currency: "BTC" },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  rw(
    "b106",
    "compliance news: refusal as 'decided against paying', practice closed",
    "Michigan ENT practice closes after refusing $6,500 ransom",
    `April 4, 2019

A Michigan medical practice has closed for good after deciding a ransomware demand was too costly to pay, according to WWMT, the local CBS-affiliated TV station.

Hackers recently took the entire system of Brookside ENT and Hearing Center, a single-group practice in Battle Creek, Mich., offline and demanded $6,500 for a code to unlock the files, the station reported.

The practice's two partners, otolaryngologists William Scalf, M.D., and John Bizon, M.D., decided against paying, reasoning that there was no guarantee the code would work or that the hackers would not ask for more once paid. Scalf described the attack as "devastating." Rather than rebuild the practice from scratch, the two chose to retire early.

The FBI is investigating, but all of the office's files, including appointment schedules, payment and patient information, have already been wiped, the report said. The practice's electronic medical record (EMR) system had been encrypted, so the files could only be deleted, not copied or shared.

In 2016 the FBI said publicly that paying a ransom does not guarantee victims get their data back and encourages criminals to target more victims.`,
    {
      victims: ["Brookside ENT and Hearing Center"],
      type: "clinic",
      ransom: { status: "refused", amount: 6500, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  rwNo(
    "b107",
    "local news: school district's data leaked after Medusa demand",
    "Minneapolis schools confirm stolen data is on the dark web",
    `Schools

The ransomware gang "Medusa" reportedly claimed the attack and demanded $1m for the data.

MINNEAPOLIS — Personal data stolen in a February cyberattack on the Minneapolis Public School system has been leaked on the "dark web," the district confirmed Friday.

MPS said it is working with cybersecurity experts to download the data quickly and securely so it can review in depth whose personal information was affected. "This will take some time," the district said, adding that it will contact people directly if the review shows their information was involved.

The district has been investigating since Feb. 18, when it said an "incident" had affected "many MPS systems." Officials later found that "an unauthorized threat actor" had infected the district with an encryption virus and accessed personal data.

Medusa claimed responsibility and demanded $1,000,000, according to The74. MPS said it "has not paid a ransom to the threat actors."

Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.`,
  ),
  rw(
    "b109",
    "radiology trade press: 'apparent' attack, demand in bitcoin as '$1M', '212GB', other practices as background",
    "SimonMed Imaging confirms apparent ransomware attack as Medusa demands $1M",
    `Scottsdale, Arizona-based radiology practice SimonMed Imaging confirmed Thursday that it was recently hit by an apparent ransomware attack.

The breach happened last week, but SimonMed "interrupted" the hackers and "no data was encrypted," a company representative said. Clinical systems were not affected by the "unauthorized activity," chief marketing officer Jenna Lloyd told Radiology Business. Some systems were briefly taken offline straight away to contain the incident, causing some operational slowdowns, she wrote, and Palo Alto Networks' Unit42 was hired to secure them. SimonMed is fully operational, she said in a second email.

Founded in 2003, SimonMed employs about 200 radiologists at 170 sites in 11 states.

SuspectFile.com first reported the breach on Tuesday, saying the ransomware group Medusa had apparently claimed the attack on the dark web and posted 45 proof files. The group says it holds more than 212GB of SimonMed data and wants $1M in Bitcoin by Feb. 21. According to SuspectFile, Medusa had access to 318,000 lines of SimonMed data, including Social Security numbers, medical records, corporate emails and diagnostic images.

Lloyd did not respond to an emailed question about the report. Earlier this month Pinehurst Radiology Associates in North Carolina and University Diagnostic Medical Imaging in the Bronx, New York, also reported data breaches.`,
    {
      attackers: ["Medusa"],
      victims: ["SimonMed Imaging"],
      type: "imaging",
      ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" },
      volume: 212000000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b114",
    "hospital's own notice with updates, first person, no place named",
    "Ransomware attack on Sky Lakes computer systems",
    `Update, November 3, 2020: Work to restore our computer systems continues, starting with devices in clinical areas. There is no firm timeline, but a step-by-step plan is in place to build a new network, and there is still no sign that personal information has left Sky Lakes.

Update, October 28, 2020: All Sky Lakes retail pharmacies and clinics are open. The ransomware attack still has our computer system compromised, so business is slower than usual. Thank you for your patience.

October 27, 2020: Earlier today Sky Lakes Medical Center's computer systems were hit by a ransomware attack. The systems are compromised, but so far there is no evidence that patient information is. Getting in touch with the medical center will be a little complicated until systems are restored.

Emergency and urgent care remain available, and many scheduled procedures will go ahead as planned; please contact the hospital or your provider with questions. Prescriptions that have already been filled can still be collected from Sky Lakes pharmacies.`,
    {
      victims: ["Sky Lakes Medical Center"],
      type: "hospital",
      country: null,
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b116",
    "breach news: 'nearly 2.5 million' in the lead, exact figure from a filing, specimens delayed",
    "Clinical test data of nearly 2.5 million people stolen in Enzo Biochem ransomware attack",
    `laboratory testing

Hackers who got into the network of New York life sciences company Enzo Biochem in April stole clinical test information on nearly 2.5 million people, one of the largest healthcare breaches of 2023 so far.

Enzo has not yet reported the breach to HHS, but it disclosed it to the Securities and Exchange Commission in an 8-K filing on May 30, 2023. According to the filing, the company discovered the ransomware attack on April 11th and kept operating by disconnecting its systems from the internet, although its backup procedures caused operational difficulties and delayed the processing of laboratory specimens. The attackers were able to access and exfiltrate sensitive data, including clinical test information of 2,470,000 individuals and about 600,000 Social Security numbers, the filing said. Enzo says it "incurred and may continue to incur" costs for remediation and investigation.

Enzo Biochem does research and offers diagnostic services and treatments for cancer, metabolic and infectious diseases, as well as testing for COVID-19, genetic conditions and sexually transmitted diseases. Its subsidiary Enzo Clinical Labs is a "clinical laboratory" subject to CLIA.`,
    {
      victims: ["Enzo Biochem"],
      type: "laboratory",
      people: 2470000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline"],
    },
  ),
  rwNo(
    "b118",
    "hospital news: knock-on effects of an attack on an HR software company",
    "Hospitals switch to downtime procedures after ransomware attack on Kronos",
    `Hospitals and health systems including Baptist Health and Ascension are feeling the effects of the Dec. 11 ransomware attack on human resources management company Ultimate Kronos Group.

The attack hit Kronos' Private Cloud, the platform its customers use for scheduling, timekeeping, payroll and HR, the company said in a Dec. 13 blog post. Restoring services could take several weeks, it said, advising clients to use other ways of managing their workforce in the meantime.

Shannon Medical Center in San Angelo, Texas, which uses Kronos for timekeeping, scheduling and payroll, has moved to downtime procedures so staff are paid on time, a spokesperson told The San Angelo Standard-Times. Baptist Health in Jacksonville, Fla., and UF Health in Gainesville, Fla., said they had taken steps to pay staff on time, WJAX reported. Ascension St. Vincent Hospital in Indianapolis has put "alternate systems in place to track time and process payroll as scheduled," according to WXIN.`,
  ),
  rw(
    "b124",
    "breach news: '2.2M' in the headline, 2.2 million in the body, impersonation, leak by a named group",
    "RansomHub leak exposes data of 2.2 million Rite Aid customers",
    `Cybercrime, Fraud Management & Cybercrime

Image: Shutterstock

US pharmacy chain giant Rite Aid is notifying 2.2M customers that attackers obtained their personal information.

According to its breach notice, on June 6 an attacker "impersonated a company employee to compromise their business credentials and gain access to certain business systems." The Philadelphia-based company says it detected the intrusion within 12 hours and immediately began investigating.

By June 17 it had determined that the attacker took records of purchases or attempted purchases made between June 6, 2017, and July 30, 2018, containing customers' names, addresses and birthdates along with a driver's license or other government ID number. No Social Security numbers, financial details or patient information were taken, Rite Aid said.

The third-largest pharmacy chain in the country, with 1,700 stores in 16 states and 45,000 staff, Rite Aid filed for Chapter 11 bankruptcy last October.

The breach came to light after the ransomware group RansomHub recently published a sample of data it allegedly stole from Rite Aid.`,
    {
      attackers: ["RansomHub"],
      victims: ["Rite Aid"],
      type: "pharmacy",
      people: 2200000,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b125",
    "compliance blog: demand and refusal told in the doctors' names, files deleted, closure",
    "Ransomware forces Michigan ENT and hearing practice to close",
    `Michigan's Brookside ENT and Hearing Center is closing after a ransomware attack left all of its patient files permanently destroyed.

A hacker broke into the two-doctor practice's network and deployed ransomware, locking staff out of patient records, appointment schedules, payment information and other sensitive data. The hacker offered a key to unlock the files in return for a payment of $6,500.

The owners, William Scalf, MD and John Bizon, MD, had no assurance the files would be unlocked, or that the hacker would not simply ask for more, so they refused to pay. When the hacker found out, every file on the system was deleted and could not be recovered. Drs Bizon and Scalf then decided to close the practice and retire early rather than rebuild it.

Coverage of cybercrime tends to focus on large organisations, but the attack on Brookside ENT and Hearing Center shows how devastating such incidents can be for small ones. The practice reported the incident to the FBI.`,
    {
      victims: ["Brookside ENT and Hearing Center"],
      type: "clinic",
      ransom: { status: "refused", amount: 6500, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  rw(
    "b133",
    "blog with a practice's notice: earlier case's refused demand as background, this refusal inferred",
    "Second medical practice in six months to close after ransomware attack",
    `Wood Ranch Medical in California says it will close its office in December after losing all of its patient records and backups to ransomware, the second medical practice in six months to shut as a result of such an attack. In the earlier case, Brookside ENT and Hearing Center in Michigan, the doctors refused to pay the $6,500 ransom asked for the decryption key and retired almost immediately. The notice does not say how much was demanded or why the practice chose not to pay (if a demand was received, which the letter suggests it was). Here is the notice as posted on its web site:

SIMI VALLEY, CA – September 18, 2019 – Wood Ranch Medical ("WRM") suffered a ransomware attack that encrypted its patients' personal healthcare information. As we were unable to restore patients' healthcare records, we will close our practice on December 17, 2019. There is no indication that any information was accessed, but as a precaution we have notified all patients and arranged resources to help them. Our computer systems were attacked on August 10, 2019. Ransomware is a computer virus that keeps a computer system encrypted until the money the attackers demand (the ransom) is paid. The attack encrypted our servers, which hold your electronic health records, as well as our backup hard drives.`,
    {
      victims: ["Wood Ranch Medical"],
      type: "clinic",
      ransom: { status: "refused" },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  rw(
    "b135",
    "breach news: 'over a million' in the lead, exact count later, 'one in ten'",
    "Dental Care Alliance breach hits more than a million patients",
    `Hackers broke into Dental Care Alliance, LLC, a dental support organization with more than 320 affiliated practices in 20 states, and may have accessed the protected health information of more than a million people. The breach occurred on September 18, 2020, was discovered on October 11 and was contained on October 13.

In a notification to the Maine Attorney General's office, the Sarasota, Florida-based group said the hackers stole some patient information, including names and financial account numbers, although only about one in ten of those affected had an account number exposed. For most, the information was limited to names, addresses, diagnoses, treatment details, patient account numbers, billing data, dentists' names and health insurance details.

Notification letters went out in November to the 1,004,304 people affected. They said that although the hackers accessed certain files, "no specific evidence" had been found of any misuse of patient information.`,
    {
      victims: ["Dental Care Alliance, LLC"],
      type: "dental",
      people: 1004304,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
];

const ROUND_1_B2: BankCase[] = [
  rw(
    "b204",
    "wire story: hospital's English-press name, ransom note addressed to another body, death after diversion",
    "Woman dies after ransomware attack forces Düsseldorf hospital to turn away emergencies",
    `A woman died last week after a ransomware attack left a hospital in Düsseldorf unable to take emergency patients; she had to be driven to a hospital 20 miles away.

The attack on the Universitätsklinikum Düsseldorf last Thursday encrypted 30 of its servers and made them inaccessible, according to a report by North Rhine-Westphalia's justice minister. With its IT systems paralyzed, the university hospital could not admit emergency patients, German media and the Associated Press report. A woman who needed urgent admission on Friday night was instead taken to a hospital in neighbouring Wuppertal and died.

The hospital appears to have been hit by mistake, according to local reports: the attackers' ransom note was addressed to Heinrich Heine University, to which the hospital belongs. Police reportedly contacted the hacker and explained that they had hit a hospital rather than the university, whereupon the hacker withdrew and handed over a key to decrypt the data they had stolen.

State prosecutors are investigating the death to decide whether to bring a charge of negligent manslaughter, the Rheinische Post reported. The hospital said on Thursday that the hacker had exploited a weakness in a widely used add-on software it did not name.`,
    {
      victims: ["Universitätsklinikum Düsseldorf"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      country: "DE",
      attacks: ["ransomware", "data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  rw(
    "b206",
    "French tech press: leak of 300,000 patients, gang's claim of 900,000 and '20GB'",
    "Blackout gang leaks data of some 300,000 Armentières hospital patients",
    `Cybercriminals have published the data of around 300,000 patients of the Armentières hospital center in northern France, the hospital has admitted. A previously unknown ransomware gang called Blackout claimed on Sunday the computer attack that hit the hospital in mid-February.

On their leak site the criminals say they encrypted more than a hundred of the hospital's servers and workstations and took a database of about 20GB on more than 900,000 patients, including postal addresses, phone numbers and even medical histories.

According to the hospital, the leaked data is "essentially lists, containing the contact details, date of arrival and the care sector of the patients concerned", and no computerised patient file appears in it so far. ZDNET.fr noted that much of it seems to be administrative documents, internal schedules and templates.

The hospital had already apologised on Facebook after the hackers' announcement. To back up their blackmail, Blackout posted screenshots of documents, among them a doctor's diagnosis describing a patient's condition. The gang lists just one other victim, a Canadian company that makes metal and ceramic coatings.`,
    {
      attackers: ["Blackout"],
      victims: ["Armentières hospital center"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      volume: 20000000000,
      people: 300000,
      country: "FR",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b211",
    "security blog: 'The' in the victim's name, held to ransom, '900 gigabytes', regulator informed",
    "Celebrity cosmetic surgery group held to ransom by REvil",
    `| On time, first time, every time

The Hospital Group, famous for the cosmetic surgery that lets celebrities surprise their fans with dramatic transformations, has had a surprise of its own: a ransomware attack.

What happened?

The Russian hacking group REvil has announced on the dark web that it has compiled celebrity "before and after" photos from cosmetic procedures, and says it holds "intimate photos of the customers" that are "not a completely pleasant sight". With some 900 gigabytes of images in hand, the hackers are holding The Hospital Group to ransom.

Accounts differ on how the attack happened, but the gang usually gets in through the Remote Desktop Protocol to reach the admin desktop and confidential data. Experts advise companies to switch off RDP and keep software up to date.

What next?

The Hospital Group, which runs 11 clinics for procedures such as breast enhancement, bariatric weight loss surgery and rhinoplasty, has confirmed the incident and informed the Information Commissioner. "We can confirm that our IT systems have been subject to a data security breach," it told customers.`,
    {
      attackers: ["REvil"],
      victims: ["The Hospital Group"],
      type: "cosmetic-surgery",
      ransom: { status: "demanded-undisclosed" },
      volume: 900000000000,
      country: null,
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  rw(
    "b212",
    "privacy digest: pager messages published, no count, aggregator furniture",
    "Tasmanian ambulance patients' details posted online",
    `Australia Privacy Breach, 8 January 2021

The private details of every Tasmanian who has called an ambulance since November last year have been published online.

Ambulance Tasmania uses a paging system for the first messages between its dispatchers and paramedics in the field. Those pager messages, which carry the patient's personal details and condition and the address of the incident, have been automatically uploaded since November to a website that is still live and still updating. They include patients' HIV status, gender and age, raising fears of discrimination or stigma.

Health Minister Sarah Courtney said on Friday afternoon she was "very concerned to hear that the sensitive information of some Tasmanians had been posted to a website", and that it was her "understanding that access to the site has been blocked".

Source: Tasmania Police called in after ambulance patient details published online | ABC News (Australia)

SK – Looks much like the pager publishing breach in Western Australia in 2020.`,
    {
      victims: ["Ambulance Tasmania"],
      type: "ambulance",
      country: "AU",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b214",
    "Indian business news: rupee demand in lakh in the headline, dollars first in the body, named hacker",
    "Star Health faces ₹57L ransom demand after data breach",
    `13 October 2024

Summary: Star Health, valued at $4 billion, is dealing with a major data breach and a ransom demand of ₹57L. Its shares are down 11% since the news broke on September 20.

India's leading health insurance provider, Star Health, has confirmed that it received a ransom demand of $68,000 (about ₹57.2 lakh) after a major breach exposed sensitive customer information. The hacker, known as xenZen, leaked customers' confidential data, including tax details and medical claim documents, through Telegram chatbots and a website.

The company is working with Indian cybersecurity authorities to trace the attacker and is suing both Telegram and the hacker. It says it found no evidence that its chief security officer was involved in the leak, despite allegations.`,
    {
      attackers: ["xenZen"],
      victims: ["Star Health"],
      type: "insurer",
      ransom: { status: "demanded-amount", amount: 5700000, currency: "INR" },
      country: "IN",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b219",
    "wire copy: drugmaker isolates servers, anonymous source calls it ransomware",
    "Dr Reddy's isolates data centre servers after cyberattack",
    `HYDERABAD - Drugmaker Dr Reddy's Laboratories Ltd said on Thursday it had isolated all its data centre servers worldwide for up to a day as a precaution after detecting a cyberattack.

"We expect all services to be up within 24 hours and we do not foresee any major impact on our operations," chief information officer Mukesh Rathi said in a stock exchange filing. The attack came days after the company won approval from the Drug Controller General of India to run clinical trials of Russia's Sputnik V vaccine in the country.

A person with knowledge of the matter said it was a ransomware attack on the company's IT systems early on Thursday that forced all servers to be shut down, leaving the company without internet access and external communication for the day. Serialization, dispatches, recording of quality control results and electronic approvals were also put on hold, the person said. A company spokesperson declined to comment.

Dr Reddy's shares fell as much as 4% on the National Stock Exchange before recovering most of the loss to close 0.4% lower at ₹5,029.15.`,
    {
      victims: ["Dr Reddy's Laboratories Ltd"],
      type: "pharma-medtech",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b220",
    "security news: website notice in translation, alias in brackets, '$5m' for the decryptor",
    "Brazil's Grupo Fleury shuts systems after REvil ransomware attack",
    `São Paulo-based medical diagnostics company Grupo Fleury has suffered a ransomware attack that disrupted its business after it shut down its systems. Since the 22nd of June its website has carried a notice saying its systems were under attack and unavailable.

"Our systems are currently unavailable and we are prioritizing the restoration of services. The unavailability was caused by an attempted external attack," the notice read in translation.

With its systems down, patients cannot book lab or other medical exams online. Several cybersecurity sources have since confirmed that the attack was carried out by the REvil (Sodinokibi) ransomware operation, which is demanding $5m for a decryptor and a promise not to leak vital information.

The Brazilian healthcare giant provides medical laboratory services across the country through more than 200 service centers and over 10,000 employees, performing some 75 million clinical exams a year.`,
    {
      attackers: ["REvil"],
      victims: ["Grupo Fleury"],
      type: "laboratory",
      ransom: { status: "demanded-amount", amount: 5000000, currency: "USD" },
      country: "BR",
      attacks: ["ransomware", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b221",
    "news site: misconfigured backup, 'half a million' in the lead, '550,000' later, '1.74GB'",
    "Half a million Australian blood donors' details exposed online",
    `Skip to content | Skip to navigation

Personal information on more than half a million blood donors across Australia has been leaked online, the Red Cross Blood Service confirmed on Friday.

A Red Cross partner placed a 1.74GB database backup on a public-facing website, according to security researcher Troy Hunt. The file held more than 1.2 million records on 550,000 blood donor applicants, including names, addresses, emails, phone numbers, dates of birth, blood types and past donations, as well as answers to questions about antibiotics, surgery and "at-risk sexual behavior."

Hunt believes it has "the unenviable title of being Australia's largest ever leak of personal data."

The Australian Red Cross blamed human error and said the data concerned people who donated between 2010 and 2016. "All known copies have been deleted, and we have removed the vulnerability from the third party service that develops and maintains the Blood Service's website," it said. A spokesperson for the Australian Red Cross Blood Service said affected donors were being contacted.`,
    {
      victims: ["Australian Red Cross Blood Service"],
      type: "other-healthcare",
      volume: 1740000000,
      people: 550000,
      country: "AU",
      attacks: ["misconfiguration"],
    },
  ),
  rwNo(
    "b201",
    "local democracy reporting: EPR upgrade problems, no incident",
    "Patients left without appointments after Royal Free record system upgrade",
    `Patients in Barnet, Enfield and Camden say appointments have gone missing after problems with an IT upgrade at their hospital trust.

Royal Free London NHS Foundation Trust ran into a series of difficulties after upgrading and extending its electronic patient record (EPR) system, the Local Democracy Reporting Service understands. The trust says no appointments were deleted, but clinic lists are understood to have been lost in last week's transfer, delaying clinical work across its north London services. Some staff also reportedly struggled to book new appointments and to open patient records.

One patient said her appointment for a suspected cancer test seemed to have been "wiped off" the system, and she only found out after three days of calling the hospital.`,
  ),
  rwNo(
    "b208",
    "Australian pop-news site: a telco's breach exposing Medicare numbers",
    "Optus confirms Medicare numbers were also leaked in cyberattack",
    `Optus has confirmed that thousands of Medicare ID numbers were also compromised in its data breach.

The telco said on Wednesday that 14,900 valid Medicare numbers had been exposed, and that a further 22,000 expired ones had also been compromised. "Every customer whose Medicare card has not expired will be contacted within 24 hours," it said.

The federal government only found out on Tuesday, after the hacker who claims to be behind the attack released data on 10,000 customers, 9News reported. The hacker had threatened to keep leaking until paid AUD$1.5 million, but has since apologised and dropped the demand.

"We weren't told that Medicare details, along with passport details, drivers licence details and others, had also been part of this breach," Health Minister Mark Butler told ABC Radio.`,
  ),
];

const ROUND_1_B3: BankCase[] = [
  rw(
    "b302",
    "tech tabloid: DDoS on a region's hospital websites, tweet quoted, background claims",
    "Anonymous Sudan floods Danish hospital websites, to little effect",
    `This article is more than 1 year old

Not that we want them to try harder

A series of distributed-denial-of-service (DDoS) attacks on Sunday took the websites of nine Danish hospitals offline for several hours, though the medical centres' operations and digital infrastructure suffered nothing life-threatening.

Copenhagen's health authority, Region H, confirmed the outage on Twitter and pointed patients to an emergency page with the hospitals' phone numbers. "Region H the hospitals' websites are down. We are working to get them running again. The rest of our digital infrastructure is not affected," it tweeted in Danish. Hours later it said all nine sites were back.

A crew calling itself Anonymous Sudan claimed the traffic flood on Telegram: "Some hospitals in Denmark have been attacked for burning the Quran, and more will be attacked in the coming hours."

Researchers believe the group is probably Russian, with ties to Killnet, another pro-Russia DDoS gang. Last month Anonymous Sudan claimed DDoS attacks on the websites of Germany's foreign intelligence service and cabinet in support of Killnet.`,
    {
      attackers: ["Anonymous Sudan"],
      victims: ["Region H"],
      type: "hospital",
      country: "DK",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b307",
    "blog: demand missed, data posted; unusual group name with a symbol",
    "Montgomery General Hospital data posted after $750K ransom goes unpaid",
    `By Brian Ward

The ransomware group D#nut Leaks published patient and employee data stolen from Montgomery General Hospital (MGH) on March 31 after the hospital failed to pay a $750K ransom in time.

The leak includes patient files, medical histories, diagnoses, treatment plans, test results and insurance information, as well as Social Security numbers and pay rates of current and former MGH employees.

The theft only came to light when D#nut Leaks contacted DataBreaches and said it had got into MGH's systems through a Microsoft Exchange flaw. Rather than encrypt everything, the group encrypted only some of the hospital's files, citing the services it provides. "Since your business provides critical services and its infrastructure necessary for ordinary people health, we decided not to crypt or damage your network. But we still have downloaded sensitive data from there, so we could make a deal," its negotiator reportedly told MGH.

The hackers wanted $750,000 to delete the copied data. When MGH neither paid nor countered before the deadline, the data went up on the D#nut Leaks website.`,
    {
      attackers: ["Donut Leaks"],
      victims: ["Montgomery General Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 750000, currency: "USD" },
      country: null,
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b309",
    "dark-web monitor post: asking price as a bullet, '7TB', UK imaging hub",
    "UK dental imaging centre CT Dent's 7TB database offered for sale",
    `Dark Web News Analysis

A huge database said to belong to CT Dent Ltd, a leading independent dental imaging centre in the UK, is being offered for sale by a threat actor on a monitored hacker forum. It is about 7TB in size and contains more than 1 million files.

- Asking price: $100,000
- Dump date listed as December 6, 2025; deadline for payment December 21, 2025

Brinztech Analysis
- The Target: CT Dent performs Cone Beam CT scans and X-rays for more than 10,000 UK dental practices, so a breach at the hub exposes data from thousands of clinics.
- The Data: 7TB suggests a dump of the PACS rather than a database export: DICOM images, referral forms with patient names, dates of birth and clinical notes, invoices and contracts.
- The Context: a deadline points to an extortion event; the attackers are probably threatening to sell the exfiltrated data unless paid by the cutoff.`,
    {
      victims: ["CT Dent Ltd"],
      type: "imaging",
      ransom: { status: "demanded-amount", amount: 100000, currency: "USD" },
      volume: 7000000000000,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b313",
    "Canadian local news: staff snooping, '4,000 patients', hospital's initials",
    "Eight Hamilton Health Sciences staff fired over patient record snooping",
    `29 August 2023

Hamilton Health Sciences has fired eight employees who it alleges "inappropriately accessed" the personal health information of thousands of patients.

The privacy breach involved some 4,000 patients, HHS said in a statement this week. "There is no evidence that patients' health information was printed, downloaded, or electronically shared with anyone. We have concluded that these were snooping cases."

Patients affected have been sent a letter and the Information and Privacy Commissioner of Ontario has been notified. Aaron Levo, HHS vice-president of People, Culture and Communications, apologised to those affected and said the hospital has added training and random audits of access to patient information.`,
    {
      victims: ["Hamilton Health Sciences"],
      type: "hospital",
      people: 4000,
      country: "CA",
      attacks: ["insider"],
    },
  ),
  rw(
    "b318",
    "threat intel blog: patients extorted directly, hospital's refusal as advice not to pay, parent affected",
    "Fred Hutch patients get extortion emails after Hunters International breach",
    `The Hunters International ransomware operation, which surfaced in October 2023, has been emailing patients of Fred Hutchinson Cancer Center directly to demand payment after attacking the Seattle-area hospital.

The attack on the Fred Hutchinson Cancer Center (FHCC) in mid-November 2023 also affected its parent, the University of Washington (UW). Hunters International, a ransomware-as-a-service operation that has listed 20 victims on its leak site, has demanded ransoms of several million dollars from victims in the U.S., Europe and Asia.

FHCC denied that patients' personal data had been stolen, but people treated at FHCC or through UW began receiving emails demanding $50 each to keep their information off the dark web. One UW patient told local media the email claimed 800,000 patient records had been leaked and accused FHCC of refusing "to make a deal" to protect them.

Following law enforcement advice, FHCC told patients not to pay the extortionists and set up a call centre, which took about 300 calls in the week after its December 1, 2023 breach notice.`,
    {
      attackers: ["Hunters International"],
      victims: ["Fred Hutchinson Cancer Center", "University of Washington"],
      type: "clinic",
      ransom: { status: "refused" },
      people: 800000,
      country: "US",
      attacks: ["data-theft", "extortion"],
    },
  ),
  rw(
    "b328",
    "infosec magazine: unsecured test database with dummy data, no patients affected",
    "Exposed database of 886 million 'medical records' held only dummy data, says Deep 6 AI",
    `Researchers found an unsecured, password-free database exposing more than 886 million patient records online, but the data has since been confirmed to be dummy data.

Jeremiah Fowler and Website Planet traced the trove to Deep 6 AI, a healthcare AI company that uses algorithms on medical data to find clinical trial patients, and which fixed the problem quickly once told.

The records included physician notes, encounter IDs, patient IDs and note text, mostly in plain text. Deep 6 AI told Infosecurity no patients were affected: "In August, a security researcher accessed a test environment that contained dummy data from MIT's MIMIC system. No real patient data or records were included, and it was completely isolated from our production systems."

IBM says average breach costs in healthcare rose nearly 30% in a year to more than $9.2m per incident.

What's Hot on Infosecurity Magazine?`,
    {
      victims: ["Deep 6 AI"],
      type: "health-it-vendor",
      country: null,
      attacks: ["misconfiguration"],
    },
  ),
  rwNo(
    "b305",
    "news: school district's student data leaked by Medusa",
    "Medusa gang posts Minneapolis students' sensitive records online",
    `Social security numbers, birthdays, mental health records and documents on abuse allegations against staff are among the Minneapolis Public Schools student data leaked online by the ransomware gang known as "Medusa".

The gang stole about 200,000 files from the district's servers in March, including records of students' behavioural incidents and files on hundreds of children with special needs. The district, which serves 29,000 students, has confirmed the hack and is working with law enforcement.

Medusa has spread the documents on Twitter, Facebook, Telegram and its leak site to pressure victims into paying a ransom. It is not clear whether the district is considering paying.`,
  ),
  rwNo(
    "b306",
    "news: a university's medical school pays a negotiated ransom",
    "UCSF School of Medicine paid hackers $1.14m to unlock encrypted data",
    `SAN FRANCISCO - The University of California at San Francisco (UCSF) School of Medicine paid hackers $1.14m to regain access to data encrypted by malware, the university has said. The Netwalker gang originally demanded $3m, but a UCSF official negotiated it down.

Netwalker ransomware hit UCSF networks on June 1 and was found on June 3. "The data that was encrypted is important to some of the academic work we pursue," UCSF said. "We therefore made the difficult decision to pay some portion of the ransom, approximately $1.14 million."

The attack did not affect patient care, the wider campus network or COVID-19 work, the school said, though a limited number of servers in the School of Medicine were encrypted and temporarily inaccessible.`,
  ),
];

/** Round 2: other dev articles, written after round 1's fixes and before the extractor was run on them. */
const ROUND_2_A: BankCase[] = [
  rw(
    "a013",
    "trade press: mass exploitation, victim confirmed to another outlet, other health systems hit by the same breach",
    "UofL Health caught up in MOVEit breach claimed by Clop",
    `Louisville, Ky.-based UofLHealth is the latest health system to be swept up in the MOVEit data breach, which has affected millions of people across many industries.

The health system confirmed its involvement to TechCrunch in a July 11 story but would not say how many patients were affected. Clop, a Russia-linked ransomware gang, has claimed responsibility and listed the health system on its dark web leak site.

"The United States government recently confirmed that several federal agencies were hit by cyberattacks exploiting a flaw in MOVEit, a widely used file transfer tool," a UofL Health spokesperson said. "Unfortunately, a small number of UofL Health medical practices used this software to send files to third-party vendors." Operations at its hospitals, physician offices and medical centers remain secure, the spokesperson added.

Baltimore's Johns Hopkins Medicine and Harris Health System of Bellaire, Texas, are among the other health systems hit by the MOVEit breach.`,
    {
      attackers: ["Clop"],
      victims: ["UofLHealth", "Johns Hopkins Medicine", "Harris Health System"],
      type: "hospital",
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  rw(
    "a018",
    "UK tech press: strain named with its version, vendor's customers' data taken, staff on pen and paper",
    "LockBit 3.0 behind August ransomware attack on NHS supplier Advanced",
    `Newsletters | Technology | Cybersecurity
14 October 2022
By Claudia Glover

The ransomware attack that crippled NHS 111 services this summer was carried out with LockBit 3.0 malware, it has been confirmed. Advanced, the NHS supplier that was hit, says data from "approximately 16" organisations using its StaffPlan and Caresys care management platforms was taken, but has not said whether it includes personal data.

Because of the attack on 4 August, the services Advanced provides to NHS 111 and out-of-hours GP surgeries were unavailable while it was dealt with, and hospital staff reportedly had to use pen and paper while their digital systems were down.

The financially motivated attackers were able to obtain data relating to about 16 of its Staffplan and Caresys customers for a time, Advanced said in an update this week. It got into the network using legitimate third-party credentials.`,
    {
      attackers: ["LockBit"],
      victims: ["Advanced"],
      type: "health-it-vendor",
      country: "GB",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  rw(
    "a022",
    "advisory write-up: the gang's methods in general, one named victim, '3.5 gigabytes', 'more than a million records'",
    "FBI, CISA and HHS warn of Daixin Team ransomware attacks on US healthcare",
    `The FBI, the Cybersecurity and Infrastructure Security Agency (CISA) and the U.S. Department of Health and Human Services (HHS) have jointly warned about the Daixin Team, a cybercriminal group focused on ransomware and data extortion that has been targeting healthcare since at least June 2022.

The advisory says the gang has carried out several ransomware incidents against the Healthcare and Public Health sector over the past four months, encrypting servers for electronic health records and diagnostic services and stealing patient data to pressure victims into paying.

On September 1, 2022, Daixin Team attacked OakBend Medical Center. The group says it took about 3.5 gigabytes of sensitive data, including more than a million records with patient and employee details such as names, dates of birth, Social Security numbers and appointments, which it then published on its leak site, DataBreaches.net reported. OakBend has warned patients that third parties have been emailing them about the incident and is offering 18 months of free credit monitoring.`,
    {
      attackers: ["Daixin Team"],
      victims: ["OakBend Medical Center"],
      type: "hospital",
      volume: 3500000000,
      people: 1000000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "a030",
    "Australian news: refusal reported a day earlier, '9.7m Australians', a subsidiary brand, threat to publish",
    "Alleged Medibank hacker threatens to publish data in 24 hours",
    `Someone claiming to hold the data stolen from Medibank has threatened to release it within 24 hours, less than a day after the health insurer said it would not pay the ransom demanded by whoever is behind the mid-October breach.

Medibank confirmed yesterday that the basic personal information of 9.7m Australians had been accessed: 5.1 million Medibank customers, 2.8 million AHM customers and 1.8 million international customers. Names, dates of birth, addresses, phone numbers and email addresses were included, and health claims data was accessible for a further 160,000 Medibank, 300,000 AHM and 20,000 international customers.

For the first time, Medibank said it believed the criminals may have taken the data rather than only accessed it. The hackers would get no ransom payment, it said.

A post on a dark web forum says the data will be published in 24 hours, adding a P.S. recommending that readers sell Medibank shares.`,
    {
      victims: ["Medibank", "AHM"],
      type: "insurer",
      ransom: { status: "refused" },
      people: 9700000,
      country: "AU",
      attacks: ["data-theft", "extortion"],
    },
  ),
  rw(
    "a036",
    "security blog: shared service organisation of five hospitals, care effects listed, '5m records' and '160GB'",
    "Daixin ransomware attack cripples five Ontario hospitals",
    `Daixin, a group known for targeting public health since its first ransomware attack in June 2022, has struck again, leaving five hospitals in Ontario crippled.

This time the target was Transform Shared Service Organization, which provides IT, supply chain and other critical services to the five hospitals. Transform reported an outage affecting email and access to customer appointments in an October 23rd press release, and on October 27th, after heavy disruption that forced it to reschedule appointments manually, confirmed it had suffered a cyberattack.

Over the past two weeks, cancer patients' radiation treatment has had to be moved to other hospitals, and surgeries and appointments have been rescheduled because the ransomware attack brought hospital Wi-Fi, email and patient information systems to a halt, CBC reported.

The Daixin team has since claimed the attack. Besides disrupting hospital operations, it stole more than 5m records with personal and health data, some 160GB of documents from Transform's internal servers.`,
    {
      attackers: ["Daixin Team"],
      victims: ["Transform Shared Service Organization"],
      type: "hospital",
      volume: 160000000000,
      people: 5000000,
      country: "CA",
      attacks: ["ransomware", "data-theft"],
      impact: [
        "operations-cancelled",
        "appointments-cancelled",
        "ambulance-diversion",
        "systems-offline",
        "paper-records",
      ],
    },
  ),
  rw(
    "a039",
    "UK tech site: 'alleged' attack, strain believed, computers switched off, 'offline documentation'",
    "Suspected Ryuk attack takes Universal Health Services networks offline",
    `Staff warned the IT problems could last days

Universal Health Services (UHS), one of the largest healthcare providers in the US, has been hit by an alleged ransomware attack, believed to be the latest case of Ryuk, that has knocked its IT networks offline.

The malware reportedly struck on Sunday, bringing down networks and forcing staff to rely on "offline documentation". UHS, a for-profit provider, runs some 400 hospitals and facilities in the US and the UK.

An IT security issue had taken the network at UHS facilities offline, the company said. A hospital worker told TechCrunch that text referring to the "shadow universe", a hallmark of Ryuk, appeared on their screen, and that staff were told to switch off all computers. UHS says no patient or employee data appears to have been accessed, copied or otherwise compromised.`,
    {
      attackers: ["Ryuk"],
      victims: ["Universal Health Services (UHS)"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  rw(
    "a047",
    "health trade list: numbered facts, diversion told as sending ambulances elsewhere, '200,000 patients'",
    "Hive ransomware behind Memorial Health System attack, FBI warns",
    `The FBI has issued a warning about Hive ransomware after the gang was linked to an Aug. 15 ransomware demand on Marietta, Ohio-based Memorial Health System, which shut down its IT network and diverted patients.

Six things to know:

1. Hive was first seen in June, the FBI said on Aug. 25. Once inside a network, it steals data before encrypting files.

2. The attackers leave a ransom note in every infected directory explaining how to buy the decryption software and threatening to publish the stolen data on HiveLeaks, a dark web site, according to the FBI.

3. Memorial had to shut down its IT system during the attack and, over a week-long outage, sent ambulances and patients to other hospitals.

4. Bleeping Computer has reportedly seen evidence that the attackers took databases holding information on 200,000 patients. The attack was first linked to Hive when the group began posting about it on HiveLeaks.

5. Memorial CEO Scott Cantley said on Aug. 18 that the system had "arrived at a negotiated solution" and was beginning to restore operations.

6. A spokesperson said Memorial was working with the FBI on negotiating a solution with the hackers.

© 2024 Becker's Healthcare.`,
    {
      attackers: ["Hive"],
      victims: ["Memorial Health System"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      people: 200000,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  rw(
    "a057",
    "UK tabloid-style: stolen photos, threat to release (no release yet), group named with 'the'",
    "Hackers steal patient photos from London plastic surgery clinic",
    `A hacking group calling itself the Dark Overlord has stolen several terabytes of client images from London Bridge Plastic Surgery, including photos of procedures in progress, The Daily Beast reports.

"We can confirm the Clinic has suffered a cyber attack," the clinic said. "We acted immediately to block it and protect patient information and informed the Metropolitan Police, who are investigating. After investigations by the police and our IT experts, we believe our security was breached and data was stolen."

The clinic's clients include celebrities. The photos have not been released yet, but The Dark Overlord has threatened to publish them. "The whole patient list, with the photos that go with it," the group told The Daily Beast.

The Dark Overlord has hacked medical centres before and typically threatens to publish sensitive information unless a ransom is paid.`,
    {
      attackers: ["The Dark Overlord"],
      victims: ["London Bridge Plastic Surgery"],
      type: "cosmetic-surgery",
      country: "GB",
      attacks: ["data-theft", "extortion"],
    },
  ),
  rw(
    "a071",
    "news brief: gang's habit described, bracketed state in the name, a placeholder count of 500",
    "Bian Lian lists Oklahoma municipal hospital on its leak site",
    `27 March 2024

The Bian Lian gang, which specialises in "double extortion", says it was behind a cyberattack on Lindsay (Okla.) Municipal Hospital and has listed it on its data leak site, promising that the stolen data will be uploaded soon, HIPAA Journal reported on March 25.

Double extortion means stealing data and then demanding ransoms both for not releasing it and for decrypting any encrypted files, the outlet explained. HHS has warned that the financially motivated group targets healthcare providers.

Lindsay Municipal Hospital told HHS' Office for Civil Rights on March 13 that a hacking incident had affected 500 individuals, a figure often used as a placeholder when the true number is not yet known.`,
    {
      attackers: ["BianLian"],
      victims: ["Lindsay (Okla.) Municipal Hospital", "Lindsay Municipal Hospital"],
      type: "hospital",
      people: 500,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  rw(
    "a072",
    "machine-translated aggregator: two names for one group, '600GB', threat to publish in batches",
    "Hackers threaten to post cosmetic surgery patients' before-and-after photos",
    `A large British chain of cosmetic surgery clinics with many celebrity customers has been threatened with the release of patients' before and after photos, after a hacker group that mainly targets hospitals reportedly stole a large amount of data.

UK: Transform Hospital Group falls prey to ransomware attack (databreaches.net)

The attack on the Transform Hospital Group is by the hackers known as 'REvil' or 'Sodinokibi', media report. To prove it had access, REvil posted a screenshot on its dark web leak site; the data is thought to have been stolen around December 6th.

REvil says it took about 600GB of "key confidential documents, personal data of customers and their photos", and threatened to release the files batch by batch, starting with 70GB of patient folders and documents.

Simon Hales, a patient, told the BBC the hospital had emailed him about "significant data security issues".`,
    {
      attackers: ["REvil"],
      victims: ["Transform Hospital Group"],
      type: "cosmetic-surgery",
      volume: 600000000000,
      country: "GB",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  rw(
    "a087",
    "local TV dateline: phishing told step by step, 'some 33,850 patients', theft not excluded",
    "Michigan Medicine notifies 33,850 patients after phishing attack on staff email",
    `ANN ARBOR, Mich. (CBS DETROIT) - Some 33,850 patients are being told by Michigan Medicine that their health details may have been exposed through compromised employee email accounts.

Between Aug. 15-22 an attacker sent employees a "phishing" email with a link asking for their Michigan Medicine login details, the health system said. Four employees entered their credentials and approved multifactor prompts, giving the attacker access to their email accounts, which were disabled on Aug. 23.

Nothing suggests the attack was aimed at patient information, though data theft could not be ruled out, Michigan Medicine said. The emails held names, addresses, dates of birth, diagnosis and treatment information and insurance details. Letters are being mailed Oct. 19-26.`,
    {
      victims: ["Michigan Medicine"],
      type: "hospital",
      people: 33850,
      country: "US",
      attacks: ["phishing"],
    },
  ),
  rw(
    "a091",
    "aggregator blurb: demand as '$800K', earlier victim as background, source credit",
    "LockBit shows no remorse after hitting Chicago nonprofit hospital",
    `This Week Health | Back to Stories
February 3, 2024

The LockBit ransomware group attacked Saint Anthony Hospital, a Chicago nonprofit, and demanded an $800K ransom. Unlike in the past, when it spared nonprofits, the attack encrypted patient data, although the data was not compromised until January 7. The hospital is working with the FBI and the Department of Health and Human Services and warning patients of possible identity and financial fraud. LockBit previously attacked SickKids hospital in Toronto before apologising and handing over a free decryptor.

The Register`,
    {
      attackers: ["LockBit"],
      victims: ["Saint Anthony Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 800000, currency: "USD" },
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
];

const ROUND_2_B: BankCase[] = [
  rw(
    "b105",
    "local news explainer: Q&A headings, a member hospital also offline, caption lines",
    "What we know about the CommonSpirit Health ransomware attack",
    `A ransomware attack on a health system running more than 1,000 hospitals and care facilities in 21 states could affect millions of Americans.

CommonSpirit Health was hit by a cyber attack on Oct. 3 and took some computer systems offline "as a precautionary step," it said shortly afterwards. It is not yet clear whether patient health information was compromised.

MercyOne Des Moines Medical Center (Google Maps)

MercyOne in Des Moines, one of whose parent companies is CommonSpirit Health, also had its computer systems taken offline after the attack.

What is CommonSpirit Health?

A Chicago-based nonprofit health system running 140 hospitals and more than 1,000 care sites in 21 states, according to its website.

What happened?

In October ransomware hit CommonSpirit's computer systems, cutting off access to electronic health records and delaying patient care in several regions. Cybersecurity experts are still investigating.`,
    {
      victims: ["CommonSpirit Health", "MercyOne"],
      type: "hospital",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b108",
    "breach news: 'may have' access in the lead, network shut down, exact count from a state filing",
    "Hackers may have accessed data of 656,047 California community health center patients",
    `Community Medical Centers (CMC), a nonprofit network of community health centers based in Stockton that mainly serves low-income patients, migrants and homeless people in San Joaquin, Solano and Yolo counties, says cyber-criminals may have accessed patients' protected health information.

CMC detected "some unusual network activity" early on Sunday, October 10, and as a precaution shut down its entire network, including servers, computers and some of the phone lines patients used to get records and book appointments.

Outside experts found that unauthorized individuals had accessed parts of the network holding protected health information. Medical information, names, addresses, dates of birth and Social Security numbers may have been obtained. A breach report to the Maine attorney general puts the number of people affected at 656,047.`,
    {
      victims: ["Community Medical Centers (CMC)"],
      type: "primary-care",
      people: 656047,
      country: "US",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b115",
    "Florida local news: explainer on ransomware, list of closed sites, imaging firm",
    "Akumin closes Central Florida imaging sites after ransomware attack",
    `A ransomware attack has shut down Akumin, a Broward County-based medical diagnostic imaging company, closing several of its Central Florida locations.

A hacker accessed patient personal data earlier this month, the company said in a statement.

What is a ransomware attack?

According to CISA, it is a cyberattack that encrypts files on a device, making the data unusable unless a ransom is paid for a decryption key.

Which Central Florida offices were affected?

The outpatient radiology and oncology provider said Tuesday it had temporarily shut down services statewide, including seven Central Florida locations:

• Orlando – 7960 Forest City Road and 1150 S. Semoran Boulevard
• Deltona – 1555 Saxon Boulevard
• Kissimmee – 1503 W. Oak Street and 819 E. Oak Street

Akumin has 50 locations in Florida. It said some past imaging results may not be available while its systems are restored.`,
    {
      victims: ["Akumin"],
      type: "imaging",
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  rw(
    "b117",
    "breach news: exact count '623,774' after a rounded headline, subsidiaries named in the notice",
    "October ransomware attack on CommonSpirit exposed 623K patients' data",
    `Ransomware attackers accessed the personal information of 623,774 patients during October's attack on CommonSpirit Health, the health system has confirmed. The figure appeared today on the HHS breach portal.

CommonSpirit, the second-largest health system in the US with 140 hospitals and more than 1,000 care sites in 21 states, said in its notice that some of the files reviewed held information on people who may have received services from Franciscan Medical Group or Franciscan Health in Washington.

Names, addresses, phone numbers, dates of birth and an internal ID were exposed between September 16 and October 3 2022, when the attackers had unauthorized access to the network. No group has claimed the attack.`,
    {
      victims: ["CommonSpirit Health", "Franciscan Medical Group", "Franciscan Health"],
      type: "hospital",
      people: 623774,
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  rw(
    "b130",
    "health IT news: strain known by three names, decrypt key for a ransom, records read-only",
    "MedStar Health hit by Samsam ransomware",
    `MedStar Health, a non-profit that runs 10 hospitals and other facilities in Baltimore and Washington, has been hit by a malware attack, the FBI and MedStar disclosed this week. The Baltimore Sun confirmed it was ransomware, citing a doctor at a MedStar hospital.

The attackers encrypted data so that employees and doctors could not access it, and the malware offers a key to unlock it in exchange for a ransom payment.

The ransom note and the hidden website built into the malware point victims to sites identical to those used by a new ransomware called Samsam, also known as Samas and MSIL.

A spokeswoman said access to three critical clinical systems had been restored, with doctors able to view medical records read-only. Patients were asked to phone doctors' offices directly while IT staff restore the electronic appointment system.`,
    {
      attackers: ["SamSam"],
      victims: ["MedStar Health"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b132",
    "health trade list: systems turned off, communications down three weeks, clinics open",
    "California health centers notify 656,047 patients after cyberattack",
    `Stockton, Calif.-based Community Health Centers is notifying 656,047 patients of a cyberattack that forced it to turn off its computer systems and left it without communications for three weeks, according to a filing with Maine's attorney general's office on Nov. 1.

Four things to know:
- The health center, with nearly two dozen locations in Northern California, noticed unusual activity on its systems Oct. 10 and had to shut down many of them.
- An investigation found hackers had got into its network; names, dates of birth, Social Security numbers and medical record information may have been exposed.
- There is no sign the data has been misused. Notices went out from Oct. 26.
- Communications are still down, but clinic sites remain open, its website says.`,
    {
      victims: ["Community Health Centers"],
      type: "primary-care",
      people: 656047,
      country: "US",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
];

const ROUND_2_C: BankCase[] = [
  rw(
    "b222",
    "Canadian public broadcaster: 'possible' attack, sources say ransomware, procedures cancelled, paper backups",
    "Suspected cyberattack on N.L. health data centre delays thousands of appointments",
    `Nfld. & Labrador

Eastern Health, the province's largest health authority, is mostly relying on paper-based backups

An apparent cyberattack has disrupted health-care services across Newfoundland and Labrador, affecting thousands of appointments and procedures, including COVID-19 testing.

"We may have been the victims of a possible cyberattack by a third party," Health Minister John Haggie told reporters on Monday. It was first noticed on Saturday morning and hit "the brain of the data centre" that runs the province's health-care system. CBC News sources say it was ransomware, which Haggie could not yet confirm.

At Eastern Health, the largest of the four health authorities, nearly all non-emergency procedures have been cancelled, no patients can be registered and the whole email system is down, CEO David Diamond said.`,
    {
      victims: ["Eastern Health"],
      type: "hospital",
      country: "CA",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  rw(
    "b225",
    "French radio in translation: ransom asked, printers print the note, A&E shut and patients redirected",
    "Armentières hospital emergency department closed after cyberattack",
    `France Info – with France Bleu Nord | Reading time: 1 min

The Armentières hospital center was hit by a cyberattack at 2 a.m. in the night from Saturday to Sunday, hospital management told France Bleu Nord on Sunday February 11. The hackers are demanding a ransom. The emergency department will stay closed for 24 hours and patients are being redirected to other hospitals in the Lille area.

"The printers that were on started printing a message saying our data had been encrypted and that we should contact them," deputy director Samy Bayod told franceinfo. "We immediately cut off the whole hospital network."

All computers remain disconnected while a crisis unit works to regain control. Without a computer system the hospital cannot properly admit new patients, so the emergency room will not reopen before Monday morning.`,
    {
      victims: ["Armentières hospital center"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed" },
      country: "FR",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline", "services-closed"],
    },
  ),
  rw(
    "b226",
    "health IT news: a ministry's defaced homepage asks it to get in touch, '50 terabytes'",
    "Lapsus$ Group claims theft of 50 terabytes from Brazil's Ministry of Health",
    `A group of hackers calling themselves Lapsus$ Group say they stole 50 terabytes of data, including COVID-19 vaccination certificates, from networks run by Brazil's Ministry of Health.

The attack became public on Dec. 10, when the ministry's homepage was replaced by a Lapsus$ Group image telling the ministry to contact the hackers if it wanted back the data they had copied and deleted from its networks. The group targeted the ConecteSUS app, which Brazilians use to view their clinical history, ZDNet reports.

Deputy Health Minister Rodrigo Cruz confirmed the ministry was working to restore its network and could not access COVID-19 vaccine data, Reuters reported. At the time of writing the ministry's website and the ConecteSUS web app were still unavailable.`,
    {
      attackers: ["Lapsus$"],
      victims: ["Brazil's Ministry of Health"],
      type: "public-health",
      ransom: { status: "demanded-undisclosed" },
      volume: 50000000000000,
      country: "BR",
      attacks: ["data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  rw(
    "b233",
    "Canadian paper: payment to get data back, '15m Canadians', regulators' joint statement",
    "LifeLabs confirms it paid ransom after breach affecting up to 15m Canadians",
    `Article content

LifeLabs, Canada's largest private provider of diagnostic testing for health care, said Tuesday it had been hit by a cyberattack in October that may have compromised the personal information of some 15m customers, mostly in British Columbia and Ontario, and that it paid a ransom to get the stolen data back.

"This is still under police investigation," CEO Charles Brown told Postmedia, declining to say who was behind it or how the company was contacted.

The privacy commissioners of Ontario and British Columbia, who are investigating jointly, said LifeLabs told them "cyber criminals got into the company's systems, extracted data and demanded a ransom."

This advertisement has not loaded yet, but your article continues below.

Names, addresses, emails, logins, passwords, dates of birth, health card numbers and lab test results could be among the data.`,
    {
      victims: ["LifeLabs"],
      type: "laboratory",
      ransom: { status: "paid" },
      people: 15000000,
      country: "CA",
      attacks: ["data-theft", "extortion"],
    },
  ),
  rw(
    "b237",
    "tech news: '$68K' demand, Telegram bots, '31.2 million' and an exact count",
    "Star Health says hacker demanded $68K after leak of 31 million customers' data",
    `Star Health Insurance says a hacker has asked it for a ransom of $68,000 over a major breach of customer data including personal information and medical records, which was spread through chatbots on Telegram, Reuters reports. Star Health has sued both the hacker and Telegram.

The breach reportedly covers the mobile numbers, addresses and pre-existing medical conditions of more than 31 million customers.

UK-based researcher Jason Parker reported that a hacker calling themselves xenZen set up a website showing sample Star Health data and announced that it was leaking the customer and claims data of all Star Health India customers. Bots built by the hacker gave access to the data of 31,216,953 customers, updated through July 2024.`,
    {
      attackers: ["xenZen"],
      victims: ["Star Health Insurance"],
      type: "insurer",
      ransom: { status: "demanded-amount", amount: 68000, currency: "USD" },
      people: 31216953,
      country: "IN",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  rw(
    "b315",
    "security news: encryption stopped, two gangs claim the data, '4T'",
    "Two ransomware gangs claim Tampa General Hospital data",
    `Patient data was compromised in a cyberattack on Tampa General Hospital (TGH) that lasted more than two weeks, the hospital has confirmed, and now more than one ransomware gang says it has the stolen files.

TGH, a university-level research medical center in Florida, says it learned of the unauthorized access on May 31st and brought in outside experts, who stopped the attackers from encrypting its data. But "an unauthorized third party accessed TGH's network and obtained certain files from its systems between May 12th and May 30th, 2023," the hospital said.

The Snatch ransomware group says it has 4T of patient data and posted about the hack on its leak site on Friday. A second, lesser-known group, Nokoyawa, also reportedly listed the hospital on its leak site the same day.`,
    {
      attackers: ["Snatch", "Nokoyawa"],
      victims: ["Tampa General Hospital"],
      type: "hospital",
      volume: 4000000000000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
];

const ROUND_2_D: BankCase[] = [
  rw(
    "b323",
    "hospital statement: fraud by an email posing as a contractor's CFO, sums recovered, buildings named",
    "Hamilton Health Care System gets back most of the $1.26m lost to email fraud",
    `Hamilton Health Care System says it has recovered most of the $1.26 million it was tricked into paying late last year.

The hospital made two electronic payments totalling $1.26 million that officials thought were going to the construction company building the Anna Shaw Children's Institute and the Peeples Cancer Institute; the company later said it never received them. According to a police report, Hamilton's Financial Services Department had received an email from someone posing as the Chief Financial Officer of Brasfield & Gorrie, a large construction firm, asking it to switch its payment method from check to electronic payments.

With the help of the FBI, the Dalton Police Department and the banks involved, "$1,157,144.91 of the funds have been successfully recovered," CEO Jeff Myers said.`,
    {
      victims: ["Hamilton Health Care System"],
      type: "hospital",
      country: "US",
      attacks: ["bec", "phishing"],
    },
  ),
  rw(
    "b335",
    "security digest: '1.2m patients', encryption foiled, gang's earlier victims, digest items after",
    "Over 1.2m Tampa General patients' data stolen in foiled ransomware attack",
    `Florida's Tampa General Hospital has confirmed that sensitive information on more than 1.2m patients was exfiltrated in a ransomware attack it foiled in May, The Record reports.

The attackers were in the network from May 12 to 30, with access to names, dates of birth, addresses, phone numbers, Social Security numbers, insurance details and treatment information. The hospital contained the unusual activity on May 31 and prevented the data from being encrypted.

Tampa General has not named the attackers, but the Snatch ransomware gang has claimed the attack; Snatch previously breached the City of Modesto, California, a Wisconsin school district, the Metropolitan Opera and Volvo.`,
    {
      attackers: ["Snatch"],
      victims: ["Tampa General Hospital"],
      type: "hospital",
      people: 1200000,
      country: "US",
      attacks: ["ransomware", "data-theft"],
    },
  ),
  rw(
    "b345",
    "vendor's tracker post: bracketed description, quoted news, '533GB', clinical network offline",
    "Fred Hutchinson Cancer Center hit by cyber attack",
    `Sources report that Fred Hutchinson Cancer Center (a medical organisation in Washington) has suffered a cyber attack, first reported on 2023-12-15.

"The Hunters International ransomware group listed the Fred Hutchinson Cancer Center on its leak site on Friday morning, claiming to have stolen 533GB of data, and is reportedly extorting individual patients as well."

"On December 1 the organisation said it had to 'quarantine' servers and take its clinical network offline after discovering the attack."

SecuLore's mission is to cyber-protect our nation's critical infrastructure.`,
    {
      attackers: ["Hunters International"],
      victims: ["Fred Hutchinson Cancer Center"],
      type: "clinic",
      ransom: { status: "demanded-undisclosed" },
      volume: 533000000000,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  rwNo(
    "a048",
    "survey write-up: healthcare ransom averages",
    "Healthcare organisations twice as likely to pay ransoms in 2021, Sophos finds",
    `Twice as many healthcare organisations paid the ransom in 2021 as in 2020, according to Sophos' State of Ransomware in Healthcare 2022 report, and only 2% of those that paid got all their data back.

- Ransomware hit 66% of healthcare organisations surveyed in 2021, up from 34%.
- 61% of healthcare organisations paid to recover encrypted data, against a global average of 46%.
- The average ransom paid by healthcare was US$197K, against US$812K globally.
- Remediation cost healthcare an average of US$1.85M.`,
  ),
  rwNo(
    "a066",
    "UK tech site: a city council's systems down, other councils as background",
    "Leicester City Council still recovering from cyber attack",
    `Leicester City Council says its IT systems and phone lines will not be back for days after a cyber attack.

The unspecified incident hit the council last Thursday and disrupted services; the council is investigating with the National Cyber Security Centre (NCSC). "We don't expect to be able to begin the recovery process, starting with our most critical services, until the middle of the week at the earliest," strategic director Richard Sword said.

It is the latest in a series of attacks on councils: three Kent councils were disrupted in January, and Gloucester City Council spent more than £1 million recovering from one.`,
  ),
  rwNo(
    "b139",
    "breach news: a law firm breached, a health system client's patients affected",
    "Hack at law firm Thompson Coburn exposes health system patients' data",
    `Breach Notification, Cybercrime

Thompson Coburn, a Missouri-based national law firm that itself handles data breach cases, has been breached, and patients of its client Presbyterian Healthcare Services in New Mexico are among those affected.

An unauthorized actor stole files from the firm's network between May 28 and May 29, Thompson Coburn said in a notice on the health system's website. It reported 305,088 affected individuals to regulators on Nov. 4, but has not said whether all of them are PHS patients or whether other clients were affected.`,
  ),
  rwNo(
    "b311",
    "Canadian business news: a grocery parent's attack costs, in-store pharmacies affected",
    "Sobeys owner Empire says cyberattack will cost $25 million",
    `16 March 2021

Empire Co., the parent company of the Sobeys grocery chain, says last month's cyberattack will cut its annual net earnings by about $25 million after insurance.

The company did not say whether ransomware was involved, but employees told CBC News it was, and that for several days pharmacists in its stores could not get into their computers to fill prescriptions. Pharmacy services were shut down for four days, the company said. Empire owns 1,500 stores across Canada, including Sobeys, Safeway, IGA and Foodland.`,
  ),
];

export const REWORDED_BANK: readonly BankCase[] = [
  ...ROUND_1_A,
  ...ROUND_1_B1,
  ...ROUND_1_B2,
  ...ROUND_1_B3,
  ...ROUND_2_A,
  ...ROUND_2_B,
  ...ROUND_2_C,
  ...ROUND_2_D,
];
