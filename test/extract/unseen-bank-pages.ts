// Unseen bank of whole pages: an incident excerpt as the fetcher and parser hand it over (article-page.ts keeps what
// sits in plain <div>s and <p>s; a feed's content:encoded keeps everything), inside the furniture real pages carry:
// menus, bylines and datelines, share bars, captions, "Related" and "Read more" lists naming OTHER incidents, gangs and
// hospitals, newsletter, cookie and sponsor blurbs, author bios, comment threads, tag clouds, weekly roundups (the
// article is about its headline's incident), live blogs with timestamps, press-release boilerplate, syndication lines,
// podcast and video transcripts. Each page must give the labels of its excerpt (the excerpt alone is a case too).
// Every organisation, person and figure is made up; labels follow ../shared/eval/README.md.
import { extractArticlePage } from "../../src/parse/article-page";
import { htmlToText } from "../../src/parse/html-text";
import type { BankCase, PagePair, Want } from "./unseen-shapes-bank";

const none = { status: "not-mentioned" as const, amount: null, currency: null };

/** Where furniture sits around the excerpt's paragraphs; `mid` goes after paragraph `at`. */
interface Frame {
  head: string[];
  mid?: { at: number; lines: string[] };
  tail: string[];
  /** How the page's blocks are joined: "\n\n" as html-text writes blocks, "\n" as a feed's <br> lines. */
  sep?: string;
}

function page(id: string, shape: string, title: string, paragraphs: string[], want: Want, frame: Frame): PagePair {
  const excerpt: BankCase = { id: `${id}-excerpt`, shape, title, text: paragraphs.join("\n\n"), want };
  const body = [...paragraphs];
  if (frame.mid) body.splice(frame.mid.at, 0, ...frame.mid.lines);
  const text = [...frame.head, ...body, ...frame.tail].join(frame.sep ?? "\n\n");
  return { id, shape, excerpt, page: { title, text } };
}

