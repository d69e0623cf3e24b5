// A bank of invented articles in the shapes unseen sets bring: (a) the same incident as a clean excerpt and as a web
// page with its boilerplate (navigation, bylines, "Related stories" naming OTHER incidents, captions, tags, comments,
// newsletter and cookie banners, sponsor blocks), tracker posts and notification letters; (b) the same facts reworded
// (passive, reported speech, figures in words, headline-only facts, facts in a quote, negation, hedging, background of
// earlier incidents). Every organisation, place pairing and figure is made up. Labels follow ../shared/eval/README.md.
import type { AttackType, ImpactType, RansomStatus, VictimType } from "../../src/model/entities";

export interface Want {
  relevant: boolean;
  /** Canonical group names (or the text's spelling); compared as the scorer does. */
  attackers?: string[];
  victims?: string[];
  type?: VictimType | null;
  ransom?: { status: RansomStatus; amount?: number | null; currency?: string | null };
  people?: number | null;
  /** Stolen or leaked bytes; omitted: not checked. */
  volume?: number | null;
  country?: string | null;
  /** Omitted: not checked (where the guide leaves the label open, e.g. a bare leak-site claim). */
  attacks?: AttackType[];
  impact?: ImpactType[];
}

export interface BankCase {
  id: string;
  /** The class of wording or page shape it probes. */
  shape: string;
  title: string;
  text: string;
  want: Want;
}

/** A builder of cases labelled not relevant (only relevance is scored there), their ids opening on `idPrefix`. */
export const notRelevantCases =
  (idPrefix: string) =>
  (id: string, shape: string, title: string, text: string): BankCase => ({
    id: `${idPrefix}${id}`,
    shape,
    title,
    text,
    want: { relevant: false },
  });

/**
 * A builder of relevant whole-page cases, their ids opening on `idPrefix`: no attacker, ransom, figures or impact unless
 * the labels given say so.
 */
export const relevantPageCases =
  (idPrefix: string) =>
  (id: string, shape: string, title: string, text: string, want: Omit<Want, "relevant">): BankCase => ({
    id: `${idPrefix}${id}`,
    shape,
    title,
    text,
    want: {
      relevant: true,
      attackers: [],
      ransom: { status: "not-mentioned", amount: null, currency: null },
      people: null,
      volume: null,
      impact: [],
      ...want,
    },
  });

/**
 * A builder of relevant cases checked on attack types, impact and attackers (other fields unchecked), their ids opening
 * on `idPrefix`.
 */
export const attackCases =
  (idPrefix: string) =>
  (
    id: string,
    shape: string,
    title: string,
    text: string,
    attacks: AttackType[],
    impact: ImpactType[],
    attackers: string[] = [],
  ): BankCase => ({
    id: `${idPrefix}${id}`,
    shape,
    title,
    text,
    want: { relevant: true, attackers, attacks, impact },
  });

const NO_MONEY = { status: "not-mentioned" as const, amount: null, currency: null };

/**
 * A builder of relevant cases checked on money, counts, places and attackers, their ids opening on `idPrefix`: no
 * attacker, ransom, head-count or volume unless given; the country always given.
 */
export const moneyCases =
  (idPrefix: string) =>
  (
    id: string,
    shape: string,
    title: string,
    text: string,
    want: Omit<Want, "relevant" | "country"> & { country: string | null },
  ): BankCase => ({
    id: `${idPrefix}${id}`,
    shape,
    title,
    text,
    want: { relevant: true, attackers: [], ransom: NO_MONEY, people: null, volume: null, ...want },
  });

/** A page built around an excerpt: its output must equal the excerpt's on every field. */
export interface PagePair {
  id: string;
  shape: string;
  excerpt: BankCase;
  page: { title: string; text: string };
}

const none = { status: "not-mentioned" as const, amount: null, currency: null };

// ---------------------------------------------------------------- page boilerplate, each naming other incidents
type Wrap = (title: string, body: string) => string;

const newsSite: Wrap = (title, body) =>
  [
    "Skip to content",
    "Home | News | Cybersecurity | Healthcare IT | Events | Subscribe",
    title,
    "By Dana Whitcombe | Updated March 12, 2026, 4:05 pm ET",
    "Share on X  Share on LinkedIn  Email",
    body,
    "Image: A nurse walks past a workstation in a hospital corridor. (Getty Images)",
    "Tags: ransomware, hospitals, data breach, cybersecurity",
    "Related stories",
    "LockBit affiliate claims attack on Saint Aubrey Hospital in Quebec",
    "BlackSuit demands $4 million from Orchard Valley Health System",
    "Kettering clinic pays ransom after Medusa attack, 40,000 patients notified",
    "Dana Whitcombe is a senior reporter covering health IT security. She previously covered the Medusa attack on Larkspur Children's Hospital.",
    "Get the Healthcare Security newsletter: Sign up",
    "We use cookies to improve your experience. By continuing you agree to our cookie policy. Accept",
  ].join("\n");

const blogWithComments: Wrap = (title, body) =>
  [
    "Menu",
    "Threat Intel   Breaches   Vulnerabilities   Podcasts",
    title,
    "Posted in Data Breaches on 2026-02-03 by admin",
    body,
    "Read more:",
    "- Akira gang leaks 300GB from Fenwick Orthopaedic Clinic",
    "- Hospital in Leipzig diverts ambulances after cyberattack",
    "- Play ransomware hits Marlow Dental Group, patient records dumped",
    "Sponsored",
    "Is your hospital ready for ransomware? Download our free playbook and learn how to stop attackers before they encrypt your systems.",
    "4 comments",
    "Rick M. says: Hospitals should never pay the ransom. Ever.",
    "Jen_Admin says: Our clinic went back to paper for a week after our own attack last year, and every surgery was postponed.",
    "Leave a Reply",
    "About the author: Priya Nandakumar writes about threat actors and ransomware for ThreatWire. Contact her on Signal.",
  ].join("\n");

const localPaper: Wrap = (title, body) =>
  [
    "The Courier - Local news, sport and weather",
    "Subscribe | Log in",
    "NEWS > HEALTH",
    title,
    "Last updated 09:41, 14 January 2026",
    body,
    "The hospital's main entrance on Monday. Picture: staff photographer",
    "MORE FROM HEALTH",
    "GP surgeries in Cardiff to close for strike day",
    "New cancer wing opens at Pembroke General Hospital",
    "Most read",
    "1. Council tax to rise by 5%",
    "2. Police appeal after crash on the A40",
    "Copyright 2026 Courier Media Group. All rights reserved.",
  ].join("\n");

