// Unseen bank, third series of whole pages (q-pages, 12th session): dev articles no page bank had reworded yet, told
// again in new sentences (same facts, names, figures in their written form, hedges and negations; labels copied from
// the dev record) inside the furniture of another kind of site than the dev page's: wire pages with "Most read",
// radio-station pages, AMP pages with "Advertisement" breaks, class-action investigation pages, explainers with
// question subheads, French-Canadian pages with a "Lire en français" link, weekly newsletters, council-news pages.
// Furniture names other groups, victims and sums on purpose. `pages-rw3-neg-*` cases are invented hard negatives
// (every name and figure made up) of kinds the dev set has. Labels follow ../shared/eval/README.md. The round was
// written in full before the extractor was run on it.
import { type BankCase, notRelevantCases, relevantPageCases } from "./unseen-shapes-bank";

/** A relevant page: no attacker, ransom, numbers or impact unless given. */
const pg = relevantPageCases("pages-rw3-");

/** A page labelled not relevant (only relevance is scored there). */
const pgNo = notRelevantCases("pages-rw3-");

// ---------------------------------------------------------------- round 1
const ROUND_1: BankCase[] = [
  pg(
    "a003",
    "news-agency wire page: section line, agency byline, the supplier unnamed, 'Most read' list",
    "Ambulance crews back on paper after supplier hit by cyber attack",
    `Health | England

Ambulance crews back on paper after supplier hit by cyber attack

Published 26 July 2023 | By Health Correspondent, PA

Paramedics at two English ambulance trusts have lost access to electronic patient records because one of their suppliers was hit by a cyber attack.

South Central Ambulance Service and South Western Ambulance Service, whose areas are home to 12 million people between them, said crews were going back to pencil and paper for now, so hospitals could see minor delays.

The 999 call system has not been affected, the services said.

Most read
1. Heatwave warning for south of England
2. Waiting list falls for first time in a year
3. Council tax rise of 5% approved`,
    {
      victims: ["South Central Ambulance Service", "South Western Ambulance Service"],
      type: "ambulance",
      country: "GB",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "a013",
    "health-IT trade page: a spokesperson's quote as the longest paragraph, sponsored box, 'Trending' sidebar",
    "UofL Health caught up in MOVEit breach; Clop claims it",
    `Health IT | Cybersecurity

UofL Health caught up in MOVEit breach; Clop claims it

The MOVEit data breach, which has swept up millions of people across many industries, has reached another health system.

Louisville, Ky.-based UofLHealth told TechCrunch in a July 11 story that it had been caught up in the breach. It declined to say how many patients were affected. Clop, a Russia-linked ransomware gang, has claimed responsibility for the hack and listed the health system on its dark web leak site.

"Several federal agencies were recently confirmed by the United States government to have been hit by cyberattacks exploiting a flaw in MOVEit, a widely used file transfer tool," a UofL Health spokesperson told the outlet. "Unfortunately a handful of UofL Health medical practices used this software to send files to third-party vendors. UofL Health acted right away once it learned of this event and has brought in a forensic IT agency to help establish the scope. Normal operations at UofL Health's hospitals, physician offices and medical centers remain secure and have not been put at risk."

Baltimore-based Johns Hopkins Medicine and Bellaire, Texas-based Harris Health System are among the other health systems the MOVEit breach has hit.

Sponsored: Five steps to secure file transfer in your organisation

Trending
Hospital CFOs expect margins to tighten in 2024
Three health systems announce layoffs`,
    {
      attackers: ["Clop"],
      victims: ["UofLHealth", "Johns Hopkins Medicine", "Harris Health System"],
      type: "hospital",
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "a018",
    "UK tech page: newsletter prompt first, numbered breadcrumb, photo credit mid-text, cut-off ending",
    "LockBit 3.0 was behind the Advanced attack that hit NHS 111",
    `Sign up to our newsletter for analysis sent to your inbox

1. Technology
2. Cybersecurity

LockBit 3.0 was behind the Advanced attack that hit NHS 111

Some details of the August attack are now known, but it is still unclear whether patient data was taken.

By Claudia Glover | October 14, 2022

The ransomware attack that crippled NHS 111 services this summer was carried out with the LockBit 3.0 malware, it has now been confirmed. Advanced, the NHS software supplier that was hit, says data belonging to "approximately 16" organisations using its care management platforms, StaffPlan and Caresys, was lost in the incident. It has not said whether personal data was among it.

(Photo by Olga Ganovicheva/Shutterstock)

Because of the cyberattack on Advanced on 4 August, the services it provided to NHS 111 and to out-of-hours GP surgeries could not be used while the incident was dealt with; hospital staff reportedly went back to pen and paper while their digital systems were down.

In an update this week, Advanced said the attacker had stolen data from up to 16 companies. The company said the threat actor first got into its network "by using legitimate third-party`,
    {
      attackers: ["LockBit"],
      victims: ["Advanced"],
      type: "health-it-vendor",
      country: "GB",
      attacks: ["ransomware", "data-theft"],
      impact: ["systems-offline", "paper-records"],
    },
  ),
  pg(
    "a025",
    "French-Canadian outlet's English page: 'Lire en français' link, weather strip, file-photo caption, statement quote",
    "Quebec City ambulance dispatch hit by ransomware",
    `Lire en français | Montreal -4°C

Quebec City ambulance dispatch hit by ransomware

An ambulance on a snowy road. File photo

The ambulance dispatch centre in Quebec City was struck by a ransomware cyber attack this week.

Services to the public are not being affected for now, according to the Quebec City health services communication centre (CCSC), which said a contingency plan was put in place quickly.

"The computer attack currently has no effect on ambulance coverage, response times or the taking of calls for pre-hospital services," the CCSC said. "Calls are prioritized as usual, and more ambulances have been added."

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
  pg(
    "a062",
    "AMP news page: 'Advertisement' breaks, image source line, a police denial of a ransom sum, 'Trending Topics' tags",
    "AIIMS server down for sixth day; police deny Rs 200 crore ransom reports",
    `AIIMS server down for sixth day; police deny Rs 200 crore ransom reports

Image Source : FILE PHOTO

Updated: November 29, 2022

The primary server of AIIMS and its first backup server were corrupted at 7 am on Wednesday (November 23), in what was later identified as a ransomware attack.

Advertisement

Delhi Police on Monday evening rejected claims doing the rounds that somebody had allegedly sought Rs 200 crore from those who run the All India Institute of Medical Sciences, Delhi (AIIMS). The teaching hospital's server has now been down for six days.

No ransom demand like the one some sections of the media quoted had been brought to its notice by AIIMS authorities, Delhi Police said in its statement on the AIIMS Delhi Computer Incident.

Advertisement

Separately, AIIMS said work to restore data and clean the servers was going on and would take a while because of the volume of data and the number of servers used for hospital services.

Trending Topics: Cyber Attack | Delhi Police | Ransomware | Elections 2022`,
    {
      victims: ["All India Institute of Medical Sciences, Delhi (AIIMS)"],
      type: "hospital",
      country: "IN",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "a072",
    "aggregator page: link cards to other outlets' stories between paragraphs, two group names, a threat still to come",
    "Hackers threaten to post cosmetic surgery patients' before-and-after photos",
    `Hackers threaten to post cosmetic surgery patients' before-and-after photos

A chain of cosmetic surgery clinics with many famous patients is being threatened with the release of photos taken before and after surgery, after a hacking group that mostly goes after hospitals is said to have stolen a large amount of its data.

[Link] UK: Transform Hospital Group falls victim to ransomware attack (databreaches.net)

According to media reports, the groups known as 'REvil' and 'Sodinokibi' are behind the attack on the Transform Hospital Group, a large British chain of cosmetic surgery clinics. REvil has a record of threatening hospitals with the theft of their data.

[Link] Ransomware hits more than 400 medical institutions at once

REvil posted a screenshot on a dark web leak site to show it had got into Transform Hospital Group's data, which DataBreaches.net estimates was stolen around December 6th. The group says it took about 600GB of 'key confidential documents, personal data of customers and their photos' and has threatened to release the files in batches, the patients' personal folders and documents amounting to 70GB so far.

Singers and actresses are among the group's patients. One patient told the BBC he had been emailed by the hospital about 'significant data security issues.'`,
    {
      attackers: ["REvil"],
      victims: ["Transform Hospital Group"],
      type: "cosmetic-surgery",
      volume: 600e9,
      country: "GB",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "a097",
    "explainer page: question subheads, image credit, the payment 'allegedly' made, an affiliate's complaint",
    "Did Change Healthcare pay BlackCat $22 million? What we know",
    `Business | Explainers

Did Change Healthcare pay BlackCat $22 million? What we know

Image: Varonis.

What happened?

In the third week of February an intrusion into Change Healthcare's systems began knocking out important healthcare services as the company took its systems offline. The notorious BlackCat ransomware group (a.k.a. "ALPHV") was soon revealed to be behind the attack, which for nearly two weeks has disrupted prescription drug deliveries to hospitals and pharmacies across the nation.

Did Change pay?

Signs suggest so. On March 1 a cryptocurrency address tied to BlackCat received a single transaction of about $22 million. A BlackCat affiliate then wrote in a post that U.S. healthcare giant Change Healthcare had paid a $22 million ransom for a decryption key and to stop four terabytes of stolen data being published.

What happens now?

The affiliate says BlackCat cheated them of their share and that they still hold Change's sensitive data, the data Change reportedly paid to have destroyed. The revelation appears to have led BlackCat to shut down entirely.`,
    {
      attackers: ["ALPHV"],
      victims: ["Change Healthcare"],
      type: "health-it-vendor",
      ransom: { status: "paid", amount: 22000000, currency: "USD" },
      volume: 4e12,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b106",
    "local radio-station page: 'Listen live' bar, the refusal reasoned in reported speech, FBI advice as background",
    "Battle Creek practice closes after ransomware attack",
    `Listen Live | News | Weather | Contests

Battle Creek practice closes after ransomware attack

April 4, 2019

A Michigan medical practice has closed for good after deciding a ransomware demand was too expensive to pay, WWMT, a CBS-affiliated TV station in the area, reports.

Brookside ENT and Hearing Center, a one-group practice in Battle Creek, Mich., recently had its whole system knocked offline; the hackers wanted $6,500 for a code to get at the files.

The practice's two partners, William Scalf, M.D., and John Bizon, M.D., decided against paying, reasoning that there was no guarantee the code would unlock the files or that the hackers would not come back for more. They chose early retirement rather than rebuilding the practice from scratch.

Every file the office held has already been wiped, the report said, because the practice's electronic medical record (EMR) system was encrypted. The FBI is investigating.

In 2016 the FBI said that paying a ransom does not guarantee victims get their data back.

Listen to the morning show weekdays from 6 a.m.`,
    {
      victims: ["Brookside ENT and Hearing Center"],
      type: "clinic",
      ransom: { status: "refused", amount: 6500, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
  ),
  pg(
    "b109",
    "radiology trade page: company denial of encryption, leak-site claim reported second-hand, background on other practices",
    "SimonMed Imaging confirms apparent ransomware attack",
    `Radiology Business | Practice Management

SimonMed Imaging confirms apparent ransomware attack

SimonMed Imaging, the Scottsdale, Arizona, radiology practice, confirmed on Thursday that it recently suffered an apparent ransomware attack.

The breach happened last week, a company representative said, but SimonMed "interrupted" the hackers and "no data was encrypted." Some systems were taken offline straight away to contain the situation, causing some operational slowdowns, chief marketing officer Jenna Lloyd said in an email; clinical systems were not affected.

SuspectFile.com first reported the breach on Tuesday. Ransomware group Medusa apparently claimed the cyberattack on the dark web and posted 45 proof files, the outlet said. The group said it had over 212 GB of data from SimonMed and was asking for $1 million in Bitcoin by Feb. 21.

Radiology practices have suffered several cyberattacks this past year: Pinehurst Radiology Associates in North Carolina and University Diagnostic Medical Imaging in the Bronx, New York, both reported data breaches earlier this month.

Related content
Imaging group pays $400,000 after LockBit attack`,
    {
      attackers: ["Medusa"],
      victims: ["SimonMed Imaging"],
      type: "imaging",
      ransom: { status: "demanded-amount", amount: 1000000, currency: "USD" },
      volume: 212e9,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b136",
    "class-action investigation page: 'Attorneys are investigating' frame, subsidiaries in a list, data types, contact form",
    "Arisa Health data breach investigation",
    `Data Breach Investigations | Healthcare

Arisa Health data breach investigation

Attorneys are investigating a data theft incident at Arisa Health, an Arkansas provider of mental and behavioral health services, that it says may have compromised the personal and medical information of more than 375,000 people.

What happened

Arisa Health told federal regulators on July 19 that a hacking incident involving a network server had affected 375,436 individuals. According to the provider, a cybersecurity incident on March 18 affected connectivity to its network, and an unauthorized individual accessed or acquired certain files between March 1 and March 18.

Which providers were affected

The breach notice on Arisa Health's website names several subsidiaries:
- Counseling Associates, Inc.
- Ozark Guidance Center, Inc.
- Professional Counseling Associates Inc.
- Northeast Arkansas Community Mental Health Center, which does business as Mid-South Health Systems

What information was involved

Names, addresses, dates of birth, Social Security numbers, medical record numbers, health insurance numbers and medical history and diagnosis.

At least one proposed federal class action has already been filed. Did you get a letter? Fill in the form below.`,
    {
      victims: [
        "Arisa Health",
        "Counseling Associates, Inc.",
        "Ozark Guidance Center, Inc.",
        "Professional Counseling Associates Inc.",
        "Northeast Arkansas Community Mental Health Center",
      ],
      type: "mental-health",
      people: 375436,
      country: "US",
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b212",
    "radio 'what we know' page: question subheads, minister's quote, the leak as pager messages published automatically",
    "Tasmanian ambulance patients' details published online: what we know",
    `Tasmanian ambulance patients' details published online: what we know

ABC Radio Hobart | 8 January 2021

What was published?

Pager messages that Ambulance Tasmania's dispatch team sends to paramedics in the field, going back to November, have been uploaded to a website that is still live and keeps updating. That means the private details of every Tasmanian who has called an ambulance since November last year have been published online.

What was in them?

Patients' personal details and condition, the address of the incident, and in some cases their HIV status, gender and age, raising fears of discrimination.

What has the Government said?

Health Minister Sarah Courtney said she was "very concerned" that the sensitive information of some Tasmanians had been posted to a website, and that she understood access to the site had been blocked.

Listen to Mornings with Leon Compton`,
    {
      victims: ["Ambulance Tasmania"],
      type: "ambulance",
      country: "AU",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  pg(
    "b214",
    "business page: 'Key takeaways' box first with the sum in lakh, then the dollar figure, share-price subhead",
    "Star Health hit with ₹57L ransom demand after major data breach",
    `Key takeaways
- Star Health faces a ₹57L ransom demand after a major data breach
- Shares down 11% since September 20
- Company suing Telegram and the hacker

Star Health hit with ₹57L ransom demand after major data breach

By Dwaipayan Roy | Oct 13, 2024

India's leading health insurance provider, Star Health, has confirmed it received a ransom demand of $68,000 (around ₹57.2 lakh) after a major data breach exposed sensitive customer information. The hacker, known as xenZen, leaked customers' confidential data, tax details and medical claim documents among it, through Telegram chatbots and a website.

Share price

The company, valued at about $4 billion, has seen its shares fall 11% since news of the leak broke on September 20. It is working with Indian cybersecurity authorities to trace the hacker and is suing both Telegram and xenZen.

Star Health also said it found no evidence that its chief security officer was involved in the leak.`,
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
  pg(
    "b222",
    "regional broadcaster page: province tag, photo caption with two officials first, hedged 'possible' attack, cut-off ending",
    "Possible cyberattack hits 'brain' of N.L. health-care system",
    `Nfld. & Labrador

Health Minister John Haggie, left, and Eastern Health CEO David Diamond at a news conference on Monday. (Government of Newfoundland and Labrador)

Possible cyberattack hits 'brain' of N.L. health-care system

Thousands of appointments and procedures across Newfoundland and Labrador, COVID-19 testing among them, have been disrupted by what appears to be a cyberattack.

"We may have been the victims of a possible cyberattack by a third party," Haggie told reporters on Monday. It was first felt on Saturday morning and struck "the brain of the data centre" that runs the province's health-care system, he said.

CBC News has been told by sources that it was ransomware; Haggie said he could not yet confirm that.

Eastern Health, the largest of the province's four health authorities, has been hit hardest: nearly every procedure except emergencies has been cancelled, no patients can be registered, the entire email system is down, and staff are mostly working from paper-based backups.

Emergency services are going ahead,`,
    {
      victims: ["Eastern Health"],
      type: "hospital",
      country: "CA",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "paper-records"],
    },
  ),
  pg(
    "b226",
    "weekly security newsletter: the lead item in full, then 'In other news' headlines about non-health victims",
    "This week: Lapsus$ Group claims 50TB from Brazil's Ministry of Health",
    `The Weekly Breach | Issue 212

This week: Lapsus$ Group claims 50TB from Brazil's Ministry of Health

The homepage of the Ministry of Health website was replaced on Dec. 10 with an image from Lapsus$ Group telling the ministry to contact the hackers if it wanted back the data the group said it had stolen, copied and deleted. The hackers claim to have taken 50TB of data from networks run by Brazil's Ministry of Health, COVID-19 vaccination certificates included, and went after the ConecteSUS app.

Deputy Health Minister Rodrigo Cruz confirmed, Reuters reports, that the ministry could not get at COVID-19 vaccine data and was working to restore its network. Both the Ministry of Health website and the ConecteSUS web app were still unavailable at the time of writing. On Dec. 12 the ministry tweeted that the vaccination records had been recovered "with no loss of information".

In other news
- Games studio confirms source code theft
- Bank of Marlowe fined over phishing losses
- Akira claims attack on a Finnish retailer

Forward this newsletter to a colleague.`,
    {
      attackers: ["Lapsus$"],
      victims: ["Brazil's Ministry of Health"],
      type: "public-health",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 50e12,
      country: "BR",
      attacks: ["data-theft", "extortion"],
      impact: ["systems-offline"],
    },
  ),
  pg(
    "b232",
    "translated Italian page: the ransom request in the lead, 'What was stolen' subhead, a group screenshot quoted",
    "ASL 1 L'Aquila: hackers stole 500 gigabytes and want a ransom",
    `Cronaca | Abruzzo

ASL 1 L'Aquila: hackers stole 500 gigabytes and want a ransom

The health company Asl 1 Avezzano, Sulmona, L'Aquila is racing to ease the serious disruption to its services and care caused by the hacker attack of recent days, and it also has a ransom request to deal with.

General manager Ferdinando Romano has set up an "IT security emergency response" task force, but nobody dares to predict a return to normal; rumour has it the IT infrastructure could stay offline for a month. The postal police are investigating.

What was stolen

Over 500 gigabytes in total: medical data on HIV patients, cancer patients and newborns, information on infant mortality, employees' personal files and administrative information. The hacker group threatens to disclose it if no ransom is paid.

The data was taken on the night of May 3 in a ransomware attack, which locks and encrypts data until a ransom is paid. "If our requests are not accepted, we will be forced to publish the rest of the medical data," reads an English-language screenshot released by the group, which refers to the 'Monti' bulletin board on the dark web.`,
    {
      attackers: ["Monti"],
      victims: ["Asl 1 Avezzano, Sulmona, L'Aquila"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      volume: 500e9,
      country: "IT",
      attacks: ["ransomware", "data-theft", "extortion"],
    },
  ),
  pg(
    "b307",
    "compliance blog page: byline, a deadline missed rather than a refusal, the negotiator quoted, comment box",
    "Montgomery General Hospital data posted after D#nut Leaks deadline passes",
    `Compliance Blog

Montgomery General Hospital data posted after D#nut Leaks deadline passes

By Brian Ward

Patient and employee data stolen from Montgomery General Hospital (MGH) was released on March 31 by the ransomware group D#nut Leaks, after the hospital did not pay it a $750,000 ransom in time. Patient files, medical histories, diagnoses, treatment plans and test results were in the leak, along with Social Security numbers and pay rates of past and present MGH employees.

The theft came to light only when D#nut Leaks contacted DataBreaches and said it had got into MGH's systems through a Microsoft Exchange flaw. Unusually, the group encrypted only some of MGH's files. "Since your business provides critical services," D#nut's negotiator reportedly told MGH, "we decided not to crypt or damage your network. But we still have downloaded sensitive data from there, so we could make a deal."

The hackers asked $750,000 to delete what they had copied; when MGH neither paid nor countered by the deadline, the data went up on D#nut Leaks' website.

Leave a comment`,
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
  pg(
    "b327",
    "local news page: councils as the story's subjects, the supplier as the victim, residents' advice list",
    "Councils warn residents after ransomware attack on medical supplier",
    `Local News | Scotland & England

Councils warn residents after ransomware attack on medical supplier

East Lothian, Waltham Forest, Camden and Buckinghamshire councils have told residents their personal data may have been exposed after a ransomware attack on a supplier of medical equipment.

Nottingham Rehab Supplies (NRS) Healthcare, which supplies equipment to a number of UK councils, was hit in early April 2024; the attack took the company's website offline.

East Lothian Council said on May 14 that specialist teams were still working out how far the attack reached. Waltham Forest Council acknowledged the breach on May 16, and Buckinghamshire Council confirmed that personal data had been breached.

Residents are advised to:
- be wary of unsolicited emails, texts, calls and home visits
- ask official visitors for a branded ID badge
- change key safe numbers regularly`,
    {
      victims: ["Nottingham Rehab Supplies (NRS) Healthcare"],
      type: "pharma-medtech",
      country: "GB",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
  ),
  pgNo(
    "b139",
    "law firm's breach (non-health victim) that reached a health system's patients, a count, 'See Also' promo",
    "Law firm breach reaches Presbyterian Healthcare Services patients",
    `Breach Notification | Cybercrime

Law firm breach reaches Presbyterian Healthcare Services patients

Thompson Coburn, a Missouri-based national law firm that handles data breach cases among others, has itself been breached.

See Also: The Healthcare CISO's Guide to Medical IoT Security

The firm says an unspecified number of patients of one of its healthcare clients, Presbyterian Healthcare Services in New Mexico, were caught up in the hacking incident, which it first detected on May 29 when it noticed suspicious activity in its network. It reported 305,088 affected individuals to regulators on Nov. 4; whether all of them are PHS patients is not known.`,
  ),
  pgNo(
    "b126",
    "hospital system network failure with no sign of a hack, manual mode, care not affected",
    "Allina Health network goes down overnight; no sign of hack",
    `Minnesota | Health

Allina Health network goes down overnight; no sign of hack

Allina Health's computer network failed on Wednesday night across its 65 clinics and 22 hospitals, but officials said medical care was not affected and nothing suggests a malicious hack or outside tampering.

Backup "downtime" computers let caregivers see patient records, and medication dispensing machines were switched to manual mode. The network came back around 2 a.m.; the cause is still being looked for.`,
  ),
  pgNo(
    "b303",
    "government analyst note on quarterly ransomware trends in the health sector, counts and shares, no victim",
    "HC3 analyst note: health sector ransomware trends, third quarter 2021",
    `HC3 TLP White Analyst Note | October 13, 2021

Health sector ransomware trends, third quarter 2021

Executive summary: ransomware remains a major threat to the health sector worldwide. Health and medical clinics were the sub-industry hit most often, followed by healthcare industry services and hospitals.

HC3 counted 68 ransomware incidents affecting healthcare organizations worldwide in Q3 (July 1 to September 30), about 63% of them in the U.S. health sector, and identified ten major ransomware groups behind them. The findings rest on a sample drawn from media reports, leak sites and federal partners and may not cover every incident.`,
  ),
  pgNo(
    "neg-epr-go-live",
    "hospital's planned switch to a new record system: systems down, paper records, appointments cut; 'not a cyber attack'",
    "Ashgrove hospitals go back to paper for weekend record system switch",
    `Health | Ashgrove

Ashgrove hospitals go back to paper for weekend record system switch

Ashgrove Valley Health will switch off its electronic patient record at 11pm on Friday and staff will use paper records until the new system goes live on Sunday morning, the trust said.

Outpatient appointments on Friday afternoon have been cut by a third and some routine operations moved to the following week. Patients are asked not to call the switchboard unless it is urgent.

The trust stressed the downtime is planned and is not the result of a cyber attack. Chief information officer Leena Marsh said: "Unlike the hospitals that lost their systems to ransomware last year, we choose when we go offline."

Related
Patients praise new maternity unit
Parking charges to rise in April`,
  ),
  pgNo(
    "neg-courier-knock-on",
    "ransomware at a logistics firm (non-health victim) delays vaccine deliveries to GP surgeries and pharmacies",
    "Courier ransomware attack delays flu vaccine deliveries to GPs",
    `Business | Logistics

Courier ransomware attack delays flu vaccine deliveries to GPs

Brackley Freight, a parcel and cold-chain courier, says a ransomware attack has encrypted its routing systems, and some deliveries are running two days late.

GP surgeries and pharmacies in the Midlands say flu vaccine orders carried by the firm have not arrived, and some vaccination clinics have been postponed. The Akira gang has claimed the attack on its leak site and says it took 80GB of data.

Brackley Freight, which also delivers for supermarkets and online retailers, said it would not pay a ransom.`,
  ),
  pgNo(
    "neg-joint-advisory",
    "joint government advisory on a group: indicators, 'has targeted healthcare', average demand, mitigation list",
    "#StopRansomware: agencies warn of Vellum ransomware targeting hospitals",
    `Cybersecurity Advisory | Alert Code AA26-041A

#StopRansomware: Vellum ransomware

Summary
The FBI and CISA are releasing this joint advisory to share known indicators of compromise and tactics of the Vellum ransomware variant. Since March 2025 Vellum actors have targeted the healthcare and public health sector, among others, encrypting systems and stealing data for double extortion. Demands have ranged from $200,000 to $3 million.

Mitigations
- Patch internet-facing systems, especially VPN appliances
- Require phishing-resistant multifactor authentication
- Keep offline, encrypted backups

Indicators of compromise are listed in the STIX file below. Report incidents to your local FBI field office.`,
  ),
  pgNo(
    "neg-phishing-drill",
    "hospital's own phishing simulation: staff clicked test emails, no real attack; training rolled out",
    "One in five hospital staff clicked fake phishing email in trust's test",
    `News | Our Trust

One in five hospital staff clicked fake phishing email in trust's test

Nearly one in five staff at Kelmarsh Hospitals NHS Trust clicked a link in a fake phishing email sent as part of a security exercise last month, the trust's board heard on Tuesday.

The email, which pretended to offer a pay rise, was sent by the trust's own IT team to 6,000 staff. No real attack took place and no patient data was at risk. Staff who clicked will be asked to complete an online training module.

Board papers also note that the trust's cyber security budget will rise by 8% next year.`,
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes, before a run)
const ROUND_2: BankCase[] = [
  pg(
    "a020",
    "long-term-care trade page: sector tag, the supplier's letter to clients, CEO quoted to a blog, 'Read More' promo",
    "Nursing homes cut off from patient data after ransomware hits IT provider",
    `Long-Term Care | Technology

Nursing homes cut off from patient data after ransomware hits IT provider

More than 100 nursing homes around the country have been hit hard by a ransomware attack on the technology services provider they rely on, the company said on Nov. 18, and some could be forced to close unless they get their patient data back.

The hackers asked Virtual Care Provider, which discovered the attack on Nov. 17, for $14 million. In a letter to clients the Milwaukee-based company, which supplies internet security and data storage to nursing homes and acute-care providers, said the virus had hit about 20 percent of its services and 100 of its servers had to be rebuilt. It could neither afford the ransom nor recover its data.

Some homes could not get into patient records, use their internet services, pay staff or order medications, the Milwaukee Journal Sentinel reported. Karen Christianson, Virtual Care's CEO and owner, told KrebsOnSecurity that some facilities risk closure.

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
  pg(
    "a046",
    "security magazine page: categories first, photo caption, the refusal told by a post on X, a subscribe box in the middle",
    "Cannes hospital refuses LockBit's demands",
    `Critical Infrastructure Security | Ransomware

Cannes hospital refuses LockBit's demands

Sign for an emergency room

Hôpital de Cannes - Simone Veil (CHC-SV), a major French health provider, has rejected the demands of the LockBit ransomware operation, Cybernews reports. Last month's attack disrupted nearly 30% of non-urgent surgeries and forced staff back to paper and pen for patient charts.

Sign up for daily email updates

Public health establishments never pay a ransom in attacks of this kind, CHC-SV said in a translated post on X. Its statement came after LockBit, which claims to have exfiltrated nearly 62GB of data from the hospital's networks, released a link to the stolen information. The hospital has not said whether the data is genuine.`,
    {
      attackers: ["LockBit"],
      victims: ["Hôpital de Cannes - Simone Veil (CHC-SV)"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      volume: 62e9,
      country: "FR",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["operations-cancelled", "paper-records", "data-leaked"],
    },
  ),
  pg(
    "b129",
    "senior-care trade page: a lawsuit as the source, the figures in the lead, court language quoted, cut-off ending",
    "Lawsuit says NoEscape took 364 gigabytes from Carespring",
    `Operations | Senior Living

Lawsuit says NoEscape took 364 gigabytes from Carespring

Private health information on as many as 67,000 individuals was stolen in a data breach at Carespring Health Care Management, as cybersecurity risks at nursing homes mount.

The ransomware group NoEscape attacked Carespring last October and made off with 364 gigabytes of data, according to a complaint filed last week in the U.S. District Court for the Southern District of Ohio. The proposed class action seeks damages and says Carespring waited until August 15, 2024 to send notices, though it knew of the cyberattack by October 28, 2023.

The lead plaintiff, whose spouse lives at Carespring, faces a continuing risk of identity theft, the filing`,
    {
      attackers: ["NoEscape"],
      victims: ["Carespring Health Care Management"],
      type: "care-home",
      people: 67000,
      volume: 364e9,
      country: "US",
      attacks: ["data-theft"],
    },
  ),
  pg(
    "b133",
    "security blog page: the earlier closure as background first, the practice's own notice quoted with its dateline",
    "Second practice in six months to close after ransomware",
    `Second practice in six months to close after ransomware

Wood Ranch Medical in California says it will close its office in December because a ransomware attack left it without any patient records or backups. It is the second medical practice in six months to do so; the earlier case was Brookside ENT and Hearing Center in Michigan, whose doctors would not pay the $6,500 ransom and retired.

The practice's notice does not say how much was demanded or why it decided not to pay, though it suggests a demand was received. It reads in part:

"SIMI VALLEY, CA – September 18, 2019 – Wood Ranch Medical ("WRM") suffered a ransomware attack that left its patients' personal healthcare information encrypted. Because we could not restore patients' healthcare records, we will be closing our practice on December 17, 2019. Nothing indicates that any information was accessed."`,
    {
      victims: ["Wood Ranch Medical"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      country: "US",
      attacks: ["ransomware"],
    },
  ),
  pg(
    "b141",
    "medical-technology trade page: the customer statement paraphrased, a ransomware explainer sentence, patient advice",
    "Akumin puts off most operations after ransomware attack",
    `Akumin puts off most operations after ransomware attack

Akumin, a provider of radiology and oncology services, has told customers that a recent ransomware attack is stopping it from scheduling new patients or getting at patient data.

The company said it had temporarily put off most of its clinical and diagnostic operations until its systems could be safely restored, so it could not see patients at some of its fixed-site locations. It gave no estimated timeline for restoring services.

Ransomware is a type of cyberattack that goes after sensitive information such as patient data and uses it to extort money, often by threatening to make the data public. Healthcare providers must keep health information secure because HIPAA law protects it.

Akumin has since restored some operations, all oncology services among them. Imaging results from earlier years may still be unavailable; patients should check with the location they visited.`,
    {
      victims: ["Akumin"],
      type: "imaging",
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline", "services-closed"],
    },
  ),
  pg(
    "b220",
    "education-site page reposting security news: the website notice translated, an analyst's quote naming another victim",
    "REvil hits Grupo Fleury, demands $5 million",
    `REvil hits Grupo Fleury, demands $5 million

Grupo Fleury, a medical diagnostics company based in São Paulo, shut down its systems after a ransomware attack that disrupted its business operations. Since the 22nd of June its website has shown a notice warning that its systems are under attack and cannot be reached.

"Our systems are currently unavailable and we are prioritizing the restoration of services," the notice read in English translation.

The Brazilian healthcare giant offers medical laboratory services across the country through more than 200 service centers. Patients cannot book lab or other medical examinations online. Several cybersecurity sources have confirmed that the ransomware operation known as REvil, also called Sodinokibi, was behind the attack, and REvil is demanding $5 million for the decryptor key and a guarantee that no vital information will be leaked online.

"REvil is launching a lot of attacks right now, having hit a maritime organization in Brazil earlier this month," said Andy Norton of Armis.`,
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
  pg(
    "b221",
    "security blog page: skip links first, a researcher's count, 'human error' statement, an exposed backup (no theft)",
    "Red Cross Blood Service data on 550,000 donors exposed",
    `Skip to content | Skip to navigation

Red Cross Blood Service data on 550,000 donors exposed

Personal data on more than half a million blood donors around Australia has leaked online, the Australian Red Cross Blood Service confirmed on Friday.

A Red Cross partner had put a 1.74 GB database backup on a public-facing website, according to security researcher Troy Hunt. The file held more than 1.2 million records for 550,000 blood donor applicants, with names, addresses, dates of birth and blood types.

The organisation blamed human error. "All known copies have been deleted, and we have removed the vulnerability from the third party service that develops and maintains the Blood Service's website," its statement said.`,
    {
      victims: ["Australian Red Cross Blood Service"],
      type: "other-healthcare",
      people: 550000,
      volume: 1.74e9,
      country: "AU",
      attacks: ["misconfiguration"],
    },
  ),
  pgNo(
    "neg-water-utility",
    "ransomware at a water utility (non-health victim) makes a hospital boil its water and move dialysis patients",
    "Water company ransomware attack forces hospital to boil water",
    `Local | Utilities

Water company ransomware attack forces hospital to boil water

Thornbury Water says a ransomware attack encrypted the systems that control dosing at its treatment works, and a boil notice covers 40,000 homes.

Thornbury Community Hospital said it had moved its dialysis patients to another unit while the notice stands. The water company said it had not paid a ransom and no customer data was taken.`,
  ),
  pgNo(
    "neg-strike-appointments",
    "nurses' strike cancels appointments and operations; the IT system is mentioned only as the booking tool",
    "Strike cancels 2,000 appointments at Calder hospitals",
    `Health | Calder

Strike cancels 2,000 appointments at Calder hospitals

Around 2,000 outpatient appointments and 140 planned operations at Calder Valley Hospitals were cancelled during this week's two-day nurses' strike, the trust said.

Patients whose appointments were cancelled will be rebooked through the trust's online system, which the trust said was working normally. Emergency care was not affected.`,
  ),
  pgNo(
    "neg-vendor-report",
    "vendor report press release: share of hospitals hit, an average ransom, a CISO quoted, a 'Related' list",
    "Report: 58% of hospitals hit by ransomware paid the ransom in 2025",
    `Press Release | Research

Report: 58% of hospitals hit by ransomware paid the ransom in 2025

Fifty-eight percent of hospitals hit by ransomware in 2025 paid the ransom, up from 49% a year earlier, according to the annual Healthcare Threat Report from Kelda Security. The average payment was $1.3 million, and the average recovery took 19 days.

"Attackers know hospitals cannot wait," said Kelda's chief information security officer, Mara Quint.

Related
Akira claims attack on Whitcombe Clinic
Ambulance service diverts calls after cyber attack`,
  ),
];

export const RW3_PAGES_BANK: BankCase[] = [...ROUND_1, ...ROUND_2];