// ---------------------------------------------------------------- round 1
const PAGES_ROUND_1: PagePair[] = [
  page(
    "pg-brennick",
    "local TV page: menu, byline, share bar, caption, related list, copyright",
    "Amarillo hospital diverting ambulances after ransomware attack",
    [
      "AMARILLO, Texas (KPLV) - Brennick Memorial Hospital is diverting ambulances to other facilities after a ransomware attack knocked its computer systems offline early Tuesday, hospital officials said.",
      "The INC Ransom gang listed the hospital on its leak site Wednesday afternoon. Hospital spokesperson Carla Whitt said staff have switched to paper charts and that patients already admitted continue to receive care.",
      "Whitt would not say whether the hospital had received a ransom demand.",
    ],
    {
      relevant: true,
      attackers: ["INC Ransom"],
      victims: ["Brennick Memorial Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "US",
      // Listed on the gang's leak site: the dev labels read that as data taken (a013, where nothing else says so).
      attacks: ["ransomware", "data-theft"],
      impact: ["ambulance-diversion", "systems-offline", "paper-records"],
    },
    {
      head: [
        "News   Weather   Sports   Investigations   Video   Contests",
        "By Tomas Aldana, KPLV 7 News",
        "Published: 6:42 PM CST Nov 3, 2026\nUpdated: 9:15 PM CST Nov 3, 2026",
        "Share on Facebook  Share on X  Email  Copy link",
      ],
      mid: { at: 1, lines: ["Brennick Memorial Hospital in Amarillo. (KPLV photo)"] },
      tail: [
        "Related stories",
        "Lubbock clinic says Akira stole patient files\nRansomware attack forces Odessa hospital to divert ambulances for a week\nHackers demand $2 million from Panhandle school district",
        "Copyright 2026 Plainsview Broadcasting. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
      ],
    },
  ),
  page(
    "pg-harwick-roundup",
    "weekly roundup: the headline's incident first, other incidents in 'Elsewhere this week'",
    "Week in review: Qilin claims Harwick Fertility Clinic",
    [
      "The Qilin ransomware group has claimed an attack on Harwick Fertility Clinic, a private IVF clinic in Leeds, and says it stole 340GB of patient records, including scans and consent forms.",
      "The clinic told patients in an email on Thursday that it had suffered a cyber incident and had cancelled appointments for the rest of the week while its systems are checked.",
    ],
    {
      relevant: true,
      attackers: ["Qilin"],
      victims: ["Harwick Fertility Clinic"],
      type: "clinic",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["data-theft"],
      impact: ["appointments-cancelled"],
    },
    {
      head: ["Cyber Health Weekly | Issue 184 | 14 March 2026", "Welcome back. Here is what caught our eye this week."],
      tail: [
        "Elsewhere this week",
        "- Medusa posted 1.2TB it says it took from Corbin Valley Health System in Oregon and is asking $3 million.",
        "- Ambulances were diverted from two hospitals run by Tullagh Health in Ireland after an attack on Monday; no group has claimed it.",
        "- A pharmacy chain in Ontario, Greyfield Drugs, said it paid a ransom to the Akira gang to restore its systems.",
        "That's all for this week. Forward this newsletter to a colleague, or subscribe here.",
      ],
    },
  ),
  page(
    "pg-eastmere-liveblog",
    "live blog: timestamped updates, newest first, key points box",
    "Eastmere NHS trust cyber attack: live updates",
    [
      "Key points: Eastmere and Wold Hospitals NHS Trust declared a critical incident after a cyber attack on Monday. Planned operations are cancelled and ambulances are being sent to neighbouring hospitals.",
      "14:05 GMT: The trust says its IT systems remain offline and staff are working on paper. A spokesperson said it was too early to say whether patient data had been taken.",
      "11:30 GMT: NHS England says it is working with the trust and the National Cyber Security Centre.",
      "09:12 GMT: Eastmere and Wold Hospitals NHS Trust has declared a critical incident following what it describes as a cyber attack. Patients are asked to attend only if their need is urgent.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Eastmere and Wold Hospitals NHS Trust"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
    {
      head: ["Live", "Reporting by Sian Pryce and Oliver Tate", "Last updated 14:07 GMT"],
      tail: [
        "Background: other attacks on the NHS",
        "In 2024 a ransomware attack on a pathology supplier led to thousands of operations being postponed at London hospitals, and ambulances were diverted from Kestrel Moor Hospital after an attack in 2023.",
        "Share this page",
      ],
    },
  ),
  page(
    "pg-larchmont-release",
    "press release: dateline, About boilerplate, forward-looking statements, media contact",
    "Larchmont Orthopedic Associates Provides Update on Cybersecurity Incident",
    [
      "PARAMUS, N.J., Feb. 9, 2026 /PRNewswire/ -- Larchmont Orthopedic Associates today announced that it has restored its patient scheduling and imaging systems following a ransomware attack discovered on January 28, 2026.",
      "The practice rescheduled affected appointments and has notified 48,300 patients whose information may have been accessed. Larchmont did not pay a ransom.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Larchmont Orthopedic Associates"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      people: 48300,
      country: "US",
      attacks: ["ransomware"],
      // Systems "restored" after the attack were out of action.
      impact: ["appointments-cancelled", "systems-offline"],
    },
    {
      head: ["News provided by", "Larchmont Orthopedic Associates", "Feb 09, 2026, 08:00 ET", "Share this article"],
      tail: [
        "About Larchmont Orthopedic Associates",
        "Founded in 1987, Larchmont Orthopedic Associates is a leading provider of orthopedic, spine and sports medicine care, with 14 offices and two ambulatory surgery centers across northern New Jersey.",
        "Forward-Looking Statements",
        "This release contains forward-looking statements. Actual results could differ materially because of risks including further cyberattacks, litigation, regulatory penalties and the cost of restoring systems.",
        "Media contact: Renee Sato, rsato@example.test, 201-555-0147",
        "SOURCE Larchmont Orthopedic Associates",
      ],
    },
  ),
  page(
    "pg-quellin-syndicated",
    "syndicated trade piece: 'Source:' line, republished note, AU lab",
    "Medusa leaks patient data from Queensland pathology provider",
    [
      "The Medusa ransomware gang has published what it says are 180GB of files stolen from Quellin Pathology, a Brisbane-based provider of blood testing and diagnostic services.",
      "Quellin confirmed that an unauthorised third party accessed its systems in late January and said about 92,000 patients had been affected. The gang had demanded A$1.5 million, which the company did not pay.",
    ],
    {
      relevant: true,
      attackers: ["Medusa"],
      victims: ["Quellin Pathology"],
      type: "laboratory",
      ransom: { status: "refused", amount: 1500000, currency: "AUD" },
      people: 92000,
      country: "AU",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
    {
      head: ["IT News Pacific", "Security", "By Harriet Lowe on Feb 20, 2026 10:14AM"],
      tail: [
        "This article first appeared on SecureWire Asia and is republished with permission.",
        "Source: v3",
        "Got a news tip for our journalists? Share it with us anonymously here.",
        "Copyright © iTnews Pacific. All rights reserved.",
      ],
    },
  ),
  page(
    "pg-fenmore-podcast",
    "podcast page: show notes, chapter timestamps, sponsor read, transcript with speakers",
    "Episode 212: How a ransomware attack shut Fenmore Eye Clinic",
    [
      "In this episode we talk to Fenmore Eye Clinic's practice manager, Lena Brooks, about the ransomware attack that encrypted the Ohio clinic's servers in April and closed its three offices for a week.",
      "Lena Brooks: We came in on the Monday and every screen had the ransom note on it. We had to close all three offices and call every patient to cancel their appointments.",
      "Lena Brooks: We never paid. Our backups were clean, so there was no reason to.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Fenmore Eye Clinic"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "services-closed"],
    },
    {
      head: [
        "The Breach Room Podcast",
        "Listen on Apple Podcasts | Spotify | YouTube | RSS",
        "Chapters\n00:00 Intro\n02:15 The Monday morning\n14:40 Paying or not\n31:05 What we would do differently",
      ],
      mid: {
        at: 1,
        lines: [
          "This episode is brought to you by Corvane Backup. Immutable backups for clinics that cannot afford a ransomware attack.",
          "Transcript",
          "Host (Ana Ruiz): Welcome back to The Breach Room. Last season we covered the LockBit attack on Dorrington Children's Hospital and the billing vendor that paid $22 million.",
        ],
      },
      tail: [
        "Host (Ana Ruiz): Thanks for listening. If you liked this episode, leave us a review.",
        "More episodes",
        "Episode 211: Inside the Akira attack on Kellan Dental\nEpisode 210: Why Ridgeway Health paid Black Basta",
      ],
    },
  ),
  page(
    "pg-oakhurst-video",
    "video page: autoplay, transcript with anchor and reporter, up next",
    "VIDEO: Oakhurst care home residents' records posted online by hackers",
    [
      "Anchor: A care home operator in Manchester says hackers have published the personal records of residents and staff online.",
      "Reporter: Oakhurst Care Group, which runs six residential care homes in Greater Manchester, says the Rhysida gang stole files during an attack last month and has now posted them on the dark web. The company says about 1,900 people are affected.",
      "Reporter: Oakhurst says it refused the gang's demand for a ransom.",
    ],
    {
      relevant: true,
      attackers: ["Rhysida"],
      victims: ["Oakhurst Care Group"],
      type: "care-home",
      ransom: { status: "refused", amount: null, currency: null },
      people: 1900,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
    {
      head: ["Watch live", "Autoplay: On | Off", "Duration 2:14", "Video transcript", "[MUSIC]"],
      tail: [
        "[END]",
        "Up next",
        "Hospital in Stockport cancels operations after IT outage\nAkira gang demands £2m from Yorkshire GP federation",
      ],
    },
  ),
  page(
    "pg-dovecote-comments",
    "blog post with a comment thread (usernames, times, Reply) naming payments and other hospitals",
    "Dovecote Health says hackers accessed patient records",
    [
      "Dovecote Health, which runs two hospitals and 20 clinics in central Maine, says hackers broke into its network in February and copied files holding the records of 61,250 patients.",
      "The health system said in a notice on its website that it had not received a ransom demand and that its hospitals continued to operate normally.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Dovecote Health"],
      type: "hospital",
      ransom: none,
      people: 61250,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: ["Posted by Dissent on March 30, 2026"],
      tail: [
        "Comments (3)",
        "mainer_rn • 3 hours ago\nThey paid the ransom. I work there, every surgery was cancelled for two days and nobody will admit it.\nReply",
        "J. Fitch • 2 hours ago\nSame thing happened at Ellery General in 2024 when BlackSuit hit them. Ambulances diverted for a week.\nReply",
        "Load more comments",
      ],
    },
  ),
  page(
    "pg-ketterley-bio",
    "news page whose author bio and editor's picks name other incidents",
    "Ketterley Dental Group notifies 27,000 patients of data breach",
    [
      "Ketterley Dental Group, which operates 31 dental practices across Melbourne and regional Victoria, has begun notifying 27,000 patients that their personal and health information was stolen in a cyber attack in December.",
      "The company said it had found no evidence that the data had been published and that all of its practices remained open.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Ketterley Dental Group"],
      type: "dental",
      ransom: none,
      people: 27000,
      country: "AU",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: ["Health Services Daily", "By Katrin Oduya", "24 January 2026"],
      tail: [
        "Katrin Oduya covers health technology and cybersecurity for Health Services Daily. Her reporting on the ransomware attack that closed Brixham Private Hospital in 2024 won a Walkley award.",
        "Editor's picks",
        "Qilin claims Melbourne radiology chain, demands $A2m\nHackers leak 4TB from Sydney IVF provider",
      ],
    },
  ),
  page(
    "pg-santa-lucia-tags",
    "page with a tag cloud and a trending bar of gang names",
    "Spanish hospital cancels operations after cyberattack",
    [
      "Hospital Santa Lucia de Vega in Zaragoza, Spain, has postponed non-urgent operations after a cyberattack took down its patient records system on Sunday.",
      "The regional health service said emergency care was running and that staff were registering patients by hand. No group has claimed the attack.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Hospital Santa Lucia de Vega"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "ES",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
    {
      head: ["Trending: LockBit | Akira | Qilin | Clop | Change Healthcare", "Europe » Spain » Health"],
      tail: [
        "Tags",
        "LockBit   Akira   RansomHub   hospitals   Spain   ransomware   data breach",
        "Share:   Facebook   X   LinkedIn   WhatsApp",
      ],
    },
  ),
  page(
    "pg-corliss-caption",
    "page whose image captions tell of another incident",
    "Hackers claim attack on Corliss Behavioral Health",
    [
      "The BianLian extortion group says it has stolen 600GB of data from Corliss Behavioral Health, a provider of outpatient mental health and addiction treatment in Michigan.",
      "Corliss told local media it was investigating a security incident and had notified the FBI.",
    ],
    {
      relevant: true,
      attackers: ["BianLian"],
      victims: ["Corliss Behavioral Health"],
      type: "mental-health",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [
        "A sign outside Haverlock Memorial Hospital, where a LockBit attack in 2024 forced ambulances to be diverted for nine days. (AP Photo/Dale Corbin)",
      ],
      mid: {
        at: 1,
        lines: [
          "BianLian's leak site listing, as seen on Tuesday. Screenshot: HealthSec Wire",
          "Credit: Getty Images / iStockphoto",
        ],
      },
      tail: [],
    },
  ),
  page(
    "pg-redfern-newsletter",
    "promos between paragraphs: newsletter, advertisement, 'continue reading below'",
    "Redfern Home Care data breach affects 8,400 clients",
    [
      "Redfern Home Care, a home care agency serving elderly clients in Connecticut, said an email phishing attack let hackers into staff mailboxes between June 2 and June 9.",
      "The agency said the mailboxes held names, Medicaid numbers and care notes for 8,412 clients.",
      "Redfern said it has reset passwords and added multi-factor authentication.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Redfern Home Care"],
      type: "care-home",
      ransom: none,
      people: 8412,
      country: "US",
      attacks: ["phishing"],
      impact: [],
    },
    {
      head: [],
      mid: {
        at: 1,
        lines: [
          "Stay ahead of the next ransomware attack. Get the Healthcare Cyber Brief free every Monday: hospitals hit, ransoms paid, systems down.",
          "ADVERTISEMENT",
          "Continue reading below",
        ],
      },
      tail: [],
    },
  ),
  page(
    "pg-marisol-cookie",
    "cookie and consent banner before the story",
    "Ransomware hits Marisol Kidney Care dialysis centers",
    [
      "Marisol Kidney Care, which runs 12 dialysis centers in New Mexico, said a ransomware attack encrypted its servers on Saturday.",
      "The company said it had taken its systems offline and that treatments continued on paper schedules.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Marisol Kidney Care"],
      type: "clinic",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
    {
      head: [
        "This website uses cookies. We and our 214 partners use cookies to personalise ads and measure performance. Accept all   Reject all   Manage preferences",
        "Your privacy choices",
      ],
      tail: [],
    },
  ),
  page(
    "pg-tollway-inline-promos",
    "inline capitalised promo labels (RELATED:, ALSO READ |, MORE:, WATCH:) between paragraphs",
    "Tollway Medical Imaging says hackers stole scans of 210,000 patients",
    [
      "Tollway Medical Imaging, an outpatient radiology provider in Georgia, said hackers stole files containing the records and scans of 210,000 patients in an attack discovered in May.",
      "RELATED: Play ransomware gang leaks data of Atlanta children's hospital",
      "The company said the stolen data had not been published and that it had not been contacted by the attackers.",
      "ALSO READ | Hospital pays $1.1 million to ALPHV after attack cancels surgeries",
      "MORE: Qilin demands $5 million from Savannah clinic network",
      "WATCH: How hackers took down Brunswick General's phones",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Tollway Medical Imaging"],
      type: "imaging",
      ransom: none,
      people: 210000,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    { head: [], tail: [] },
  ),
  page(
    "pg-ospedale-tracker",
    "tracker page: field list, similar victims, press coverage list",
    "RansomHub claims Ospedale San Vittore",
    [
      "Victim: Ospedale San Vittore\nGroup: RansomHub\nDiscovered: 2026-02-11\nCountry: IT\nSector: Healthcare",
      "Description: Ospedale San Vittore is a 400-bed public hospital in Lombardy. The group claims to hold 1.1TB of data and demands a ransom, giving the hospital 10 days before publication.",
    ],
    {
      relevant: true,
      attackers: ["RansomHub"],
      victims: ["Ospedale San Vittore"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: null,
      country: "IT",
      impact: [],
    },
    {
      head: ["ransomfeed | Victims | Groups | Stats | Press"],
      tail: [
        "Similar victims",
        "Clinica Del Mar (ES) - akira - 2026-02-10\nHopital Saint-Lys (FR) - lockbit5 - 2026-02-09\nZahnarztpraxis Berger (DE) - qilin - 2026-02-08",
        "Press coverage",
        "Italian hospital hit by ransomware, surgeries postponed (2025)\nLombardy health agency pays ransom to unlock systems",
      ],
    },
  ),
  page(
    "pg-brightmoor-notice",
    "notification page on a clinic's site: site menu, FAQ, call centre, footer",
    "Notice of Data Security Incident",
    [
      "Brightmoor Pediatrics is writing to inform our patients of an incident that may involve some of their personal information.",
      "On October 2, 2026, we discovered that an unauthorized actor had gained access to our network and encrypted some of our systems. Our investigation determined that the actor copied certain files between September 28 and October 2. The files included names, dates of birth and insurance information of 11,870 patients.",
      "Brightmoor is a pediatric practice with four offices in Wake County, North Carolina.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Brightmoor Pediatrics"],
      type: "clinic",
      ransom: none,
      people: 11870,
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: [],
    },
    {
      head: [
        "Patient Portal | Pay Your Bill | Find a Provider | Locations | Careers",
        "Home / Notice of Data Security Incident",
      ],
      tail: [
        "Frequently Asked Questions",
        "Should I be worried? We are not aware of any misuse of your information.",
        "Call center: 1-855-555-0199, Monday through Friday, 9 a.m. to 9 p.m. Eastern",
        "© 2026 Brightmoor Pediatrics. All rights reserved. | Notice of Privacy Practices | Nondiscrimination",
      ],
    },
  ),
  page(
    "pg-venlo-categories",
    "trade-press page: category list split by lone commas, repeated title, 'See Also' webinar promos",
    "Dutch Health Insurer Zorgverzekeraar Venlo Confirms Hack",
    [
      "Dutch health insurer Zorgverzekeraar Venlo said Tuesday that hackers had stolen personal data of about 310,000 members, including policy numbers and claim histories.",
      "The insurer said it had received an extortion email demanding 2 million euros and had refused to pay.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Zorgverzekeraar Venlo"],
      type: "insurer",
      ransom: { status: "refused", amount: 2000000, currency: "EUR" },
      people: 310000,
      country: "NL",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    {
      head: [
        "Breach Notification\n,\nFraud Management & Cybercrime\n,\nHealthcare",
        "Dutch Health Insurer Zorgverzekeraar Venlo Confirms Hack",
        "Anouk Pieterse (@anoukp_sec) • March 3, 2026",
      ],
      mid: {
        at: 1,
        lines: [
          "See Also: Live Webinar | Ransomware Recovery for Hospitals: Lessons From the ALPHV Attack on a Claims Clearinghouse",
        ],
      },
      tail: [
        "See Also: OnDemand | How a Regional Hospital Refused to Pay $4 Million and Recovered in 10 Days",
        "About the Author",
        "Anouk Pieterse, Senior Correspondent, ISMG",
      ],
    },
  ),
  page(
    "pg-haldern-wire",
    "wire story: agency dateline, agency tag, reporting and editing credits, standards line",
    "German drugmaker Haldern Pharma hit by cyberattack, production halted",
    [
      "FRANKFURT, March 5 (Ardent Wire) - German generic drugmaker Haldern Pharma said on Thursday a cyberattack had forced it to shut down production and IT systems at its plant in Hesse.",
      "The company said it was not in contact with the attackers and would not pay any ransom. A spokeswoman declined to say whether data had been stolen.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Haldern Pharma"],
      type: "pharma-medtech",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "DE",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
    {
      head: [],
      tail: [
        "(Reporting by Greta Moll; Editing by Peter Lindqvist and Susan Okafor)",
        "Our Standards: The Ardent Wire Trust Principles.",
        "Read Next",
        "Hackers demand ransom from Swiss medical device maker; production resumes\nIndian drugmaker pays attackers after plant shutdown",
      ],
    },
  ),
  page(
    "pg-sunridge-india",
    "Indian outlet page: IST timestamp, 'Also Read |', Google News line, trending topics",
    "Hyderabad's Sunridge Hospitals hit by ransomware, OPD services suspended",
    [
      "Sunridge Hospitals, a chain of four multi-speciality hospitals in Hyderabad, Telangana, suspended outpatient services on Monday after a ransomware attack encrypted its billing and patient records systems.",
      "Hospital officials said the attackers had demanded Rs 5 crore in cryptocurrency and that the management had refused to pay. Emergency services continued on manual records.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Sunridge Hospitals"],
      type: "hospital",
      ransom: { status: "refused", amount: 50000000, currency: "INR" },
      people: null,
      country: "IN",
      attacks: ["ransomware"],
      // Outpatient (OPD) services suspended: the outpatient appointments are off and the service is closed.
      impact: ["appointments-cancelled", "paper-records", "services-closed"],
    },
    {
      head: [
        "Updated: 16 Mar 2026, 11:32 AM IST",
        "Follow us on Google News",
        "Trending Topics: IPL 2026 | AIIMS cyber attack | Gold rate today | Weather",
      ],
      mid: {
        at: 1,
        lines: ["Also Read | AIIMS Delhi servers down for 10 days after ransomware attack, Rs 200 crore demanded"],
      },
      tail: ["Catch all the Latest News, Breaking News and Health Updates on our site."],
    },
  ),
  page(
    "pg-cairnvale-key-points",
    "Australian public-broadcaster page: key points box, topic line, 'What's next?' heading",
    "Cairnvale Radiology says 52,000 patients' data stolen",
    [
      "Key points:",
      "Hackers stole data of 52,000 patients from Cairnvale Radiology\nThe company says no ransom was paid\nPatients will be contacted by email",
      "Cairnvale Radiology, which runs 17 imaging clinics across regional Queensland, says hackers stole medical reports and Medicare numbers of about 52,000 patients in an attack in February.",
      "The company said it had been contacted by the hackers with a demand, but no ransom was paid.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Cairnvale Radiology"],
      type: "imaging",
      ransom: { status: "refused", amount: null, currency: null },
      people: 52000,
      country: "AU",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    {
      head: ["ABC Far North", "By Declan Moyes", "Posted 2h ago"],
      tail: [
        "What's next?",
        "The Office of the Australian Information Commissioner is investigating. In 2022 a ransomware attack on a Sydney hospital group led to data being published online.",
        "Topic: Cyber Security",
      ],
    },
  ),
  page(
    "pg-pinegrove-canada",
    "Canadian page: social sharing, corrections link, comments disabled note",
    "Ontario long-term care operator confirms ransomware attack",
    [
      "Pinegrove Senior Living, which operates nine long-term care homes in eastern Ontario, confirmed Friday that a ransomware attack had locked staff out of its electronic medication records.",
      "Staff are recording medications on paper until the system is restored, the company said. It would not say whether a ransom was demanded.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Pinegrove Senior Living"],
      type: "care-home",
      ransom: none,
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
    {
      head: ["Social Sharing", "CBC News · Posted: Mar 06, 2026 4:00 AM EST | Last Updated: 2 hours ago"],
      tail: [
        "Corrections and clarifications | Submit a news tip",
        "Comments are closed on this story. Last year's cyberattack on five Windsor-area hospitals drew hundreds of comments.",
      ],
    },
  ),
  page(
    "pg-ridgeline-vendor",
    "trade press with partner content mid-article and a webinar ad",
    "EHR vendor Ridgeline Clinical notifies 1.1 million patients",
    [
      "Ridgeline Clinical, a Tennessee company that sells electronic health record software to rural hospitals, said an attacker stole data of 1,104,380 patients from a database it hosts for its customers.",
      "The company said the attacker had used a compromised employee account and that it had not received any ransom demand.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Ridgeline Clinical"],
      type: "health-it-vendor",
      ransom: none,
      people: 1104380,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: ["Health IT Security", "Vendor News", "Jill Marchetti | April 2, 2026"],
      mid: {
        at: 1,
        lines: [
          "Partner content",
          "When LockBit hit a 300-bed hospital, its backups were encrypted too. Learn how immutable storage keeps surgery schedules running.",
        ],
      },
      tail: ["Webinar: What the ALPHV attack on Change Healthcare taught payers about third-party risk. Register now."],
    },
  ),
  page(
    "pg-advice-negative",
    "not relevant: an advice piece whose related list and sidebar name real-looking incidents",
    "Five ways hospitals can prepare for ransomware downtime",
    [
      "Hospitals that rehearse downtime procedures recover faster from ransomware, according to a survey of 400 health IT leaders by the consultancy Brandreth Partners.",
      "Among its recommendations: keep paper forms on every ward, test restoring backups every quarter, and agree in advance when ambulances should be diverted.",
    ],
    {
      relevant: false,
    },
    {
      head: ["Opinion", "By Dr. Meera Castell, chief medical information officer"],
      tail: [
        "Latest breaches",
        "Akira claims Greystone Regional Hospital (US)\nLockBit demands $3m from Valmont Clinic\nHospital in Lyon diverts ambulances after attack",
        "Related: Qilin claims attack on Rowan Community Hospital in Kansas",
      ],
    },
  ),
  page(
    "pg-school-negative",
    "not relevant (kind a): a school district attack, sidebar of hospital incidents",
    "Ransomware attack shuts Millbrook school district for three days",
    [
      "The Millbrook Unified School District in Oregon closed all 14 of its schools for three days after a ransomware attack encrypted its servers, the superintendent said.",
      "The Vice Society gang later claimed the attack and posted student records online.",
    ],
    {
      relevant: false,
    },
    {
      head: ["Education", "By Nora Bixby"],
      tail: [
        "More from Cybersecurity",
        "Hospital in Salem cancels surgeries after ransomware attack\nOregon clinic pays $500,000 to hackers",
      ],
    },
  ),
  page(
    "pg-hospital-news-negative",
    "not relevant (kind b): hospital news with a 'Most read' list of cyber incidents",
    "Westerby General opens new cardiac wing",
    [
      "Westerby General Hospital opened its new £18 million cardiac wing on Monday, adding 24 beds and two catheter labs.",
      "The hospital said the wing would cut waiting times for heart procedures by a third.",
    ],
    {
      relevant: false,
    },
    {
      head: ["Local News | Health | Business | Sport"],
      tail: [
        "Most read",
        "1. Ransomware gang leaks patient data from Westerby GP surgery\n2. Hackers force Carlow hospital to cancel operations\n3. Council tax to rise by 4.9%",
      ],
    },
  ),
  page(
    "pg-thornbury-timeline",
    "explainer with a timeline box of the victim's earlier attack",
    "Thornbury Health hit by second cyberattack",
    [
      "Thornbury Health, a non-profit health system with three hospitals in Kentucky, said on Monday that the Embargo ransomware group had encrypted servers at its main hospital over the weekend. Elective surgeries have been postponed.",
      "The health system said it had not decided how to respond to the group's demand for a ransom.",
    ],
    {
      relevant: true,
      attackers: ["Embargo"],
      victims: ["Thornbury Health"],
      type: "hospital",
      ransom: { status: "demanded-undisclosed", amount: null, currency: null },
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled"],
    },
    {
      head: [],
      tail: [
        "Timeline",
        "March 2023: Thornbury Health discloses a data breach after the Clop gang exploits a file-transfer tool; 90,000 patients notified.\nJuly 2023: Thornbury pays a $400,000 settlement over the breach.\nMarch 2026: Embargo attack encrypts servers.",
      ],
    },
  ),
  page(
    "pg-kelso-faq",
    "explainer in question-and-answer form",
    "Kelso Valley Hospital cyber attack: what we know",
    [
      "What happened? Kelso Valley Hospital in the Scottish Borders was hit by a cyber attack on Saturday that took its patient administration system offline.",
      "Have appointments been affected? Yes. The health board has cancelled outpatient appointments at the hospital until Wednesday.",
      "Was a ransom paid? The health board has not said whether it received a demand.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Kelso Valley Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "systems-offline"],
    },
    {
      head: ["Scotland", "Explainer"],
      tail: [
        "How does this compare with other attacks? In 2021 hackers stole 3TB of data from a Scottish health board and published it after it refused to pay.",
      ],
    },
  ),
  page(
    "pg-holloway-correction",
    "editor's correction note about a ransom the article does not report",
    "Holloway Family Clinic restores systems after cyberattack",
    [
      "Holloway Family Clinic, a primary care practice in Boise, Idaho, said its phone and scheduling systems were back online on Thursday, a week after a cyberattack.",
      "The clinic said it had found no evidence that patient information was taken.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Holloway Family Clinic"],
      type: "primary-care",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
    {
      head: [],
      tail: [
        "Correction: An earlier version of this story incorrectly said the clinic had paid a ransom of $250,000. That figure referred to a different clinic.",
      ],
    },
  ),
  page(
    "pg-ashgrove-updates",
    "blog post with dated UPDATE lines adding facts about the same incident",
    "Ashgrove Surgical Hospital hit by Lynx ransomware",
    [
      "The Lynx ransomware gang has added Ashgrove Surgical Hospital of Tulsa, Oklahoma, to its leak site, claiming to have stolen 400GB of data.",
      "UPDATE March 14: Ashgrove confirmed a ransomware attack on March 9 and said some scheduled surgeries had been rescheduled.",
      "UPDATE March 20: Lynx has now dumped the data on its leak site.",
    ],
    {
      relevant: true,
      attackers: ["Lynx"],
      victims: ["Ashgrove Surgical Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["ransomware", "data-theft"],
      impact: ["operations-cancelled", "data-leaked"],
    },
    {
      head: ["DataBreaches.net", "• About Us\n• Breach Laws\n• Privacy", "March 11, 2026 — posted by Dissent"],
      tail: ["Filed under: Breach Incidents, Health Data, U.S.", "<-- Back to Stories"],
    },
  ),
  page(
    "pg-mercer-events",
    "page with events box, jobs box and a 'From around the web' list",
    "Mercer Blood Centers confirms data theft in cyberattack",
    [
      "Mercer Blood Centers, a non-profit blood bank serving hospitals in Missouri and Kansas, said hackers stole donor information including names and dates of birth during a cyberattack in January.",
      "Blood collection continued throughout, the organisation said.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Mercer Blood Centers"],
      type: "other-healthcare",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "Upcoming events",
        "Healthcare Cybersecurity Forum, Boston, May 12-13\nRansomware Resilience Summit (virtual), June 4",
        "Jobs",
        "CISO, Ellery Regional Hospital, Ohio\nSecurity analyst, Greyfield Health Plan",
        "From around the web",
        "Hackers hit kidney dialysis chain, demand $8 million\nHospital pays ransom to unlock CT scanners",
      ],
    },
  ),
  page(
    "pg-velden-br-lines",
    "feed body read with <br> lines: byline, share words and related links on lines of one block",
    "Velden Klinik patients' data leaked by Akira",
    [
      "Akira has published data it says it stole from Velden Klinik, a private orthopaedic clinic in Carinthia, Austria.",
      "The clinic confirmed the attack and said the leaked files include patient invoices. It refused to pay the ransom the gang demanded.",
    ],
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Velden Klinik"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "AT",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
    {
      sep: "\n",
      head: ["by Lukas Brenner", "03/02/2026", "Share: Twitter | LinkedIn | Reddit"],
      tail: [
        "Related:",
        "Akira claims Graz hospital network, asks for €2 million",
        "Medusa leaks files of Vienna pharmacy chain",
        "Tags: Akira, Austria, healthcare, leak",
      ],
    },
  ),
  page(
    "pg-stonebridge-byline-top",
    "story opening with a long byline block and a 'Listen to this article' player",
    "Stonebridge Physiotherapy says ransomware encrypted patient files",
    [
      "Stonebridge Physiotherapy, which runs 22 physical therapy clinics in Alberta, said ransomware encrypted patient files on its servers on February 27. Clinics stayed open but could not book new appointments for four days.",
      "The company said the attackers demanded US$300,000 in bitcoin. It has not said whether it will pay.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Stonebridge Physiotherapy"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 300000, currency: "USD" },
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: [],
    },
    {
      head: [
        "Listen to this article\n00:00\n03:12",
        "Jasleen Ghuman\nHealth reporter\nJasleen Ghuman is a health reporter at the Prairie Ledger. She has written about the 2023 Akira attack on an Edmonton hospital network and about paying ransoms.",
        "Published March 2, 2026 • 3 minute read",
      ],
      tail: [
        "Join the conversation",
        "Conversations are opinions of our readers and are subject to the Code of Conduct.",
      ],
    },
  ),
];