const tradePress: Wrap = (title, body) =>
  [
    "Health IT Today",
    title,
    "Written by Marcus Vell, Editor",
    "First published 12:30 | Last updated 14:45",
    body,
    "You may also like",
    "Why hospitals struggle to patch medical devices",
    "Survey: 67% of health systems were hit by ransomware in 2025",
    "INC Ransom posts data stolen from Brightwater Hospice in Ohio",
    "About Marcus Vell",
    "Marcus has covered healthcare technology for 15 years, including the 2021 attack on Ireland's Health Service Executive.",
    "Newsletter",
    "Get the latest health IT security news delivered to your inbox every Tuesday. Subscribe now.",
    "This article is sponsored by Veridon Security, the leading provider of ransomware protection for hospitals and clinics.",
  ].join("\n");

const trackerSite: Wrap = (title, body) =>
  [
    "ransomwatch | Groups | Recent victims | Stats | RSS",
    title,
    body,
    "Other recent victims",
    "Lindgren Logistics (SE) - akira - 2026-01-13",
    "Hospital San Rafael (ES) - lockbit3 - 2026-01-13",
    "Peak Dental Partners (AU) - qilin - 2026-01-12",
    "Data shown for research purposes. We do not host stolen data.",
  ].join("\n");

const pressWire: Wrap = (title, body) =>
  [
    "NEWSWIRE | Press releases | For journalists",
    title,
    body,
    "Contact: Media Relations, media@example.test",
    "Also from this source",
    "Clinic opens new office in Mesa with extended evening hours",
    "View original content to download multimedia",
    "SOURCE: Newswire",
  ].join("\n");

function pair(id: string, shape: string, wrap: Wrap, excerpt: Omit<BankCase, "id" | "shape">): PagePair {
  const ex: BankCase = { id: `${id}-excerpt`, shape, ...excerpt };
  return { id, shape, excerpt: ex, page: { title: excerpt.title, text: wrap(excerpt.title, excerpt.text) } };
}

// ---------------------------------------------------------------- family (a): excerpt and page
export const PAGE_PAIRS: PagePair[] = [
  pair("p-harrowby", "news page", newsSite, {
    title: "Ohio hospital diverts ambulances after ransomware attack",
    text:
      "Harrowby Regional Medical Center in Lima, Ohio, has diverted ambulances to nearby hospitals after a ransomware attack took its computer systems offline on Tuesday. " +
      "The Rhysida gang claimed responsibility on its leak site and is asking 20 bitcoin for the data it says it stole. " +
      "Hospital spokesperson Megan Ortiz said staff were using paper charts while the network is restored.",
    want: {
      relevant: true,
      attackers: ["Rhysida"],
      victims: ["Harrowby Regional Medical Center"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 20, currency: "BTC" },
      people: null,
      country: "US",
      attacks: ["ransomware", "data-theft", "extortion"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
  }),
  pair("p-calvera", "brand by apposition, page", blogWithComments, {
    title: "Canadian pharmacy chain closes stores after cyberattack",
    text:
      "Calvera, a British Columbia pharmacy chain with 40 stores, closed all of its locations on Friday after a cyberattack disrupted its prescription systems. " +
      "The company said it had not received any ransom demand and that there was no evidence customer data was taken. " +
      "Stores reopened on Sunday.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Calvera"],
      type: "pharmacy",
      ransom: none,
      people: null,
      country: "CA",
      attacks: ["unknown"],
      impact: ["systems-offline", "services-closed"],
    },
  }),
  pair("p-pinecrest", "notification letter on a press wire", pressWire, {
    title: "Pinecrest Family Dental Provides Notice of Data Security Incident",
    text:
      "PHOENIX, Ariz., July 10, 2025 -- Pinecrest Family Dental is providing notice of an incident that may affect the privacy of some patient information. " +
      "On June 3, 2025, Pinecrest discovered suspicious activity in its network. " +
      "The investigation found that an unauthorized party copied certain files from its systems between May 28 and June 3, 2025. " +
      "The information involved includes names, dates of birth and Social Security numbers. " +
      "Pinecrest is notifying 14,212 individuals and has also informed the U.S. Department of Health and Human Services.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Pinecrest Family Dental"],
      type: "dental",
      ransom: none,
      people: 14212,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  }),
  pair("p-saltmarsh", "tracker post", trackerSite, {
    title: "Medusa: Saltmarsh Community Health Center",
    text:
      "Ransomware group Medusa has published a new victim: Saltmarsh Community Health Center (US). " +
      "Discovered: 2026-01-14. " +
      "Description: Saltmarsh Community Health Center provides primary and dental care to 22,000 patients in coastal Georgia. " +
      "The group says it holds 180 GB of data and demands $400,000 to delete it.",
    want: {
      relevant: true,
      attackers: ["Medusa"],
      victims: ["Saltmarsh Community Health Center"],
      type: "primary-care",
      ransom: { status: "demanded-amount", amount: 400000, currency: "USD" },
      people: null,
      country: "US",
      impact: [],
    },
  }),
  pair("p-haldenburg", "non-English name form, regional page", localPaper, {
    title: "German university hospital sends ambulances elsewhere after cyber attack",
    text:
      "The Uniklinikum Haldenburg in Lower Saxony, Germany, has stopped taking emergency patients by ambulance after a cyber attack on Sunday night; ambulances are being sent to other hospitals in the region. " +
      "Planned operations were postponed and staff are documenting care on paper. " +
      "The hospital's IT systems were shut down as a precaution, a spokeswoman said. " +
      "It is not yet known who is behind the attack.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Uniklinikum Haldenburg"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "DE",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
  }),
  pair("p-medvantis", "brand by apposition, trade press", tradePress, {
    title: "E-prescription provider confirms breach of 1.2m patient records",
    text:
      "Medvantis, an e-prescription software provider used by 3,000 clinics across the Netherlands, says hackers stole data on more than 1.2m patients. " +
      "The firm said its systems were not encrypted and that prescribing continued normally. " +
      "Medvantis has reported the breach to the Dutch data protection authority.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Medvantis"],
      type: "health-it-vendor",
      ransom: none,
      people: 1200000,
      country: "NL",
      attacks: ["data-theft"],
      impact: [],
    },
  }),
  pair("p-greyhaven", "EMS agency, news page", newsSite, {
    title: "Tennessee ambulance service hit by ransomware, dispatch goes manual",
    text:
      "Greyhaven County Emergency Medical Services, which runs ambulances across three counties in eastern Tennessee, said a ransomware attack knocked out its computer-aided dispatch system on Saturday. " +
      "Dispatchers tracked calls by hand and radio, and EMS crews kept answering 911 calls. " +
      "The agency said it would not pay the ransom.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Greyhaven County Emergency Medical Services"],
      type: "ambulance",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
  }),
  pair("p-thornbury", "trust name with 'and', regional page", localPaper, {
    title: "Hospital trust cancels appointments after cyber attack",
    text:
      "Thornbury and Wexcombe NHS Foundation Trust in Gloucestershire has declared a critical incident after a cyber attack took its electronic patient record offline. " +
      "Hundreds of outpatient appointments were cancelled this week and some planned operations were postponed, the trust said. " +
      "The Akira group has since claimed the attack, saying it stole 90GB of files.",
    want: {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Thornbury and Wexcombe NHS Foundation Trust"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["data-theft"],
      impact: ["operations-cancelled", "appointments-cancelled", "systems-offline"],
    },
  }),
  pair("p-larchmont", "notification letter, blog page", blogWithComments, {
    title: "Larchmont Behavioral Health notifies patients of email incident",
    text:
      "Larchmont Behavioral Health, a psychiatric and counseling provider based in Springfield, Illinois, is notifying 3,405 patients that an employee's email account was accessed after the employee responded to a phishing email. " +
      "The unauthorized person may have viewed emails containing patient names and treatment information. " +
      "Larchmont said it has reset passwords and added multi-factor authentication.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Larchmont Behavioral Health"],
      type: "mental-health",
      ransom: none,
      people: 3405,
      country: "US",
      attacks: ["phishing"],
      impact: [],
    },
  }),
  pair("p-bellridge", "refused sum kept, trade press", tradePress, {
    title: "Queensland radiology provider's patient scans leaked after it refused ransom",
    text:
      "Hackers have leaked 40GB of patient scans and referrals from Bellridge Imaging, a Queensland radiology provider, on a dark web forum after the company refused to pay a ransom of A$3 million. " +
      "Bellridge said it would not negotiate with criminals.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Bellridge Imaging"],
      type: "imaging",
      ransom: { status: "refused", amount: 3000000, currency: "AUD" },
      people: null,
      country: "AU",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  }),
  pair("p-vaulmont", "French name form, news page", newsSite, {
    title: "French hospital refuses $2m LockBit ransom",
    text:
      "The Centre Hospitalier de Vaulmont, in south-east France, is redirecting emergency patients to neighbouring hospitals after a ransomware attack encrypted its servers. " +
      "LockBit 3.0 has claimed the attack and demanded $2m, but the hospital said it would not pay.",
    want: {
      relevant: true,
      attackers: ["LockBit"],
      victims: ["Centre Hospitalier de Vaulmont"],
      type: "hospital",
      ransom: { status: "refused", amount: 2000000, currency: "USD" },
      people: null,
      country: "FR",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion"],
    },
  }),
  pair("p-harbourline", "insurer, blog page", blogWithComments, {
    title: "Oregon health plan says 212,340 members affected by file transfer breach",
    text:
      "Harbourline Health Plan, a Medicaid managed care plan in Oregon, says 212,340 members had personal information stolen in a breach of a file transfer server. " +
      "The Clop gang, which exploited the same flaw to hit hundreds of organisations, listed Harbourline on its leak site last week.",
    want: {
      relevant: true,
      attackers: ["Clop"],
      victims: ["Harbourline Health Plan"],
      type: "insurer",
      ransom: none,
      people: 212340,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  }),
  pair("p-oakhurst", "care home operator, regional page", localPaper, {
    title: "Care home operator's staff revert to paper after ransomware attack",
    text:
      "Oakhurst Senior Living, which runs 12 long-term care homes in Ontario, said ransomware encrypted its servers on Monday. " +
      "Nurses reverted to paper medication charts, the company said.",
    want: {
      relevant: true,
      attackers: [],
      victims: ["Oakhurst Senior Living"],
      type: "care-home",
      ransom: none,
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: ["paper-records"],
    },
  }),
  pair("p-ferncastle", "pathology supplier, trade press", tradePress, {
    title: "Welsh pathology supplier hit by cyber attack",
    text:
      "Ferncastle Diagnostics, which provides pathology services to hospitals in Wales, said its laboratory systems are offline after a cyber attack on Tuesday. " +
      "Qilin posted the company's name on its leak site on Wednesday. " +
      "Ferncastle has not commented on any ransom demand.",
    want: {
      relevant: true,
      attackers: ["Qilin"],
      victims: ["Ferncastle Diagnostics"],
      type: "laboratory",
      ransom: none,
      people: null,
      country: "GB",
      // Named on the gang's leak site: the dev labels read that as data taken (a013, where nothing else says so).
      attacks: ["data-theft"],
      impact: ["systems-offline"],
    },
  }),
];

// Pages of a second shape, written after the first batch's furniture rules: paragraphs split by blank lines, promos
// between paragraphs, related articles with teaser sentences, editor's notes, publisher blurbs, alert-style posts.
type Wrap2 = (title: string, paragraphs: string[]) => string;

const recordStyle: Wrap2 = (title, paragraphs) =>
  [
    "Home » Cybercrime » Ransomware",
    title,
    "by Ellis Rourke\nFebruary 18th, 2026\nListen to this article (4 min)",
    "Facebook  Twitter  LinkedIn  Email",
    paragraphs[0]!,
    "READ MORE: Interlock gang leaks data of 300,000 patients from Kettering Vale Health",
    ...paragraphs.slice(1),
    "Advertisement",
    "Editor's note: This story was updated on February 19 with comment from the state health department.",
    "Ellis Rourke is a breaking news reporter covering cybercrime. Before that, Ellis covered the Change Healthcare attack for a trade newsletter.",
    "Related Articles",
    "Qilin hits Glenbrook Medical Center, demands $1.2 million. The gang says it stole 200GB and the hospital has cancelled surgeries.",
    "Hospital in Manitoba pays ransom after LockBit attack. Officials confirmed the payment on Monday.",
    "Get more insights with our threat intelligence platform. Book a demo.",
  ].join("\n\n");