// ---------------------------------------------------------------- round 2 (written after round 1's fixes)
const PAGES_ROUND_2: PagePair[] = [
  page(
    "pg2-calderbrook-breaking",
    "breaking-news page: BREAKING label, timestamped updates, previous coverage list",
    "Calderbrook Medical Center hit by cyberattack, ER on diversion",
    [
      "BREAKING: Calderbrook Medical Center in Flint, Michigan, has put its emergency department on diversion after a cyberattack on Thursday morning, a hospital spokesman said.",
      "Update 3:45 p.m.: The hospital says its electronic health record and phone systems are down and that some scheduled surgeries for Friday have been postponed.",
      "Update 6:10 p.m.: A spokesman said the hospital had not been contacted by any group and would not speculate about the cause.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Calderbrook Medical Center"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline"],
    },
    {
      head: ["Flint Herald-Journal", "By Marcus Bell | mbell@example.test"],
      tail: [
        "Previous coverage:",
        "Saginaw clinic network says Akira stole data on 80,000 patients\nDetroit hospital paid $1.5 million ransom, records show",
      ],
    },
  ),
  page(
    "pg2-hollins-other-news",
    "breach-news roundup: the headline's incident, then an 'In other news' section of full paragraphs",
    "Hollins Vision Centers Data Breach Affects 43,000 Patients",
    [
      "Hollins Vision Centers, an ophthalmology practice with nine locations in South Carolina, has notified 43,110 patients that their protected health information was stolen in a hacking incident detected on January 12, 2026.",
      "The practice said the attacker copied files from a file server holding names, addresses, dates of birth and diagnosis information. No ransom demand was mentioned in the notice.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Hollins Vision Centers"],
      type: "clinic",
      ransom: none,
      people: 43110,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: ["HIPAA Compliance Weekly", "Posted By Steve Adler on Mar 4, 2026"],
      tail: [
        "In Other Healthcare Data Breach News",
        "Redwater Family Medicine in Wyoming has started notifying 12,400 patients about a ransomware attack that encrypted its servers in November. The Rhysida gang claimed the attack and leaked the stolen data when the practice refused to pay a ransom of $600,000.",
        "Marlowe Home Health Services in Indiana said an employee email account was accessed by an unauthorized individual after a phishing attack. The breach affected 3,950 patients, and home visits were rescheduled while accounts were secured.",
      ],
    },
  ),
  page(
    "pg2-sandhill-syndicated-top",
    "syndicated story: originally-published note at the top, distribution line at the bottom",
    "Sandhill Regional Hospital pays ransom to restore systems",
    [
      "Sandhill Regional Hospital in rural Nebraska paid a ransom of $250,000 to the Akira ransomware gang to regain access to its encrypted systems, the hospital's chief executive told the county board on Tuesday.",
      "The hospital diverted ambulances to other hospitals for five days while its systems were down.",
    ],
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Sandhill Regional Hospital"],
      type: "hospital",
      ransom: { status: "paid", amount: 250000, currency: "USD" },
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
    {
      head: [
        "This story was originally published by the Prairie Health Desk, a nonprofit newsroom covering rural health care. Sign up for its newsletters.",
      ],
      tail: [
        "Distributed by Tribune-Ledger Content Agency, LLC.",
        "The Prairie Health Desk's earlier reporting found that at least 14 rural hospitals paid ransoms in 2025, including one that paid $1 million to LockBit.",
      ],
    },
  ),
  page(
    "pg2-wexcombe-vendor-release",
    "security vendor press release naming the victim as a customer story; vendor boilerplate at the end",
    "Wexcombe Health Restores Operations After Ransomware Attack With Help of Orrin Cyber",
    [
      "BOSTON, March 10, 2026 /BusinessWire/ -- Wexcombe Health, a community hospital system in western Massachusetts, has restored all clinical systems after a ransomware attack on February 21 that forced it to cancel elective surgeries and switch to paper records.",
      "Wexcombe did not pay the ransom demanded by the attackers, the health system said.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Wexcombe Health"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "systems-offline", "paper-records"],
    },
    {
      head: [],
      tail: [
        "About Orrin Cyber: Orrin Cyber is a leading provider of incident response and ransomware recovery services, trusted by more than 400 hospitals, clinics and pharmacy chains. Orrin responders have helped victims of LockBit, ALPHV and Rhysida recover without paying.",
        "Contacts: Priya Lal, Orrin Cyber, press@example.test",
      ],
    },
  ),
  page(
    "pg2-ardley-video-timestamps",
    "video transcript with bracketed timecodes on every line",
    "Ardley Children's Hospital: hackers publish patient files",
    [
      "[00:00:04] Ardley Children's Hospital in Birmingham says criminals have published files stolen in last month's cyber attack, including some patient records.",
      "[00:00:19] The hospital says it will not pay the hackers, who had asked for £1.5 million.",
      "[00:00:31] Outpatient appointments were cancelled for two days after the attack, but the hospital says its services are now running normally.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Ardley Children's Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: 1500000, currency: "GBP" },
      people: null,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["appointments-cancelled", "data-leaked"],
    },
    {
      head: ["Video", "Midlands Today", "2 min"],
      tail: [
        "[00:00:45] END OF TRANSCRIPT",
        "More videos",
        "Nurses at Coventry hospital describe working on paper during IT outage\nWolverhampton GP practices hit by Qilin, data of 30,000 patients stolen",
      ],
    },
  ),
  page(
    "pg2-gresham-bullets",
    "related list with bullet dots and dates; a ticker line split by bullets",
    "Gresham Dialysis Partners confirms ransomware attack",
    [
      "Gresham Dialysis Partners, which runs 28 kidney dialysis clinics in Georgia and Alabama, confirmed on Monday that a ransomware attack had encrypted parts of its network.",
      "Dialysis treatments continued as scheduled, but the company's patient portal was taken offline.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Gresham Dialysis Partners"],
      type: "clinic",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline"],
    },
    {
      head: [
        "Akira hits Ohio clinic • LockBit returns with new leak site • Hospital pays $3m to Qilin • HHS fines insurer",
      ],
      tail: [
        "Related",
        "• Kidney care company pays $2 million ransom to ALPHV (Feb 3, 2026)\n• BlackSuit leaks data of Alabama hospital (Jan 28, 2026)\n• Dialysis provider cancels treatments after cyberattack (Jan 14, 2026)",
      ],
    },
  ),
  page(
    "pg2-tannery-email-digest",
    "newsletter e-mail as a feed item: view-in-browser, forward, unsubscribe lines",
    "Tannery Lane Surgery hit by cyber attack",
    [
      "Tannery Lane Surgery, a GP practice in Norwich, has told patients that a cyber attack has left it unable to access patient records and that routine appointments are cancelled until further notice.",
      "The practice said prescriptions could still be collected from local pharmacies.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Tannery Lane Surgery"],
      type: "primary-care",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "systems-offline"],
    },
    {
      head: ["View this email in your browser", "Primary Care Today | Daily Bulletin | 12 March 2026"],
      tail: [
        "Forward to a friend",
        "You are receiving this email because you subscribed to Primary Care Today. Yesterday's bulletin: ransomware gang leaks data from Suffolk GP federation.",
        "Unsubscribe | Update your preferences | Privacy policy",
      ],
    },
  ),
  page(
    "pg2-brookvale-poll",
    "page with a reader poll and its yes/no question",
    "Brookvale Community Hospital refuses ransom after attack",
    [
      "Brookvale Community Hospital in Tasmania says it will not pay a ransom to the hackers who encrypted its computer systems last week.",
      "The hospital has moved to paper-based processes and transferred some patients to the Royal Hobart Hospital.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Brookvale Community Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "AU",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "paper-records"],
    },
    {
      head: [],
      tail: [
        "Poll",
        "Should hospitals ever pay ransoms to hackers?",
        "Yes, if patients' lives are at risk\nNo, never\nUnsure",
        "Vote  |  View results",
      ],
    },
  ),
  page(
    "pg2-merrow-prev-next",
    "blog post with previous/next post links naming other incidents, and a written-by box",
    "Merrow Pharmacy Group: Qilin claims 400GB",
    [
      "The Qilin ransomware gang has listed Merrow Pharmacy Group, a chain of 35 community pharmacies in Ireland, on its leak site and claims to have stolen 400GB of customer and prescription data.",
      "Merrow told us it was aware of the claim and was investigating with the Garda National Cyber Crime Bureau.",
    ],
    {
      relevant: true,
      attackers: ["Qilin"],
      victims: ["Merrow Pharmacy Group"],
      type: "pharmacy",
      ransom: none,
      people: null,
      country: "IE",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: ["Written by Aoife Kerrigan\nSenior Threat Researcher"],
      tail: [
        "Share this post",
        "Previous post\nLockBit affiliate demands €2m from Cork maternity hospital",
        "Next post\nHSE confirms data of 20,000 patients leaked by Rhysida",
      ],
    },
  ),
  page(
    "pg2-linwood-gallery",
    "photo gallery captions with 'Image 1 of 3' counters",
    "Linwood Behavioral Health patients' therapy notes leaked",
    [
      "Therapy notes and intake forms of patients of Linwood Behavioral Health, a psychiatric and counseling provider in Oregon, have been posted on a leak site by the Medusa gang, which had demanded $800,000.",
      "Linwood said it did not pay and has notified 18,300 patients.",
    ],
    {
      relevant: true,
      attackers: ["Medusa"],
      victims: ["Linwood Behavioral Health"],
      type: "mental-health",
      ransom: { status: "refused", amount: 800000, currency: "USD" },
      people: 18300,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
    {
      head: [
        "Image 1 of 3: Linwood's main clinic in Salem.",
        "Image 2 of 3: A ransom note left on a Portland hospital's computers in 2024.",
        "Image 3 of 3: Medusa's leak site countdown for an Idaho surgery center.",
      ],
      tail: [],
    },
  ),
  page(
    "pg2-kesgrave-paged",
    "multi-page article: page counter and next-page link, with an ad slot between paragraphs",
    "Kesgrave Imaging network outage enters second week",
    [
      "Kesgrave Imaging, which runs 11 radiology clinics around Manchester, says its scheduling and image-sharing systems remain offline more than a week after a ransomware attack.",
      "Patients with scans booked this week are being rebooked, the company said. It has not said whether a ransom was demanded.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Kesgrave Imaging"],
      type: "imaging",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "systems-offline"],
    },
    {
      head: ["Page 1 of 2"],
      mid: { at: 1, lines: ["Advertisement - scroll to continue reading", "Close ad"] },
      tail: [
        "Next page »",
        "Continue to page 2: how a Leeds hospital recovered from its own ransomware attack in 2023",
      ],
    },
  ),
  page(
    "pg2-amberley-get-in-touch",
    "UK regional page ending on reader-contact and follow-us lines",
    "Amberley Hospice says hackers accessed patient data",
    [
      "Amberley Hospice in West Sussex says hackers accessed its systems in February and may have viewed the personal details of patients and families it cares for.",
      "The charity said care at its inpatient unit had not been affected.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Amberley Hospice"],
      type: "care-home",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "Follow Sussex Live on Facebook, X and Instagram. Send your story ideas to sussex@example.test.",
        "Get in touch: Do you have a story about the NHS cyber attacks that cancelled thousands of operations? Email us.",
      ],
    },
  ),
  page(
    "pg2-ravensworth-audio",
    "article with an AI audio player note and a key-takeaways box",
    "Ravensworth Health Plan says 2.3 million members affected by breach",
    [
      "Key takeaways: Ravensworth Health Plan says hackers stole data on 2.3 million members. The insurer says it refused a ransom demand.",
      "Ravensworth Health Plan, a nonprofit health insurer in Pennsylvania, said an attacker stole member names, Social Security numbers and claims data in an intrusion discovered on January 4.",
      "The insurer said the attackers demanded a ransom and that it refused to pay.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Ravensworth Health Plan"],
      type: "insurer",
      ransom: { status: "refused", amount: null, currency: null },
      people: 2300000,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    {
      head: ["Listen to this article · 4 min", "Audio generated by AI. Learn more."],
      tail: [
        "Sources",
        "Ravensworth Health Plan breach notice; HHS breach portal; LockBit leak site archive",
        "Further reading",
        "Largest health insurer breaches of 2025\nHow the ALPHV attack on a clearinghouse stopped pharmacy claims",
      ],
    },
  ),
  page(
    "pg2-power-outage-negative",
    "not relevant (kind b): a hospital power outage, with a sidebar of cyber incidents",
    "Power cut forces Dunhollow hospital to cancel operations",
    [
      "Dunhollow General Hospital cancelled 40 operations on Tuesday after a power cut knocked out electricity to its surgical block, the health board said.",
      "Engineers restored power by the evening. The board said the outage was caused by a faulty substation and was not a cyber attack.",
    ],
    { relevant: false },
    {
      head: [],
      tail: [
        "Most read",
        "Hackers leak patient data from Welsh health board\nRansomware gang demands £4m from Cardiff hospital",
      ],
    },
  ),
  page(
    "pg2-vendor-partnership-negative",
    "not relevant (kind c): a vendor partnership release with an About block naming past attacks",
    "Orrin Cyber and Halberd Health announce ransomware readiness partnership",
    [
      "Orrin Cyber today announced a partnership with Halberd Health, a 12-hospital system in Virginia, to run ransomware readiness exercises and 24/7 threat monitoring.",
      "Halberd's chief information security officer said the partnership would help protect patients from attacks like those that have forced other hospitals to divert ambulances.",
    ],
    { relevant: false },
    {
      head: [],
      tail: [
        "About Orrin Cyber",
        "Orrin Cyber is a leading provider of incident response services. Its responders handled the LockBit attack on a Chicago children's hospital and the Rhysida attack on a British library.",
      ],
    },
  ),
  page(
    "pg2-webinar-negative",
    "not relevant (kind c): an event page that recounts past incidents as examples",
    "Webinar: What the Kestrel Ridge attack taught us about downtime",
    [
      "Join our panel of hospital CIOs on April 14 for a discussion of downtime procedures, backup strategy and how to decide whether to divert ambulances during a cyber attack.",
      "Speakers will draw on lessons from recent incidents across the sector. Registration is free for healthcare providers.",
    ],
    { relevant: false },
    {
      head: ["Events | Webinars | Podcasts | Whitepapers"],
      tail: [
        "Register now",
        "Previous webinars: Inside the Qilin attack on a London pathology provider; Paying LockBit: one CEO's story",
      ],
    },
  ),
  page(
    "pg2-pellworth-kyodo",
    "Asian wire page: agency dateline, Japanese hospital, 'Related coverage' list",
    "Japanese hospital halts new outpatients after ransomware attack",
    [
      "OSAKA, March 2 (Kyodo) -- Pellworth Memorial Hospital in Osaka has stopped accepting new outpatients after a ransomware attack encrypted its electronic medical record system on Saturday, the hospital said Monday.",
      "The hospital said a ransom note demanding payment in bitcoin had appeared on its computers but that it would not pay.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Pellworth Memorial Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "JP",
      attacks: ["ransomware"],
      impact: ["services-closed"],
    },
    {
      head: [],
      tail: [
        "Related coverage:",
        "Tokushima hospital pays for decryption after LockBit attack\nOsaka general hospital resumes surgeries two months after cyberattack",
        "Kyodo News",
      ],
    },
  ),
  page(
    "pg2-orla-disqus",
    "comment form and thread in a comment system's layout",
    "Orla Fertility Clinic confirms Akira attack",
    [
      "Orla Fertility Clinic in Dublin has confirmed that the Akira ransomware gang attacked its systems, encrypting patient files and forcing it to postpone embryo transfer procedures scheduled for this week.",
      "The clinic said it would not pay any ransom.",
    ],
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Orla Fertility Clinic"],
      type: "clinic",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "IE",
      attacks: ["ransomware"],
      impact: ["operations-cancelled"],
    },
    {
      head: [],
      tail: [
        "Leave a comment",
        "Name *\nEmail *\nPost Comment",
        "Sort by Best",
        "Declan O. — 5 hours ago: My sister's IVF at another clinic was cancelled after the HSE attack in 2021. Hope they paid up fast this time.",
      ],
    },
  ),
  page(
    "pg2-quarry-top-editors-note",
    "editor's note at the top about the article's updates",
    "Quarry Hill Cancer Center data breach affects 9,800 patients",
    [
      "Quarry Hill Cancer Center, an outpatient oncology practice in Rhode Island, said an unauthorized party stole patient names, treatment plans and insurance details in a network intrusion in January.",
      "The practice said 9,812 patients were affected and that chemotherapy appointments were not disrupted.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Quarry Hill Cancer Center"],
      type: "clinic",
      ransom: none,
      people: 9812,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [
        "Editor's note: This article was updated on March 9 to add the number of patients affected. An earlier version said the practice had paid a ransom to the BianLian gang; the practice says no ransom was discussed.",
      ],
      tail: [],
    },
  ),
  page(
    "pg2-sturridge-ticker-table",
    "page ending on a table of the year's largest breaches",
    "Sturridge Health System notifies 640,000 patients of data theft",
    [
      "Sturridge Health System, which operates six hospitals in Arizona, said hackers stole data on 640,250 patients in an attack on its network last fall.",
      "The health system said the stolen files included Social Security numbers for about 120,000 people.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Sturridge Health System"],
      type: "hospital",
      ransom: none,
      people: 640250,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "Largest healthcare data breaches of 2026 so far",
        "Organization | Individuals affected | Attack\nCorbel Health Plan | 4,100,000 | Ransomware\nWestlake Clinical Labs | 1,250,000 | Hacking\nSturridge Health System | 640,250 | Hacking",
      ],
    },
  ),
  page(
    "pg2-fairhaven-comments-count",
    "news page whose comment count heading shows as 'View 12 comments'",
    "Fairhaven Ambulance Service hit by ransomware",
    [
      "Fairhaven Ambulance Service, which provides emergency medical services across three counties in Wisconsin, said a ransomware attack disabled its computer-aided dispatch system on Sunday.",
      "Dispatchers switched to paper run cards and radio, and no calls were missed, the service said.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Fairhaven Ambulance Service"],
      type: "ambulance",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
    {
      head: [],
      tail: [
        "View 12 comments",
        "GaryW: Same thing happened at the county hospital two years ago and they paid $300k. Ambulances were sent to Madison for a week.",
      ],
    },
  ),
  page(
    "pg2-ilmore-french-outlet",
    "European outlet in English: dateline with agency, 'Read also' lines, translated-by note",
    "French clinic group Ilmore Santé hit by LockBit",
    [
      "PARIS (AFP) - The LockBit ransomware group has claimed an attack on Ilmore Santé, a group of 14 private clinics in Brittany, and demanded 2 million euros, the company said on Wednesday.",
      "Ilmore said it had filed a complaint, would not pay, and had postponed non-urgent surgery at three clinics.",
    ],
    {
      relevant: true,
      attackers: ["LockBit"],
      victims: ["Ilmore Santé"],
      type: "clinic",
      ransom: { status: "refused", amount: 2000000, currency: "EUR" },
      people: null,
      country: "FR",
      impact: ["operations-cancelled"],
    },
    {
      head: [],
      mid: { at: 1, lines: ["Read also: Cyberattack on Armentières hospital: data of 15,000 patients published"] },
      tail: ["Translated from French by the editorial team.", "© Agence France-Presse"],
    },
  ),
  page(
    "pg2-tolland-related-teasers-dates",
    "related teasers with a date line under each headline",
    "Tolland Orthopaedic Hospital cancels surgeries after cyber incident",
    [
      "Tolland Orthopaedic Hospital in Kent has cancelled all planned surgeries this week after a cyber incident affected its IT systems, the hospital's owner said.",
      "The hospital said it was working with the National Crime Agency and had no evidence that patient data had been taken.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Tolland Orthopaedic Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["operations-cancelled"],
    },
    {
      head: [],
      tail: [
        "You might also like",
        "Akira claims attack on Sussex private hospital group",
        "3 March 2026",
        "Medusa leaks data of 50,000 patients from Essex clinic chain after £1m demand refused",
        "28 February 2026",
      ],
    },
  ),
  page(
    "pg2-wynford-statement-page",
    "hospital website statement page with a site menu and a 'Latest news' sidebar",
    "Statement on IT incident",
    [
      "Wynford Valley Hospital has experienced a cyber attack affecting its IT systems. As a precaution, we have taken our systems offline and are diverting ambulances to neighbouring hospitals.",
      "Planned outpatient appointments on Monday and Tuesday are cancelled. Patients will be contacted to rearrange.",
      "Wynford Valley Hospital is part of the Caldmoor Health Group.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Wynford Valley Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: null,
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "ambulance-diversion", "systems-offline"],
    },
    {
      head: ["Home | Our services | Visiting | Careers | News | Contact", "News » Statement on IT incident"],
      tail: [
        "Latest news",
        "New MRI scanner arrives at Wynford Valley\nVolunteers honoured at annual awards\nFlu vaccination clinics open",
      ],
    },
  ),
  page(
    "pg2-ossory-podcast-guest",
    "podcast show notes whose guest bio names other incidents",
    "Podcast: Why Ossory Dental Group refused to pay",
    [
      "Ossory Dental Group, which runs 19 dental practices in Ontario, refused to pay the US$2 million the Black Basta gang demanded after it encrypted the group's servers in January, chief executive Tom Reid says in this week's episode.",
      "Reid says patients' appointments were cancelled for a week while the practices worked from paper charts.",
    ],
    {
      relevant: true,
      attackers: ["Black Basta"],
      victims: ["Ossory Dental Group"],
      type: "dental",
      ransom: { status: "refused", amount: 2000000, currency: "USD" },
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled", "paper-records"],
    },
    {
      head: ["Subscribe: Apple Podcasts | Spotify | Pocket Casts"],
      tail: [
        "About our guest: Tom Reid led the recovery of a Toronto hospital network that paid $3.5 million to LockBit in 2022 before joining Ossory.",
        "Episode transcript available to subscribers.",
      ],
    },
  ),
  page(
    "pg2-glenmoor-tracker-table-row",
    "tracker page: a table row for the victim, a table of other victims after",
    "New victim: Glenmoor Surgical Center",
    [
      "Group | Victim | Country | Sector | Date\nPlay | Glenmoor Surgical Center | US | Healthcare | 2026-03-12",
      "Play has added Glenmoor Surgical Center, an ambulatory surgery center in Arizona, to its leak site and says it will publish the stolen data on March 19.",
    ],
    {
      relevant: true,
      attackers: ["Play"],
      victims: ["Glenmoor Surgical Center"],
      type: "clinic",
      people: null,
      country: "US",
      impact: [],
    },
    {
      head: ["RansomLook · Recent posts · Groups · Stats"],
      tail: [
        "Previous posts by this group",
        "Play | Kestrel Eye Institute | US | Healthcare | 2026-03-10\nPlay | Brannock Pharmacy | CA | Healthcare | 2026-03-08",
      ],
    },
  ),
  page(
    "pg2-harlan-print-view",
    "print view of a page: printed-from line, URL footer and a copyright line",
    "Harlan County Health Department reports ransomware attack",
    [
      "The Harlan County Health Department in Kentucky said a ransomware attack on Friday had shut down its phone lines and electronic records, and its clinics were closed on Monday.",
      "Director Ann Mercer said the department had not received a ransom demand.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Harlan County Health Department"],
      type: "public-health",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "services-closed"],
    },
    {
      head: ["Printed from: Appalachian Courier"],
      tail: [
        "https://courier.example.test/news/health/harlan-county-health-department-ransomware",
        "© 2026 Appalachian Courier. Reproduction without permission prohibited.",
      ],
    },
  ),
  page(
    "pg2-pemberton-liveblog-pinned",
    "live blog with a pinned summary post and updates labelled by relative time",
    "Pemberton Royal Infirmary cyber attack - latest",
    [
      "Pinned: Pemberton Royal Infirmary has declared a major incident after a ransomware attack. Ambulances are being diverted and all non-urgent operations are cancelled.",
      "12 mins ago: Hospital bosses say staff are using pen and paper while the trust's systems are switched off.",
      "1 hour ago: Lancashire Police say they are working with the National Crime Agency to investigate.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Pemberton Royal Infirmary"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "systems-offline", "paper-records"],
    },
    {
      head: ["LIVE", "Updated 12 minutes ago"],
      tail: [
        "2 hours ago: Readers have been in touch about the 2024 attack on a London pathology provider, which led to more than 10,000 appointments being cancelled.",
        "Show more updates",
      ],
    },
  ),
  page(
    "pg2-caverly-newsletter-inline",
    "newsletter sign-up box written as sentences between paragraphs",
    "Caverly Labs says patient test results stolen",
    [
      "Caverly Labs, a clinical laboratory in Texas that processes blood tests for hospitals and doctors' offices, said hackers stole test results and billing records of 212,600 patients.",
      "The company said the attack, discovered on February 2, did not affect its testing operations.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Caverly Labs"],
      type: "laboratory",
      ransom: none,
      people: 212600,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [],
      mid: {
        at: 1,
        lines: [
          "Want stories like this in your inbox? Our free Health Breach Alert tells you every morning which hospitals were hacked and which gangs demanded ransoms. Sign up now.",
        ],
      },
      tail: [],
    },
  ),
  page(
    "pg2-penrith-quote-box",
    "pull quote repeated from the story and a 'Share this quote' label",
    "Penrith Care Homes: ransomware gang leaks residents' data",
    [
      "The Rhysida gang has leaked personal data of residents and staff of Penrith Care Homes, which runs 11 nursing homes in Cumbria, after the company refused to pay a ransom.",
      '"We will not reward criminals," managing director Helen Ward said. "Our residents\' care has continued throughout."',
    ],
    {
      relevant: true,
      attackers: ["Rhysida"],
      victims: ["Penrith Care Homes"],
      type: "care-home",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "GB",
      attacks: ["data-theft", "extortion"],
      impact: ["data-leaked"],
    },
    {
      head: [],
      mid: { at: 1, lines: ['"We will not reward criminals."', "Share this quote"] },
      tail: ["Tags\nRhysida\nLockBit\nCare homes\nCumbria"],
    },
  ),
];