const liveBlog: Wrap2 = (title, paragraphs) =>
  [
    title,
    "Last updated: 2 hours ago",
    ...paragraphs,
    "See also: BlackSuit claims Westmoor Dental, posts patient X-rays online",
    "Correction: An earlier version of this article misstated the number of clinics the company runs.",
    "Topics",
    "Ransomware\nHealthcare\nData breach",
    "Most Popular",
    "Medusa demands $4 million from Ashcombe NHS Trust\nAkira behind attack on Penrose Eye Clinic, sources say",
  ].join("\n\n");

const alertPost: Wrap2 = (title, paragraphs) =>
  [
    title,
    ...paragraphs,
    "Follow us for more ransomware alerts. Previous alerts: Play claims Oakvale Pharmacy (UK); Rhysida claims Pinewood Hospital (US)",
    "#ransomware #healthcare #cti #threatintel",
  ].join("\n\n");

const letterPage: Wrap2 = (title, paragraphs) =>
  [
    "Patients | Visitors | Careers | Donate | Contact us",
    title,
    ...paragraphs,
    "Frequently asked questions",
    "Was my information involved? Only patients who received a letter were affected.",
    "Stay connected: Facebook | Instagram | YouTube",
    "Privacy notice | Accessibility | Non-discrimination statement",
  ].join("\n\n");

function pair2(id: string, shape: string, wrap: Wrap2, title: string, paragraphs: string[], want: Want): PagePair {
  const excerpt: BankCase = { id: `${id}-excerpt`, shape, title, text: paragraphs.join("\n\n"), want };
  return { id, shape, excerpt, page: { title, text: wrap(title, paragraphs) } };
}

export const PAGE_PAIRS_2: PagePair[] = [
  pair2(
    "q-oldbridge",
    "news page with promos between paragraphs",
    recordStyle,
    "Hackers hit Oldbridge Community Hospital in Vermont",
    [
      "Oldbridge Community Hospital in Vermont said a cyberattack on Saturday forced it to take its electronic health record offline and divert ambulances to other hospitals.",
      "A spokesperson said the hospital had not been contacted by the attackers and that no group had claimed responsibility.",
      "The hospital said emergency care continued and asked patients to keep their appointments.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Oldbridge Community Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["unknown"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  pair2(
    "q-marisol",
    "news page, teaser sentences in related articles",
    recordStyle,
    "Marisol Health Partners says 87,000 patients affected by data theft",
    [
      "Marisol Health Partners, which runs 14 primary care practices in New Mexico, says the personal and medical information of 87,416 patients was stolen in an intrusion discovered in November.",
      "The BianLian group listed the practice group on its leak site in December, saying it had taken 1.1TB of files.",
      "Marisol said it did not pay a ransom.",
    ],
    {
      relevant: true,
      attackers: ["BianLian"],
      victims: ["Marisol Health Partners"],
      type: "primary-care",
      ransom: { status: "refused", amount: null, currency: null },
      people: 87416,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  pair2(
    "q-tennant",
    "live page with topics and most popular",
    liveBlog,
    "Tennant Eye Group closes clinics after ransomware attack",
    [
      "Tennant Eye Group, which operates 22 eye clinics across Ontario, closed all of its clinics on Thursday after a ransomware attack encrypted its servers.",
      "Patients with urgent eye problems were told to go to hospital emergency departments.",
      "The company said the attackers demanded a ransom and that it is working with police.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Tennant Eye Group"],
      type: "clinic",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: ["services-closed"],
    },
  ),
  pair2(
    "q-alert-qilin",
    "alert-style tracker post",
    alertPost,
    "Ransomware alert: Qilin claims Dunvegan Surgical Centre",
    [
      "Group: Qilin\nVictim: Dunvegan Surgical Centre\nCountry: United Kingdom\nSector: Healthcare",
      "The group claims to have exfiltrated 340GB of patient records and surgical schedules and has set a 10-day deadline before it publishes them.",
    ],
    {
      relevant: true,
      attackers: ["Qilin"],
      victims: ["Dunvegan Surgical Centre"],
      type: "clinic",
      people: null,
      country: "GB",
      impact: [],
    },
  ),
  pair2(
    "q-letter-rowan",
    "notification letter with its headings on the victim's site",
    letterPage,
    "Notice of Data Security Incident",
    [
      "Rowan Valley Home Health, a home health agency serving patients in western Pennsylvania, is writing to tell patients about an incident that involved some of their information.",
      "What Happened? On August 14, 2025, Rowan Valley learned that an unauthorized actor had gained access to its network and taken copies of some files.",
      "What Information Was Involved? Names, addresses, dates of birth, Medicare numbers and diagnosis information.",
      "What We Are Doing. We reported the incident to the FBI and are notifying 6,120 patients by mail.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Rowan Valley Home Health"],
      type: "care-home",
      ransom: none,
      people: 6120,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
];

// ---------------------------------------------------------------- family (b): reworded facts and known misses
const reword = (id: string, shape: string, title: string, text: string, want: Want): BankCase => ({
  id,
  shape,
  title,
  text,
  want,
});

const dunmore: Want = {
  relevant: true,
  attackers: ["Akira"],
  victims: ["Dunmore Clinic"],
  type: "clinic",
  ransom: none,
  country: "IE",
  attacks: ["ransomware"],
  impact: [],
};

export const REWORDED: BankCase[] = [
  reword(
    "r-dunmore-passive",
    "passive voice",
    "Cork clinic confirms cyber attack",
    "Computer systems at Dunmore Clinic in Cork were encrypted by the Akira group on Monday, the clinic has confirmed.",
    dunmore,
  ),
  reword(
    "r-dunmore-active",
    "active voice, reported speech",
    "Cork clinic confirms cyber attack",
    "The Akira group encrypted computer systems at Dunmore Clinic in Cork on Monday, according to a statement from the clinic.",
    dunmore,
  ),
  reword(
    "r-dunmore-headline",
    "headline-only facts",
    "Akira ransomware encrypts systems at Irish clinic",
    "Dunmore Clinic in Cork said on Monday that it was working with outside experts and gardai to restore its services.",
    dunmore,
  ),
  reword(
    "r-words-two-million",
    "figures in words",
    "Hackers demand two million dollars from Kinloch hospital",
    "The attackers behind the cyberattack on Kinloch General Hospital in Nova Scotia have asked for two million dollars, hospital officials said. " +
      "They claim to hold the records of two hundred thousand patients.",
    {
      relevant: true,
      attackers: [],
      victims: ["Kinloch General Hospital"],
      type: "hospital",
      ransom: { status: "demanded-amount", amount: 2000000, currency: "USD" },
      people: 200000,
      country: "CA",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
  ),
  reword(
    "r-more-than-1-2m",
    "abbreviated figures",
    "Pharmacy group says more than 1.2m customers hit",
    "Everwell Pharmacy Group, which has 300 branches across England, says the personal data of more than 1.2m customers was stolen in the attack. " +
      "The hackers are asking for a $1.5m ransom.",
    {
      relevant: true,
      attackers: [],
      victims: ["Everwell Pharmacy Group"],
      type: "pharmacy",
      ransom: { status: "demanded-amount", amount: 1500000, currency: "USD" },
      people: 1200000,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
  ),
  reword(
    "r-half-a-million",
    "figures in words",
    "Insurer warns over half a million members of data theft",
    "Cedarline Health Insurance in Virginia says the information of over half a million members was copied from its systems by an unknown attacker.",
    {
      relevant: true,
      attackers: [],
      victims: ["Cedarline Health Insurance"],
      type: "insurer",
      ransom: none,
      people: 500000,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  reword(
    "r-headline-demand",
    "headline-only demand and group",
    "Akira claims attack on Vossberg Eye Clinic, demands $600,000",
    "Vossberg Eye Clinic in Graz, Austria, said on Tuesday it was investigating a cyber incident and had brought in outside experts.",
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Vossberg Eye Clinic"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 600000, currency: "USD" },
      country: "AT",
      impact: [],
    },
  ),
  reword(
    "r-quote-only",
    "facts only in a quote, curly possessive",
    "Cornwall hospital hit by cyber attack",
    "St Brannoc\u2019s Hospital in Truro, Cornwall, was hit by a cyber attack on Thursday morning. " +
      "\u201cWe have had to cancel every planned operation today and our phones are down,\u201d medical director Dr Alan Fry told reporters.",
    {
      relevant: true,
      attackers: [],
      victims: ["St Brannoc's Hospital"],
      type: "hospital",
      ransom: none,
      country: "GB",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "systems-offline"],
    },
  ),
  reword(
    "r-negated-impact",
    "stated absence of effects",
    "Oregon medical center investigates cyberattack",
    "Kelderwick Medical Center in Bend, Oregon, is investigating a cyberattack discovered on Friday. " +
      "Patient care has not been disrupted and no systems were taken offline, the hospital said. " +
      "It has not received a ransom demand.",
    {
      relevant: true,
      attackers: [],
      victims: ["Kelderwick Medical Center"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-hedged",
    "hedged attribution and leak",
    "BianLian believed to be behind attack on Texas children's hospital",
    "The BianLian group is believed to be behind the attack on Marston Children's Hospital in Austin, Texas, according to people familiar with the investigation. " +
      "Data stolen from the hospital is reportedly being sold on a hacking forum.",
    {
      relevant: true,
      attackers: ["BianLian"],
      victims: ["Marston Children's Hospital"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
  ),
  reword(
    "r-earlier-incident-victim",
    "background: earlier incident of the same victim",
    "Merrowfield Hospital's patient portal knocked offline by cyberattack",
    "Merrowfield Hospital in Kentucky said a cyberattack on Wednesday knocked its patient portal offline. " +
      "It is the hospital's second incident in three years: in 2023 LockBit encrypted its servers, demanded $3 million and leaked patient records after the hospital refused to pay.",
    {
      relevant: true,
      attackers: [],
      victims: ["Merrowfield Hospital"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  reword(
    "r-earlier-incident-gang",
    "background: earlier incident of the same gang",
    "Rhysida claims Talbot Valley Hospital",
    "Rhysida, which last year hit a London library and demanded 20 bitcoin, has now claimed an attack on Talbot Valley Hospital in Idaho. " +
      "The hospital said it was investigating.",
    {
      relevant: true,
      attackers: ["Rhysida"],
      victims: ["Talbot Valley Hospital"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-medtech-apposition",
    "brand by apposition",
    "Insulin pump maker hit by ransomware",
    "Helixa, a maker of insulin pumps based in Denmark, said a ransomware attack had halted production at its plant near Aarhus.",
    {
      relevant: true,
      attackers: [],
      victims: ["Helixa"],
      type: "pharma-medtech",
      ransom: none,
      country: "DK",
      attacks: ["ransomware"],
      impact: [],
    },
  ),
  reword(
    "r-plasma-collector",
    "brand by apposition",
    "Plasma collector closes donation centers after cyberattack",
    "Vireo Plasma, a plasma collector with 60 donation centers in the Midwest, closed its centers on Monday after a cyberattack. " +
      "The company said the centers would reopen once its systems were restored.",
    {
      relevant: true,
      attackers: [],
      victims: ["Vireo Plasma"],
      type: "other-healthcare",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: ["services-closed"],
    },
  ),
  reword(
    "r-eprescribing-which",
    "brand defined by a relative clause",
    "Irish e-prescribing supplier hit by cyber attack",
    "Corvane, which provides e-prescribing software to GP practices across Ireland, said a cyber attack had taken its platform offline.",
    {
      relevant: true,
      attackers: [],
      victims: ["Corvane"],
      type: "health-it-vendor",
      ransom: none,
      country: "IE",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  reword(
    "r-dental-insurer",
    "insurer, not provider",
    "Dental benefits company discloses breach",
    "Brightpath Dental Benefits, a dental insurer based in Minnesota, said an unauthorized party stole member files from its claims system. " +
      "About 48,900 members were affected.",
    {
      relevant: true,
      attackers: [],
      victims: ["Brightpath Dental Benefits"],
      type: "insurer",
      ransom: none,
      people: 48900,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  reword(
    "r-vet-hospital",
    "veterinary hospital is not human healthcare",
    "Ohio veterinary hospital hit by ransomware",
    "Ridgeway Veterinary Hospital in Dayton, Ohio, said ransomware encrypted its records system on Friday, and pet owners were asked to reschedule appointments.",
    { relevant: false },
  ),
  reword(
    "r-vet-group",
    "veterinary group by apposition",
    "Veterinary group confirms cyber attack",
    "Corvetta, a veterinary group with 200 animal clinics in the UK, said a cyber attack had taken its booking systems offline.",
    { relevant: false },
  ),
  reword(
    "r-animal-hospital",
    "animal hospital",
    "Hackers hit animal hospital chain, demand ransom",
    "The Bluepaw Animal Hospital chain in California said hackers stole client records and demanded a ransom.",
    { relevant: false },
  ),
  reword(
    "r-ems-generic",
    "generic acronym is no victim",
    "Kettlewood Hospital diverts ambulances during systems outage",
    "EMS crews in the county were told to take patients to other hospitals while Kettlewood Hospital's computer systems were down after a cyberattack on Monday, county officials in Maine said. " +
      "EMS and fire officials said response times were not affected.",
    {
      relevant: true,
      attackers: [],
      victims: ["Kettlewood Hospital"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
  ),
  reword(
    "r-german-quote",
    "non-English article form in a quote",
    "German university hospital says care continues after cyber attack",
    "The Uniklinikum Haldenburg in Lower Saxony, Germany, was hit by a cyber attack on Sunday. " +
      "\u201cDas Uniklinikum ist weiterhin f\u00fcr Notf\u00e4lle erreichbar,\u201d a spokeswoman said, meaning emergencies are still being treated.",
    {
      relevant: true,
      attackers: [],
      victims: ["Uniklinikum Haldenburg"],
      type: "hospital",
      ransom: none,
      country: "DE",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-das-klinikum",
    "non-English article before a name",
    "Klinikum Bergfeld: Cyberangriff legt IT lahm",
    "Das Klinikum Bergfeld in Bayern ist Ziel eines Cyberangriffs geworden. Die IT-Systeme wurden heruntergefahren, Operationen wurden verschoben.",
    { relevant: true, attackers: [], victims: ["Klinikum Bergfeld"], type: "hospital", ransom: none },
  ),
  reword(
    "r-italian-list",
    "list of non-English names",
    "Ransomware hits three hospitals in Tuscany",
    "A ransomware attack on Sunday hit Ospedale San Fedele, Ospedale di Valdarno and the Casa di Cura Belvedere, all in Tuscany, Italy. " +
      "Emergency departments at the three hospitals were closed to new patients.",
    {
      relevant: true,
      attackers: [],
      victims: ["Ospedale San Fedele", "Ospedale di Valdarno", "Casa di Cura Belvedere"],
      type: "hospital",
      ransom: none,
      country: "IT",
      attacks: ["ransomware"],
      impact: ["services-closed"],
    },
  ),
  reword(
    "r-recovery-costs",
    "money that is no ransom",
    "Cyberattack cost Wendover hospital $4.5 million",
    "Wendover Memorial Hospital in Vermont says the ransomware attack it suffered in March has cost it $4.5 million in recovery expenses and lost revenue. " +
      "The hospital did not say whether it paid a ransom.",
    {
      relevant: true,
      attackers: [],
      victims: ["Wendover Memorial Hospital"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["ransomware"],
      impact: [],
    },
  ),
  reword(
    "r-not-considering",
    "curly contraction refusal",
    "Clinic says it won\u2019t pay hackers",
    "Ashby Fertility Clinic in Leeds said hackers had demanded money after stealing patient files, but \u201cwe aren\u2019t even considering paying,\u201d its director said.",
    {
      relevant: true,
      attackers: [],
      victims: ["Ashby Fertility Clinic"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
  ),
  reword(
    "r-demanding-payment",
    "pay-word in a demand",
    "Spanish clinic hit with \u20ac3 million demand",
    "Hackers who broke into Clinica Montalbo in Valencia, Spain, are demanding a payment of \u20ac3 million to return the stolen data.",
    {
      relevant: true,
      attackers: [],
      victims: ["Clinica Montalbo"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 3000000, currency: "EUR" },
      country: "ES",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
  ),
  reword(
    "r-paid-reported",
    "payment in reported speech",
    "Clinic admits paying hackers",
    "Northgate Orthopedic Clinic in Arizona admitted it had paid the hackers $250,000 to get its encrypted files back.",
    {
      relevant: true,
      attackers: [],
      victims: ["Northgate Orthopedic Clinic"],
      type: "clinic",
      ransom: { status: "paid", amount: 250000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: [],
    },
  ),
  reword(
    "r-asked-bitcoin",
    "demand without the word ransom",
    "Hackers ask dental practice for bitcoin",
    "The hackers who locked the computers at Willowbank Dental Practice in Dundee, Scotland, asked for $5,000 worth of Bitcoin to unlock them.",
    {
      relevant: true,
      attackers: [],
      victims: ["Willowbank Dental Practice"],
      type: "dental",
      ransom: { status: "demanded-amount", amount: 5000, currency: "USD" },
      country: "GB",
      attacks: ["ransomware"],
      impact: [],
    },
  ),
  reword(
    "r-not-cyber",
    "ruled-out cyber cause",
    "Norbury Hospital phone outage was not a cyber attack, trust says",
    "Phone lines at Norbury Hospital in Sussex were down for six hours on Tuesday. " +
      "The trust said the outage was caused by a faulty software update and that this was not a security incident or cyber attack.",
    { relevant: false },
  ),
  reword(
    "r-advice",
    "advice piece naming organisations",
    "How hospitals can prepare for ransomware",
    "Ransomware gangs such as LockBit and Akira continue to target hospitals. " +
      "Jane Ortega, chief information security officer at Brookvale Health System, says every hospital should rehearse a week on paper. " +
      "Regular backups, staff phishing training and network segmentation remain the best defence, according to Ortega.",
    { relevant: false },
  ),
  reword(
    "r-survey",
    "survey with figures",
    "Survey: two thirds of health systems hit by ransomware",
    "A survey of 400 hospital IT leaders found that 67% of health systems were hit by ransomware last year, and the average ransom paid was $1.5 million. " +
      "Half of respondents said their organisation had cancelled operations after an attack.",
    { relevant: false },
  ),
  reword(
    "r-school",
    "non-healthcare victim with a health knock-on",
    "School district hit by ransomware; school nurses lose access to records",
    "Ransomware hit the Pine Ridge School District in Montana on Monday, and school nurses could not reach student health records for two days.",
    { relevant: false },
  ),
  reword(
    "r-two-currencies",
    "two currencies, first one used",
    "Hackers want \u00a31.2m from Yorkshire hospice",
    "The group that attacked Fernlea Hospice in Harrogate, Yorkshire, demanded \u00a31.2 million ($1.5 million) for not publishing the stolen data.",
    {
      relevant: true,
      attackers: [],
      victims: ["Fernlea Hospice"],
      type: "care-home",
      ransom: { status: "demanded-amount", amount: 1200000, currency: "GBP" },
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
  ),
  reword(
    "r-appointments-on-hold",
    "impact paraphrase",
    "Scan appointments on hold at imaging provider",
    "Clearview Radiology, a diagnostic imaging provider in Victoria, Australia, has put all scan appointments on hold after ransomware locked its systems. " +
      "Patients are being moved to other providers.",
    {
      relevant: true,
      attackers: [],
      victims: ["Clearview Radiology"],
      type: "imaging",
      ransom: none,
      country: "AU",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled"],
    },
  ),
  reword(
    "r-forced-to-cancel",
    "impact paraphrase",
    "Attack forces Welsh health board to cancel operations",
    "A cyber attack forced Dyfed Valley University Health Board in Wales to cancel operations on Wednesday, and staff reverted to paper records.",
    {
      relevant: true,
      attackers: [],
      victims: ["Dyfed Valley University Health Board"],
      type: "hospital",
      ransom: none,
      country: "GB",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "paper-records"],
    },
  ),
  reword(
    "r-planned-not-done",
    "plans and conditions are not effects",
    "Hospital may postpone surgeries after cyber attack",
    "Altona Community Hospital in Manitoba said it may have to postpone surgeries if its systems are not restored by Friday. " +
      "So far no procedures have been cancelled.",
    {
      relevant: true,
      attackers: [],
      victims: ["Altona Community Hospital"],
      type: "hospital",
      ransom: none,
      country: "CA",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-group-quoted-name",
    "group name in quotation marks",
    "New gang claims attack on Perth medical centre",
    "A group known as \u201cCipherMoth\u201d has claimed responsibility for the attack on Swanview Medical Centre in Perth, Western Australia, and says it stole 12GB of patient data.",
    {
      relevant: true,
      attackers: ["CipherMoth"],
      victims: ["Swanview Medical Centre"],
      type: "primary-care",
      ransom: none,
      country: "AU",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  reword(
    "r-ties-to",
    "group named only as a relative",
    "Hospital attack linked to new gang",
    "Researchers say the attack on Lowther Valley Hospital in Cumbria, England, was carried out by Embargo, a group with ties to Conti.",
    {
      relevant: true,
      attackers: ["Embargo"],
      victims: ["Lowther Valley Hospital"],
      type: "hospital",
      ransom: none,
      country: "GB",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-ceo-after-name",
    "name runs into a job title",
    "Health network confirms ransomware attack",
    "Harlow Valley Health Network President and CEO Dana Moss confirmed on Tuesday that a ransomware attack had forced the network in Pennsylvania to divert ambulances.",
    {
      relevant: true,
      attackers: [],
      victims: ["Harlow Valley Health Network"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion"],
    },
  ),
  reword(
    "r-informed-regulator",
    "agencies informed are no victims",
    "Dental chain reports breach to regulators",
    "Smilecraft Dental Group in Ontario said hackers stole patient records and that it has notified the Information and Privacy Commissioner of Ontario and the Royal College of Dental Surgeons of Ontario.",
    {
      relevant: true,
      attackers: [],
      victims: ["Smilecraft Dental Group"],
      type: "dental",
      ransom: none,
      country: "CA",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  reword(
    "r-large-clinic",
    "a hospital whose name ends in Clinic",
    "Ransomware attack on Brackmoor Clinic, a 500-bed hospital",
    "Brackmoor Clinic, a 500-bed teaching hospital in Minnesota, said ransomware had encrypted some of its servers and that some elective surgeries were postponed.",
    {
      relevant: true,
      attackers: [],
      victims: ["Brackmoor Clinic"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled"],
    },
  ),
  reword(
    "r-st-abbrev",
    "St. keeps the name",
    "St. Aldric's Regional Medical Center hit by cyberattack",
    "St. Aldric's Regional Medical Center in Boise, Idaho, said a cyberattack had forced it to cancel outpatient appointments on Monday.",
    {
      relevant: true,
      attackers: [],
      victims: ["St. Aldric's Regional Medical Center"],
      type: "hospital",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: ["appointments-cancelled"],
    },
  ),
  reword(
    "r-deny-demand",
    "denied demand",
    "Police deny ransom was sought in clinic attack",
    "Police in Oslo, Norway, said no ransom had been demanded in the cyber attack on Fjordvik Clinic, contrary to earlier reports.",
    {
      relevant: true,
      attackers: [],
      victims: ["Fjordvik Clinic"],
      type: "clinic",
      ransom: none,
      country: "NO",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-gang-range",
    "a gang's usual range is no demand",
    "Qilin claims attack on Lakemont Surgical Center",
    "Qilin has claimed an attack on Lakemont Surgical Center in Florida. The gang typically demands between $500,000 and $5 million from its victims.",
    {
      relevant: true,
      attackers: ["Qilin"],
      victims: ["Lakemont Surgical Center"],
      type: "clinic",
      ransom: none,
      country: "US",
      attacks: ["unknown"],
      impact: [],
    },
  ),
  reword(
    "r-fine",
    "a regulator's fine is no ransom",
    "Regulator fines clinic over ransomware attack",
    "Denmark's data protection agency has fined Solhave Clinic 1.5 million kroner over a 2024 ransomware attack in which patient records were stolen.",
    {
      relevant: true,
      attackers: [],
      victims: ["Solhave Clinic"],
      type: "clinic",
      ransom: none,
      country: "DK",
      attacks: ["ransomware", "data-theft"],
      impact: [],
    },
  ),
  reword(
    "r-leak-published",
    "leak as it happened vs threatened",
    "Gang publishes data of Swiss clinic",
    "The Play gang has published 60GB of files stolen from Bergli Klinik in Zurich, Switzerland, after the clinic refused to pay.",
    {
      relevant: true,
      attackers: ["Play"],
      victims: ["Bergli Klinik"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      country: "CH",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
  ),
  reword(
    "r-threat-only",
    "a threat to publish is no leak",
    "Hackers threaten to publish hospital data",
    "Hackers who breached Castlebrook Hospital in Limerick, Ireland, have threatened to publish patient data within a week unless a ransom is paid.",
    {
      relevant: true,
      attackers: [],
      victims: ["Castlebrook Hospital"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      country: "IE",
      impact: [],
    },
  ),
];

// A third batch of rewordings, written after the fixes above to probe fields the first two batches touched lightly.
export const REWORDED_2: BankCase[] = [
  reword(
    "s-took-credit",
    "claim worded as taking credit",
    "Gang takes credit for Belgian hospital hack",
    "A ransomware gang calling itself Cicada3301 has taken credit for the cyberattack on AZ Sint-Remigius in Ghent, Belgium, which forced the hospital to turn away ambulances for two days.",
    {
      relevant: true,
      attackers: ["Cicada3301"],
      victims: ["AZ Sint-Remigius"],
      type: "hospital",
      ransom: none,
      country: "BE",
      impact: ["ambulance-diversion"],
    },
  ),
  reword(
    "s-some-people",
    "approximate figure with 'some'",
    "Some 4,500 patients told of lab data breach",
    "Corbel Pathology Laboratories in Nevada has begun notifying some 4,500 patients whose test results were stolen when hackers broke into an email account.",
    {
      relevant: true,
      attackers: [],
      victims: ["Corbel Pathology Laboratories"],
      type: "laboratory",
      ransom: none,
      people: 4500,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  reword(
    "s-sought",
    "demand worded as sought",
    "Hackers sought $750,000 from Kansas clinic",
    "The criminals who encrypted systems at Prairie Rose Women's Clinic in Wichita, Kansas, sought $750,000 for the decryption key, according to court filings.",
    {
      relevant: true,
      attackers: [],
      victims: ["Prairie Rose Women's Clinic"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 750000, currency: "USD" },
      country: "US",
      attacks: ["ransomware"],
      impact: [],
    },
  ),
  reword(
    "s-pen-and-paper",
    "impact paraphrases",
    "Welsh hospital back to pen and paper",
    "Staff at Ysbyty Glanmor in Bangor, Wales, are back to pen and paper after a cyber attack, and non-urgent surgeries have been pushed back to next week. The hospital's phones are not working.",
    {
      relevant: true,
      attackers: [],
      victims: ["Ysbyty Glanmor"],
      type: "hospital",
      ransom: none,
      country: "GB",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
  ),
  reword(
    "s-allegedly",
    "hedged claim, group and data volume",
    "LockBit allegedly behind attack on Polish hospital",
    "Hackers linked to LockBit allegedly stole 1.5TB of data from Szpital Wojewodzki in Opole, Poland, and are threatening to leak it.",
    {
      relevant: true,
      attackers: ["LockBit"],
      victims: ["Szpital Wojewodzki"],
      type: "hospital",
      ransom: none,
      country: "PL",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
  ),
  reword(
    "s-demonym-only",
    "country by demonym",
    "Danish fertility clinic hit by ransomware",
    "The Danish fertility clinic Nordlys Fertilitet said ransomware encrypted its patient booking system, and all consultations this week have been cancelled.",
    {
      relevant: true,
      attackers: [],
      victims: ["Nordlys Fertilitet"],
      type: "clinic",
      ransom: none,
      country: "DK",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled"],
    },
  ),
  reword(
    "s-website-offline",
    "website offline is a system offline",
    "Hospice website down after DDoS",
    "The website of Harbour Light Hospice in Auckland, New Zealand, was knocked offline by a flood of junk traffic on Tuesday. Patient care was not affected.",
    {
      relevant: true,
      attackers: [],
      victims: ["Harbour Light Hospice"],
      type: "care-home",
      ransom: none,
      country: "NZ",
      attacks: ["ddos"],
      impact: ["systems-offline"],
    },
  ),
  reword(
    "s-paid-in-quote",
    "payment only in a quote",
    "Clinic owner admits paying hackers",
    "\u201cWe paid them 3 bitcoin because we had no backups,\u201d the owner of Lindqvist Tandv\u00e5rd, a dental practice in Malmo, Sweden, told local radio.",
    {
      relevant: true,
      attackers: [],
      victims: ["Lindqvist Tandv\u00e5rd"],
      type: "dental",
      ransom: { status: "paid", amount: 3, currency: "BTC" },
      country: "SE",
      impact: [],
    },
  ),
  reword(
    "s-supplier-and-customers",
    "supplier hit, its customers named as affected",
    "Outage at scheduling supplier hits GP practices",
    "A ransomware attack on Medibook, a supplier of appointment booking software to GP practices, has left surgeries in Yorkshire unable to book appointments.",
    {
      relevant: true,
      attackers: [],
      victims: ["Medibook"],
      type: "health-it-vendor",
      ransom: none,
      country: "GB",
      attacks: ["ransomware"],
    },
  ),
  reword(
    "s-roundup-other-victims",
    "a main incident with other incidents in passing",
    "Akira hits Ohio dialysis provider",
    "The Akira gang has claimed an attack on Buckeye Renal Care, a dialysis provider in Columbus, Ohio, and says it stole 80GB of patient files. " +
      "In separate incidents this month, Medusa claimed an attack on a Texas hospital and Qilin leaked data from a clinic in Spain.",
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Buckeye Renal Care"],
      type: "clinic",
      ransom: none,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
  reword(
    "s-no-ransom-comment",
    "no comment on a ransom is no demand",
    "Scottish health board confirms cyber attack",
    "NHS Lorne and Islands, the health board for Argyll, said a cyber attack had disrupted its IT systems. It would not comment on whether a ransom had been demanded.",
    {
      relevant: true,
      attackers: [],
      victims: ["NHS Lorne and Islands"],
      type: "hospital",
      ransom: none,
      country: "GB",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
  ),
  reword(
    "s-million-written",
    "people in words with a decimal",
    "Insurer: 2.3 million members' data taken",
    "Keystone Mutual Health, a health insurer in Pennsylvania, said names and policy numbers of about 2.3 million members were taken by hackers in March.",
    {
      relevant: true,
      attackers: [],
      victims: ["Keystone Mutual Health"],
      type: "insurer",
      ransom: none,
      people: 2300000,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
  ),
];

/** Every case the bank checks against its labels: excerpts, their pages (same labels) and rewordings. */
export const ALL_PAGE_PAIRS: PagePair[] = [...PAGE_PAIRS, ...PAGE_PAIRS_2];

export const BANK: BankCase[] = [
  ...ALL_PAGE_PAIRS.flatMap((p) => [p.excerpt, { ...p.excerpt, id: `${p.id}-page`, ...p.page }]),
  ...REWORDED,
  ...REWORDED_2,
];