// ---------------------------------------------------------------- round 3 (written after round 2's fixes)
// Some pages go through the product's own readers: an article page's HTML through extractArticlePage (which drops
// nav, aside, figure and classed furniture, but keeps what a theme puts in plain or unfamiliar containers), and a
// feed item's content:encoded through htmlToText.
const escapeHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paras = (paragraphs: string[]) => paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");

function htmlPage(
  id: string,
  shape: string,
  title: string,
  paragraphs: string[],
  want: Want,
  html: (body: string) => string,
): PagePair {
  const excerpt: BankCase = { id: `${id}-excerpt`, shape, title, text: paragraphs.join("\n\n"), want };
  const text = extractArticlePage(html(paras(paragraphs)), "https://news.example.test/story").text;
  return { id, shape, excerpt, page: { title, text } };
}

function feedItem(id: string, shape: string, title: string, paragraphs: string[], want: Want, after: string): PagePair {
  const excerpt: BankCase = { id: `${id}-excerpt`, shape, title, text: paragraphs.join("\n\n"), want };
  return { id, shape, excerpt, page: { title, text: htmlToText(paras(paragraphs) + after) } };
}

const PAGES_ROUND_3: PagePair[] = [
  htmlPage(
    "pg3-wp-caption-related",
    "WordPress page through the article reader: wp-caption, Jetpack related posts, post navigation, author box",
    "Birchfield Family Health Centre hit by ransomware",
    [
      "Birchfield Family Health Centre, a GP practice in Cardiff serving 14,000 patients, says a ransomware attack has encrypted its clinical system and that routine appointments are cancelled this week.",
      "The practice said it had not been asked for a ransom and that no patient data appeared to have been taken.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Birchfield Family Health Centre"],
      type: "primary-care",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled"],
    },
    (body) => `<html><body><header><nav><a href="/">Home</a></nav></header>
<article class="post"><h1 class="entry-title">Birchfield Family Health Centre hit by ransomware</h1>
<div class="entry-meta">Posted on 3 March 2026 by Gwen Parry</div>
<div class="entry-content">
<div class="wp-caption aligncenter"><img src="a.jpg"><p class="wp-caption-text">Staff at Ely Hospital worked on paper for a month after the LockBit attack in 2024.</p></div>
${body}
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3>
<div class="jp-relatedposts-post"><a href="/1">Hackers demand £2m from Swansea GP federation</a></div>
<div class="jp-relatedposts-post"><a href="/2">Akira leaks data of Newport dental chain</a></div></div>
</div>
<div class="post-navigation nav-links"><div class="nav-previous"><a href="/p">Previous: Qilin claims attack on Bristol pathology lab</a></div></div>
<div class="author-box"><p>Gwen Parry writes about NHS technology for the Valleys Courier. She covered the 2024 attack that cancelled thousands of operations in London.</p></div>
</article></body></html>`,
  ),
  htmlPage(
    "pg3-newsroom-divs",
    "news page through the article reader: story in unclassed divs, inline newsletter box, ad slot, related rail",
    "Seabright Eye Hospital cancels surgeries after cyberattack",
    [
      "Seabright Eye Hospital in Galway has cancelled cataract surgeries scheduled for this week after a cyberattack took its patient administration system offline on Sunday.",
      "The hospital said it was working with the HSE and gardaí and that the attackers had not made contact.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Seabright Eye Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "IE",
      attacks: ["unknown"],
      impact: ["operations-cancelled", "systems-offline"],
    },
    (body) => `<html><body><main>
<h1>Seabright Eye Hospital cancels surgeries after cyberattack</h1>
<div class="meta"><span>By Niamh Burke</span> <time datetime="2026-03-09">9 March 2026</time></div>
<div class="body">
${body}
<div class="inline-signup"><p>Get the Irish Health Tech briefing free every Friday: the week's breaches, attacks and ransoms.</p></div>
<div class="ad-container"><p>Advertisement</p></div>
</div>
<div class="rail"><h4>More in Health</h4><ul><li><a href="/a">HSE confirms data of 20,000 patients leaked</a></li><li><a href="/b">Cork hospital pays ransom, sources say</a></li><li><a href="/c">Limerick clinic diverts patients after IT attack</a></li></ul></div>
</main></body></html>`,
  ),
  htmlPage(
    "pg3-sidebar-widgets",
    "page with no article element: the reader falls back to the body, sidebar widgets included",
    "Mayfield Medical Supplies says hackers stole customer data",
    [
      "Mayfield Medical Supplies, a Minnesota distributor of surgical and wound-care products to hospitals and clinics, says hackers stole customer records including names, addresses and order histories in an attack discovered on February 20.",
      "The company said 38,200 customers were affected and that it had not paid any ransom.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Mayfield Medical Supplies"],
      type: "pharma-medtech",
      ransom: { status: "refused", amount: null, currency: null },
      people: 38200,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    (body) => `<html><body>
<div id="wrap"><div class="site-title">MedTech Wire</div>
<div class="story"><h1>Mayfield Medical Supplies says hackers stole customer data</h1>
${body}
</div>
<div class="widget widget-recent"><h3>Recent breaches</h3><ul><li><a href="/x">Akira claims St. Paul dialysis provider</a></li><li><a href="/y">Medusa posts data of Duluth clinic</a></li><li><a href="/z">Device maker pays $1m ransom to Black Basta</a></li></ul></div>
<div class="widget"><h3>About MedTech Wire</h3><p>MedTech Wire has covered medical device security since the 2017 WannaCry attack that crippled NHS hospitals.</p></div>
</div></body></html>`,
  ),
  htmlPage(
    "pg3-tweet-embed",
    "page with an embedded post (blockquote) quoting another incident",
    "Harrowgate Clinic says patient data published by BianLian",
    [
      "Harrowgate Clinic, a private outpatient clinic in Leeds, has confirmed that data stolen in a cyber attack in January has been published online by the BianLian group.",
      "The clinic said the files include referral letters and that affected patients are being contacted.",
    ],
    {
      relevant: true,
      attackers: ["BianLian"],
      victims: ["Harrowgate Clinic"],
      type: "clinic",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
    (body) => `<html><body><article><h1>Harrowgate Clinic says patient data published by BianLian</h1>
${body}
<blockquote class="twitter-tweet"><p>BianLian also listed Kirkstall Private Hospital today, demanding $900k. Ambulances were diverted there last week. #ransomware</p>— ThreatWatch (@threatwatch) March 2, 2026</blockquote>
</article></body></html>`,
  ),
  htmlPage(
    "pg3-json-ld-body",
    "script-rendered page: the story only in JSON-LD articleBody, the markup holds only teasers",
    "Castlemere Health Trust confirms ransom demand",
    [
      "Castlemere Health Trust, which runs two hospitals in Northern Ireland, confirmed that the Rhysida gang demanded 25 bitcoin after an attack that encrypted its servers last week.",
      "The trust said it would not pay and that its emergency departments remained open.",
    ],
    {
      relevant: true,
      attackers: ["Rhysida"],
      victims: ["Castlemere Health Trust"],
      type: "hospital",
      ransom: { status: "refused", amount: 25, currency: "BTC" },
      people: null,
      country: "GB",
      attacks: ["ransomware"],
      impact: [],
    },
    (body) => {
      const text = body.replace(/<\/?p>/g, "").replace(/\n/g, "\n\n");
      const ld = JSON.stringify({ "@type": "NewsArticle", headline: "x", articleBody: text.replace(/&amp;/g, "&") });
      return `<html><head><script type="application/ld+json">${ld}</script></head><body><div id="root"><div class="teaser"><a href="/1">Belfast hospital pays ransom to LockBit</a></div></div></body></html>`;
    },
  ),
  feedItem(
    "pg3-feed-appeared-first",
    "feed item whose content:encoded ends with WordPress's 'The post ... appeared first on ...' line",
    "Kilbride Dental Care patients warned after data theft",
    [
      "Kilbride Dental Care, a group of seven dental practices in Ontario, is warning 21,500 patients that their information was stolen in a cyberattack in December.",
      "The company said it refused a ransom demand and that the attackers had not published any data.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Kilbride Dental Care"],
      type: "dental",
      ransom: { status: "refused", amount: null, currency: null },
      people: 21500,
      country: "CA",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    `<p>The post <a href="https://x.test/1">Akira leaks data of Ottawa hospital after $2m demand refused</a> appeared first on <a href="https://x.test">Canadian Health Security</a>.</p>`,
  ),
  feedItem(
    "pg3-feed-related-list",
    "feed item with a related-posts list and a share line after the story",
    "Lowther Ambulance Trust dispatch system hit by cyber attack",
    [
      "Lowther Ambulance Service NHS Trust says a cyber attack on its computer-aided dispatch supplier has forced call handlers to take 999 calls on paper.",
      "The trust said patient care was not affected and that no ransom demand had been received.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Lowther Ambulance Service NHS Trust"],
      type: "ambulance",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["paper-records"],
    },
    `<h3>Related posts:</h3><ul><li><a href="/1">Qilin demands $5m from hospital software firm</a></li><li><a href="/2">London hospitals cancel 800 operations after pathology attack</a></li><li><a href="/3">LockBit affiliate jailed for attacks on hospitals</a></li></ul><p>Share: <a href="/f">Facebook</a> | <a href="/t">X</a> | <a href="/l">LinkedIn</a></p>`,
  ),
  page(
    "pg3-numbered-roundup",
    "numbered roundup: the headline's incident as item 1, other incidents as items 2 and 3 under 'Also in this roundup'",
    "Ransomware roundup: Akira hits Fenwick Orthopaedic Group",
    [
      "1. Akira hits Fenwick Orthopaedic Group",
      "The Akira gang has claimed an attack on Fenwick Orthopaedic Group, an orthopaedic practice with 12 clinics in Virginia, and says it stole 90GB of patient files. Fenwick confirmed that surgeries at its two surgery centers were postponed after the attack.",
    ],
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Fenwick Orthopaedic Group"],
      type: "clinic",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["data-theft"],
      impact: ["operations-cancelled"],
    },
    {
      head: ["The Friday Ransomware Roundup | March 13, 2026"],
      tail: [
        "Also in this roundup",
        "2. LockBit returns with Maryland hospital claim",
        "LockBit's rebuilt leak site lists Tidewell Regional Hospital in Maryland and demands $3 million. Tidewell said ambulances were diverted for two days.",
        "3. Medusa posts pharmacy data",
        "Medusa published 60GB it says it stole from Crane Pharmacy, a chain of 20 pharmacies in Kentucky, after the company refused to pay.",
      ],
    },
  ),
  page(
    "pg3-key-events-liveblog",
    "live blog with a key-events list of timestamped one-liners at the top",
    "Vardon Hospital cyber attack: live",
    [
      "Vardon Hospital in Gloucestershire declared a critical incident on Tuesday after a ransomware attack encrypted its servers. Ambulances are being diverted to Cheltenham and planned operations are cancelled.",
      "Hospital chief executive Laura Finch said staff had returned to paper records and that the hospital would not pay any ransom.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Vardon Hospital"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "GB",
      attacks: ["ransomware"],
      impact: ["operations-cancelled", "ambulance-diversion", "paper-records"],
    },
    {
      head: [
        "Key events",
        "2h ago Ambulances diverted\n3h ago Critical incident declared\n5h ago First reports on social media",
        "Show key events only",
      ],
      tail: [
        "Please turn on JavaScript to see live updates.",
        "This is a developing story and will be updated. Have information? Contact our tips line at tips@example.test.",
      ],
    },
  ),
  page(
    "pg3-hospital-release-hash",
    "hospital's own press release: '###' end mark, media contact, About the victim",
    "Harlow Valley Health Statement on Cybersecurity Incident",
    [
      "HARLOW, Ore. - Harlow Valley Health, which runs a 180-bed hospital and 11 clinics in southern Oregon, today confirmed that a cybersecurity incident discovered on March 3 disrupted its phone and email systems. Patient care continues, and no surgeries have been cancelled.",
      "Harlow Valley Health has not received a ransom demand and is working with the FBI.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Harlow Valley Health"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
    {
      head: [],
      tail: [
        "###",
        "About Harlow Valley Health: Harlow Valley Health is a not-for-profit health system with a 180-bed hospital and 11 clinics serving southern Oregon.",
        "Media contact: Dana Moss, 541-555-0110",
      ],
    },
  ),
  page(
    "pg3-source-via-lines",
    "syndicated trade copy: 'Source:' and 'Via:' lines at the top, an attribution line at the end",
    "Qilin claims attack on Thornvale Pathology",
    [
      "The Qilin ransomware group claims to have stolen 1.2TB of data from Thornvale Pathology, a UK provider of blood testing services to GP practices in Kent, and has begun publishing samples.",
      "Thornvale said some test results were delayed but that its laboratories were operating.",
    ],
    {
      relevant: true,
      attackers: ["Qilin"],
      victims: ["Thornvale Pathology"],
      type: "laboratory",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["data-theft"],
      impact: ["data-leaked"],
    },
    {
      head: ["Source: Computing", "Via: The Record"],
      tail: [
        "This article is republished from Computing under a content-sharing agreement. Read the original, which also covers the 2024 Synnovis attack.",
      ],
    },
  ),
  page(
    "pg3-podcast-ad-break",
    "podcast transcript with an ad break and a listener question about another incident",
    "Episode 88: The Dunmore Community Health attack",
    [
      "Host: This week, Dunmore Community Health, a community health centre in Nova Scotia, told patients that hackers had stolen files on 17,400 people.",
      "Guest (Ravi Anand): Dunmore says it got a ransom demand and refused. The data hasn't shown up anywhere yet.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Dunmore Community Health"],
      type: "primary-care",
      ransom: { status: "refused", amount: null, currency: null },
      people: 17400,
      country: "CA",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    {
      head: [],
      mid: {
        at: 1,
        lines: [
          "[AD BREAK]",
          "Host: Listener question from Maria: did the Halifax hospital that got hit by LockBit last year ever pay?",
          "Guest (Ravi Anand): They paid $1.2 million, according to court filings.",
          "[END AD BREAK]",
        ],
      },
      tail: [],
    },
  ),
  page(
    "pg3-tracker-group-description",
    "tracker post with a group description block listing the gang's past victims",
    "Medusa ransomware: Ashby Women's Health",
    [
      "Medusa has added Ashby Women's Health, an obstetrics and gynecology practice in Atlanta, Georgia, to its leak site, demanding $500,000 and threatening to publish 75GB of data in 9 days.",
    ],
    {
      relevant: true,
      attackers: ["Medusa"],
      victims: ["Ashby Women's Health"],
      type: "clinic",
      ransom: { status: "demanded-amount", amount: 500000, currency: "USD" },
      people: null,
      country: "US",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "Group description",
        "Medusa is a ransomware-as-a-service operation active since 2021. It has previously claimed attacks on Minneapolis Public Schools and on a Texas hospital that paid $1 million, and typically demands between $100,000 and $15 million.",
      ],
    },
  ),
  page(
    "pg3-explainer-box",
    "article with an explainer box on how ransomware works",
    "Oakridge Senior Care hit by ransomware",
    [
      "Oakridge Senior Care, which runs 14 assisted-living and nursing facilities in Iowa, said a ransomware attack on Saturday locked staff out of its electronic health records.",
      "Nurses are charting on paper, the company said.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Oakridge Senior Care"],
      type: "care-home",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["systems-offline", "paper-records"],
    },
    {
      head: [],
      tail: [
        "Explainer: How ransomware attacks work",
        "Attackers break into a network, steal data and then encrypt files, demanding payment for a key. Hospitals hit this way often divert ambulances and cancel surgeries, and stolen data is frequently published when victims refuse to pay.",
      ],
    },
  ),
  page(
    "pg3-by-the-numbers",
    "article with a 'By the numbers' fact box of sector statistics",
    "Brantwood Children's Clinic discloses breach",
    [
      "Brantwood Children's Clinic, a pediatric practice in Louisville, Kentucky, says an unauthorized party accessed its network and copied files containing information on 6,210 patients.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Brantwood Children's Clinic"],
      type: "clinic",
      ransom: none,
      people: 6210,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "By the numbers",
        "725 large healthcare breaches were reported in 2025\n168 million records exposed\n$9.8 million average cost of a healthcare breach",
      ],
    },
  ),
  page(
    "pg3-dont-miss-inline",
    "UK regional page with 'Don't miss' and 'Most read' inline links between paragraphs",
    "Kingsmead GP practices hit by data breach",
    [
      "Kingsmead Medical Group, which runs four GP surgeries in Stockport, says hackers accessed its patient messaging system and sent fraudulent texts to patients.",
      "Don't miss: Hospital worker sacked after hackers stole £40,000 from patients",
      "The practice said no medical records had been taken and that the messaging system had been switched off.",
      "Most read: Akira gang demands £3m from Manchester hospital trust",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Kingsmead Medical Group"],
      type: "primary-care",
      ransom: none,
      people: null,
      country: "GB",
      attacks: ["unknown"],
      impact: ["systems-offline"],
    },
    { head: [], tail: [] },
  ),
  page(
    "pg3-tracker-sidebar-rows",
    "news page with a live tracker sidebar of claims (group, victim, age)",
    "Hanley Imaging confirms cyberattack",
    [
      "Hanley Imaging, which operates eight diagnostic imaging centres in New South Wales, says a cyberattack last week forced it to take its booking system offline and reschedule scans.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Hanley Imaging"],
      type: "imaging",
      ransom: none,
      people: null,
      country: "AU",
      attacks: ["unknown"],
      impact: ["appointments-cancelled", "systems-offline"],
    },
    {
      head: [],
      tail: [
        "Ransomware tracker: latest claims",
        "Qilin — Harbour Dental (AU) — 2h ago\nLockBit — Mercy Private Hospital (AU) — 5h ago\nAkira — Coastal Pathology (NZ) — 1d ago",
      ],
    },
  ),
  page(
    "pg3-opinion-negative",
    "not relevant (kind c): an opinion column that recounts incidents as examples",
    "Comment: Why the NHS must stop paying ransoms",
    [
      "Every time a hospital pays a ransom, the next attack becomes more likely. Trusts that have paid in the past have been hit again within months.",
      "The government should ban payments by public bodies and fund the backups that make paying unnecessary.",
    ],
    { relevant: false },
    {
      head: ["Opinion", "Dr Helen Marsh is a former NHS chief information officer."],
      tail: [
        "Related",
        "Qilin attack on pathology firm cancelled 10,000 appointments\nScottish health board refused to pay, data published",
      ],
    },
  ),
  page(
    "pg3-ap-contributed",
    "wire-credited local story: 'contributed to this report' line and a photo credit line",
    "Ridgeway Regional Medical Center restores systems after attack",
    [
      "Ridgeway Regional Medical Center in Casper, Wyoming, says its electronic health record is back online two weeks after a ransomware attack forced it to divert ambulances to other hospitals.",
      "The hospital paid no ransom, chief executive Paul Ortega said.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Ridgeway Regional Medical Center"],
      type: "hospital",
      ransom: { status: "refused", amount: null, currency: null },
      people: null,
      country: "US",
      attacks: ["ransomware"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
    {
      head: ["Photo courtesy of Ridgeway Regional Medical Center"],
      tail: [
        "The Associated Press contributed to this report, which also drew on AP coverage of a 2024 Colorado hospital attack in which a $1 million ransom was paid.",
      ],
    },
  ),
  page(
    "pg3-what-we-dont-know",
    "explainer with 'What we know' and 'What we don't know' sections",
    "Eldercrest Pharmacy attack: what we know",
    [
      "What we know: Eldercrest Pharmacy, a chain of 22 pharmacies in Queensland, closed its stores on Monday after a cyber attack disrupted its dispensing systems.",
      "What we don't know: Whether customer data was taken, and who is behind the attack. Eldercrest has not said whether it received a ransom demand.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Eldercrest Pharmacy"],
      type: "pharmacy",
      ransom: none,
      people: null,
      country: "AU",
      attacks: ["unknown"],
      // Dispensing systems "disrupted" are systems out of action; stores closed are a closed service.
      impact: ["systems-offline", "services-closed"],
    },
    {
      head: [],
      tail: [
        "Correction appended: An earlier version of this article said Eldercrest had paid hackers. It has not said so.",
      ],
    },
  ),
  page(
    "pg3-long-teasers",
    "related articles whose teasers run past 30 words",
    "Pennfield Urgent Care reports data breach",
    [
      "Pennfield Urgent Care, which runs six urgent care clinics in Delaware, says hackers stole patient names and insurance details in an attack discovered on February 11.",
      "The company has notified 15,300 patients.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Pennfield Urgent Care"],
      type: "clinic",
      ransom: none,
      people: 15300,
      country: "US",
      attacks: ["data-theft"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "Related Articles",
        "Delaware hospital pays $700,000 to LockBit: The ransom was paid after the hospital's electronic health record was encrypted for nine days and ambulances were diverted to hospitals in Maryland and Pennsylvania, officials said.",
        "Akira claims Wilmington surgery center: The gang says it stole 300GB, including patient records and payroll data, and is demanding $2 million from the center, which has cancelled procedures.",
      ],
    },
  ),
  page(
    "pg3-key-facts-box",
    "article with a key-facts box of labelled fields",
    "Lindqvist Care Homes: Akira attack disrupts medication records",
    [
      "Lindqvist Care Homes, which runs 16 care homes in Sweden, says an attack by the Akira group has taken its digital medication records offline, and staff are using paper lists.",
    ],
    {
      relevant: true,
      attackers: ["Akira"],
      victims: ["Lindqvist Care Homes"],
      type: "care-home",
      ransom: none,
      people: null,
      country: "SE",
      attacks: ["unknown"],
      impact: ["systems-offline", "paper-records"],
    },
    {
      head: [],
      tail: ["Key facts\nVictim: Lindqvist Care Homes\nGroup: Akira\nCountry: Sweden\nRansom: not disclosed"],
    },
  ),
  page(
    "pg3-footnotes",
    "article with numbered references at the end",
    "Corrib Health Insurance confirms member data theft",
    [
      "Corrib Health Insurance, an Irish health insurer, says a criminal gang stole personal data of 88,000 members and has demanded €1.5 million not to publish it.",
      "The insurer says it will not pay.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Corrib Health Insurance"],
      type: "insurer",
      ransom: { status: "refused", amount: 1500000, currency: "EUR" },
      people: 88000,
      country: "IE",
      attacks: ["data-theft", "extortion"],
      impact: [],
    },
    {
      head: [],
      tail: [
        "References",
        "[1] Corrib Health Insurance, member notice, 4 March 2026\n[2] Data Protection Commission, breach statistics 2025\n[3] HSE ransomware attack: post-incident review, 2021",
      ],
    },
  ),
  page(
    "pg3-developing-story",
    "short breaking item with a developing-story note and a tips line",
    "Cyberattack hits Marlbrook Hospital in Ohio",
    [
      "Marlbrook Hospital in Zanesville, Ohio, is diverting ambulances after a cyberattack took down its computer systems early Wednesday, the hospital confirmed.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Marlbrook Hospital"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "US",
      attacks: ["unknown"],
      impact: ["ambulance-diversion", "systems-offline"],
    },
    {
      head: ["BREAKING NEWS"],
      tail: [
        "This is a developing story. Check back for updates.",
        "Do you know more about the attack on Marlbrook, or about the ransomware attack on a Columbus hospital last year? Send us a tip.",
      ],
    },
  ),
  page(
    "pg3-dutch-anp",
    "European agency copy in English with a 'read the original' note",
    "Dutch hospital group Zorggroep Ijsselland hit by ransomware",
    [
      "Zorggroep Ijsselland, which runs three hospitals in the province of Overijssel, said on Thursday that ransomware had encrypted part of its network and that outpatient appointments would be rescheduled. (ANP)",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Zorggroep Ijsselland"],
      type: "hospital",
      ransom: none,
      people: null,
      country: "NL",
      attacks: ["ransomware"],
      // Appointments that "would be rescheduled" are planned, not yet done.
      impact: [],
    },
    {
      head: [],
      tail: [
        "Read the original article in Dutch. Earlier this year a hospital in Enschede paid a ransom to hackers, NOS reported.",
      ],
    },
  ),
  page(
    "pg3-poll-result-negative",
    "not relevant (kind c): a survey story with a sidebar of incidents",
    "Survey: 7 in 10 hospitals expect a ransomware attack this year",
    [
      "Seventy percent of hospital IT leaders expect their organisation to suffer a ransomware attack in the next 12 months, according to a survey of 300 hospitals by the consultancy Tarrow Health Partners.",
      "A third said they would consider paying a ransom if patient care were at risk.",
    ],
    { relevant: false },
    {
      head: [],
      tail: [
        "Latest incidents",
        "Qilin claims Bellmont Regional Hospital (US)\nAkira demands $2m from Sorrel Clinic (CA)",
      ],
    },
  ),
  page(
    "pg3-share-counts",
    "page with share counts and reaction buttons between byline and story",
    "Westfield Community Mental Health reports ransomware attack",
    [
      "Westfield Community Mental Health, a behavioural health provider in Manitoba, said a ransomware attack encrypted its client records system on Friday and that counselling appointments are being rescheduled.",
    ],
    {
      relevant: true,
      attackers: [],
      victims: ["Westfield Community Mental Health"],
      type: "mental-health",
      ransom: none,
      people: null,
      country: "CA",
      attacks: ["ransomware"],
      impact: ["appointments-cancelled"],
    },
    {
      head: ["1.2K shares", "Like   Love   Wow   Sad", "12 reactions"],
      tail: ["Was this article helpful? Yes  No"],
    },
  ),
];

export const PAGE_ROUNDS: PagePair[] = [...PAGES_ROUND_1, ...PAGES_ROUND_2, ...PAGES_ROUND_3];

/** Every excerpt, and every page as a case with its excerpt's labels. */
export const PAGES_BANK: BankCase[] = PAGE_ROUNDS.flatMap((p) => [
  p.excerpt,
  { ...p.excerpt, id: `${p.id}-page`, ...p.page },
]);
