// Page furniture around a story: menus, captions, tag lists, sponsor blocks, author boxes, comment threads and tracker
// sidebars are marked boilerplate by the page's layout, while the story's own lines stay in scope.
import { describe, expect, it } from "vitest";
import { markPageFurniture } from "../../src/extract/page-furniture";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";

/** The sentences of a page marked furniture, by their text. */
function furniture(lines: string[]): string[] {
  const text = buildDocument("Headline", lines.join("\n"));
  const sentences = splitSentences(text);
  classifySentences(sentences);
  markPageFurniture(sentences, text);
  return sentences.filter((s) => s.boilerplate).map((s) => s.text);
}

const STORY = "Kestrel Valley Hospital said a ransomware attack took its systems offline on Monday.";

describe("page furniture", () => {
  it.each<[string, string[], string[]]>([
    [
      "a comment thread runs to the end of the page",
      [
        STORY,
        "3 comments",
        "Mo K. says: Hospitals should never pay the ransom.",
        "Reply",
        "Ann says: We went back to paper.",
      ],
      ["3 comments", "Mo K. says: Hospitals should never pay the ransom.", "Reply", "Ann says: We went back to paper."],
    ],
    [
      "a sponsor heading takes the next line only",
      [
        STORY,
        "Sponsored",
        "Is your clinic ready for ransomware? Get the guide.",
        "The hospital expects systems back by Friday.",
      ],
      ["Sponsored", "Is your clinic ready for ransomware?", "Get the guide."],
    ],
    [
      "an author box heading with the author's name",
      [STORY, "About Jo Reyes", "Jo has written about ransomware gangs since the LockBit era."],
      ["About Jo Reyes", "Jo has written about ransomware gangs since the LockBit era."],
    ],
    [
      "a tracker's sidebar of other victims",
      [STORY, "Other recent victims", "Norberg Dental (SE) - akira - 2026-01-02", "Clinica Sol (ES) - qilin"],
      ["Other recent victims", "Norberg Dental (SE) - akira - 2026-01-02", "Clinica Sol (ES) - qilin"],
    ],
    [
      "a sidebar list ends at a line of prose",
      [STORY, "In other news", "Council tax to rise", "The trust said the attack was contained."],
      ["In other news", "Council tax to rise"],
    ],
    ["a menu of bar-split items", ["Home | News | Health | Sport", STORY], ["Home | News | Health | Sport"]],
    [
      "a menu of wide gaps",
      ["News   Ransomware   Breaches   Podcasts", STORY],
      ["News   Ransomware   Breaches   Podcasts"],
    ],
    ["a tag list", [STORY, "Tags: ransomware, hospitals, LockBit"], ["Tags: ransomware, hospitals, LockBit"]],
    ["a caption credit", [STORY, "Picture: Getty Images"], ["Picture: Getty Images"]],
    [
      "a sponsor line",
      [STORY, "This article is sponsored by Arvex Security, a provider of ransomware protection."],
      ["This article is sponsored by Arvex Security, a provider of ransomware protection."],
    ],
    [
      "a cookie banner",
      [STORY, "We use cookies to improve your experience on our site."],
      ["We use cookies to improve your experience on our site."],
    ],
    [
      "a newsletter blurb",
      [STORY, "Get the latest health security news delivered to your inbox."],
      ["Get the latest health security news delivered to your inbox."],
    ],
    [
      "related articles with teaser sentences",
      [
        STORY,
        "Related Articles",
        "Qilin hits Orwell Clinic. The gang says it stole 20GB.",
        "Hospital pays ransom to LockBit.",
      ],
      [
        "Related Articles",
        "Qilin hits Orwell Clinic.",
        "The gang says it stole 20GB.",
        "Hospital pays ransom to LockBit.",
      ],
    ],
    [
      "teasers end at a story-length paragraph",
      [
        "Related stories",
        "Akira hits Orwell Clinic.",
        "Kestrel Valley Hospital said on Monday that a ransomware attack had taken its systems offline, that ambulances were diverted to two other hospitals in the county, and that its staff had moved to paper records.",
      ],
      ["Related stories", "Akira hits Orwell Clinic."],
    ],
    ["a breadcrumb", ["Home \u00bb Cybercrime \u00bb Ransomware", STORY], ["Home \u00bb Cybercrime \u00bb Ransomware"]],
    [
      "an inline pointer to earlier posts",
      [STORY, "Previous alerts: Play claims Orwell Pharmacy"],
      ["Previous alerts: Play claims Orwell Pharmacy"],
    ],
    [
      "an author's bio",
      [STORY, "Jo Reyes is a breaking news reporter covering cybercrime."],
      ["Jo Reyes is a breaking news reporter covering cybercrime."],
    ],
    [
      "a roundup's other items after its 'Elsewhere this week' heading",
      [
        STORY,
        "Elsewhere this week",
        "- Medusa posted 1TB it says it took from Orwell Health System in Oregon and is asking $3 million.",
        "- A pharmacy chain in Ontario said it paid a ransom to the Akira gang.",
      ],
      [
        "Elsewhere this week",
        "- Medusa posted 1TB it says it took from Orwell Health System in Oregon and is asking $3 million.",
        "- A pharmacy chain in Ontario said it paid a ransom to the Akira gang.",
      ],
    ],
    [
      "a video page's 'Up next' list",
      [STORY, "Up next", "Akira gang demands £2m from Yorkshire GP federation"],
      ["Up next", "Akira gang demands £2m from Yorkshire GP federation"],
    ],
    [
      "a timeline box of dated lines",
      [STORY, "Timeline", "March 2023: Orwell Health pays a $400,000 settlement.", "May 2026: systems restored."],
      ["Timeline", "March 2023: Orwell Health pays a $400,000 settlement.", "May 2026: systems restored."],
    ],
    [
      "events and jobs boxes",
      [
        STORY,
        "Upcoming events",
        "Ransomware Resilience Summit, June 4",
        "Jobs",
        "CISO, Orwell Regional Hospital, Ohio",
      ],
      ["Upcoming events", "Ransomware Resilience Summit, June 4", "Jobs", "CISO, Orwell Regional Hospital, Ohio"],
    ],
    [
      "a tracker's similar victims",
      [STORY, "Similar victims", "Clinica Sol (ES) - akira - 2026-02-10"],
      ["Similar victims", "Clinica Sol (ES) - akira - 2026-02-10"],
    ],
    [
      "an author's beat with the rest of its line",
      [
        STORY,
        "Jo Reyes covers health technology for Health Daily. Her story on the Akira attack on Orwell Clinic won a prize.",
      ],
      [
        "Jo Reyes covers health technology for Health Daily.",
        "Her story on the Akira attack on Orwell Clinic won a prize.",
      ],
    ],
    [
      "an author's beat told with writes about",
      [STORY, "Sam Ortiz writes about hospital security for the Ledger."],
      ["Sam Ortiz writes about hospital security for the Ledger."],
    ],
    [
      "an author's beat told with reports on",
      [STORY, "Sam Ortiz reports on health policy for Health Daily."],
      ["Sam Ortiz reports on health policy for Health Daily."],
    ],
    [
      "a caption ending on a bracketed credit",
      [STORY, "A sign outside Orwell Hospital, hit by LockBit in 2024. (AP Photo/Dale Corbin)"],
      ["A sign outside Orwell Hospital, hit by LockBit in 2024.", "(AP Photo/Dale Corbin)"],
    ],
    [
      "a caption whose last sentence is its credit",
      [STORY, "The gang's leak site listing, as seen on Tuesday. Screenshot: Health Wire"],
      ["The gang's leak site listing, as seen on Tuesday.", "Screenshot: Health Wire"],
    ],
    [
      "a correction note takes its whole line",
      [STORY, "Correction: An earlier version said the clinic paid $250,000. That referred to another clinic."],
      ["Correction: An earlier version said the clinic paid $250,000.", "That referred to another clinic."],
    ],
    [
      "inline promo labels between paragraphs",
      [
        STORY,
        "ALSO READ | Hospital pays $1 million to ALPHV",
        "MORE: Qilin demands $5 million from a clinic",
        "WATCH: How hackers took down the phones",
      ],
      [
        "ALSO READ | Hospital pays $1 million to ALPHV",
        "MORE: Qilin demands $5 million from a clinic",
        "WATCH: How hackers took down the phones",
      ],
    ],
    [
      "a webinar promo",
      [STORY, "See Also: Live Webinar | Lessons From the ALPHV Attack on a Clearinghouse"],
      ["See Also: Live Webinar | Lessons From the ALPHV Attack on a Clearinghouse"],
    ],
    [
      "a labelled menu",
      ["Trending: LockBit | Akira | Qilin | Change Healthcare", STORY],
      ["Trending: LockBit | Akira | Qilin | Change Healthcare"],
    ],
    [
      "a newsletter pitch takes the sentence before it on its line",
      [STORY, "Stay ahead of the next attack. Get the Cyber Brief free every Monday: hospitals hit, ransoms paid."],
      ["Stay ahead of the next attack.", "Get the Cyber Brief free every Monday: hospitals hit, ransoms paid."],
    ],
    ["a follow-us line", [STORY, "Follow us on Google News"], ["Follow us on Google News"]],
    [
      "a roundup's qualified other-news section runs to the end of the page",
      [
        STORY,
        "In Other Healthcare Data Breach News",
        "Orwell Family Medicine has started notifying 12,400 patients about a ransomware attack that encrypted its servers in November, and the Rhysida gang leaked the data when it refused to pay.",
        "Marlowe Home Health said an employee email account was accessed after a phishing attack.",
      ],
      [
        "In Other Healthcare Data Breach News",
        "Orwell Family Medicine has started notifying 12,400 patients about a ransomware attack that encrypted its servers in November, and the Rhysida gang leaked the data when it refused to pay.",
        "Marlowe Home Health said an employee email account was accessed after a phishing attack.",
      ],
    ],
    [
      "a previous-coverage list",
      [STORY, "Previous coverage:", "Saginaw clinic says Akira stole data\nDetroit hospital paid $1.5 million ransom"],
      ["Previous coverage:", "Saginaw clinic says Akira stole data", "Detroit hospital paid $1.5 million ransom"],
    ],
    [
      "a syndication note and its line",
      [STORY, "This story was originally published by the Prairie Desk, a newsroom. Sign up for its newsletters."],
      ["This story was originally published by the Prairie Desk, a newsroom.", "Sign up for its newsletters."],
    ],
    [
      "a press release's About block on one line",
      [
        STORY,
        "About Orrin Cyber: Orrin Cyber is a leading provider of incident response. It helped victims of LockBit.",
      ],
      ["About Orrin Cyber: Orrin Cyber is a leading provider of incident response.", "It helped victims of LockBit."],
    ],
    [
      "a ticker of headlines split by bullets",
      ["Akira hits Ohio clinic • LockBit returns with new leak site • Hospital pays $3m to Qilin", STORY],
      ["Akira hits Ohio clinic • LockBit returns with new leak site • Hospital pays $3m to Qilin"],
    ],
    [
      "an e-mail bulletin's footer",
      [
        STORY,
        "You are receiving this email because you subscribed. Yesterday's bulletin: gang leaks data from a GP federation.",
        "Unsubscribe | Update your preferences",
      ],
      [
        "You are receiving this email because you subscribed.",
        "Yesterday's bulletin: gang leaks data from a GP federation.",
        "Unsubscribe | Update your preferences",
      ],
    ],
    [
      "previous and next post links",
      [STORY, "Previous post", "LockBit affiliate demands €2m from Cork maternity hospital", STORY],
      ["Previous post", "LockBit affiliate demands €2m from Cork maternity hospital"],
    ],
    [
      "a guest's bio and a reader-contact line",
      [
        STORY,
        "About our guest: Tom Reid led a hospital network that paid LockBit in 2022.",
        "Get in touch: Do you have a story about the attacks? Email us.",
      ],
      [
        "About our guest: Tom Reid led a hospital network that paid LockBit in 2022.",
        "Get in touch: Do you have a story about the attacks?",
        "Email us.",
      ],
    ],
    [
      "a follow-the-outlet line",
      [STORY, "Follow Sussex Live on Facebook, X and Instagram."],
      ["Follow Sussex Live on Facebook, X and Instagram."],
    ],
    [
      "a tag heading over one tag a line",
      [STORY, "Tags", "Rhysida\nLockBit\nCare homes"],
      ["Tags", "Rhysida", "LockBit", "Care homes"],
    ],
    [
      "gallery captions with counters",
      ["Image 2 of 3: A ransom note left on a Portland hospital's computers in 2024.", STORY],
      ["Image 2 of 3: A ransom note left on a Portland hospital's computers in 2024."],
    ],
    [
      "a heading read without the colons and spaces it ends on",
      [STORY, "Comments : :", "GaryW: They paid $300k."],
      ["Comments : :", "GaryW: They paid $300k."],
    ],
    [
      "a comment count heading",
      [STORY, "View 12 comments", "GaryW: They paid $300k."],
      ["View 12 comments", "GaryW: They paid $300k."],
    ],
    [
      "a bare 'In other news' stays a sidebar list",
      [STORY, "In other news", "Council tax to rise", STORY],
      ["In other news", "Council tax to rise"],
    ],
    [
      "a roundup's 'Also in this roundup' section",
      [STORY, "Also in this roundup", "2. LockBit returns", "LockBit lists Tidewell Hospital and demands $3 million."],
      ["Also in this roundup", "2.", "LockBit returns", "LockBit lists Tidewell Hospital and demands $3 million."],
    ],
    [
      "a tracker sidebar of claims",
      [STORY, "Ransomware tracker: latest claims", "Qilin - Harbour Dental (AU) - 2h ago"],
      ["Ransomware tracker: latest claims", "Qilin - Harbour Dental (AU) - 2h ago"],
    ],
    [
      "a references list",
      [STORY, "References", "[1] HSE ransomware attack: post-incident review, 2021"],
      ["References", "[1] HSE ransomware attack: post-incident review, 2021"],
    ],
    [
      "inline most-read and correction-appended labels",
      [
        STORY,
        "Most read: Akira gang demands £3m from a trust",
        "Correction appended: An earlier version said it paid.",
      ],
      ["Most read: Akira gang demands £3m from a trust", "Correction appended: An earlier version said it paid."],
    ],
    [
      "WordPress's closing line of a feed item",
      [STORY, "The post Akira leaks data of Ottawa hospital appeared first on Health Security."],
      ["The post Akira leaks data of Ottawa hospital appeared first on Health Security."],
    ],
    [
      "a wire credit and a photo courtesy line",
      [
        "Photo courtesy of Orwell Hospital",
        STORY,
        "The Associated Press contributed to this report, which drew on coverage of a 2024 attack.",
      ],
      [
        "Photo courtesy of Orwell Hospital",
        "The Associated Press contributed to this report, which drew on coverage of a 2024 attack.",
      ],
    ],
    [
      "a read-the-original note and its line",
      [STORY, "Read the original article in Dutch. Earlier a hospital in Enschede paid a ransom."],
      ["Read the original article in Dutch.", "Earlier a hospital in Enschede paid a ransom."],
    ],
    [
      "a post-navigation label",
      [STORY, "Previous: Qilin claims attack on Bristol pathology lab"],
      ["Previous: Qilin claims attack on Bristol pathology lab"],
    ],
    [
      "related teasers written 'Headline: teaser', however long",
      [
        STORY,
        "Related Articles",
        "Delaware hospital pays $700,000 to LockBit: The ransom was paid after the hospital's record system was encrypted for nine days and ambulances were diverted to hospitals in Maryland and Pennsylvania, officials said.",
      ],
      [
        "Related Articles",
        "Delaware hospital pays $700,000 to LockBit: The ransom was paid after the hospital's record system was encrypted for nine days and ambulances were diverted to hospitals in Maryland and Pennsylvania, officials said.",
      ],
    ],
    // story lines that look like furniture stay in scope
    ["a story sentence opening on Next", [STORY, "Next week the trust will restore its email."], []],
    ["a story sentence opening on About and a name", [STORY, "About Orrin Cyber staff, little is known."], []],
    ["a follow-up with no outlet", [STORY, "Follow-up appointments will be rebooked on Facebook, the trust said."], []],
    ["a sentence opening on More", [STORY, "More than 4,000 patients were affected."], []],
    ["a bracket that is no credit", [STORY, "The attack hit its main site (a 300-bed hospital)."], []],
    ["catch-up appointments", [STORY, "Catch-up appointments will be offered to every patient, free of charge."], []],
    ["a beat verb without an outlet", [STORY, "Jo Reyes covers the night shift at the hospital."], []],
    ["a tracker's field labels are no menu", ["Group: Qilin | Country: US | Sector: Healthcare", STORY], []],
    ["a spokesperson's words after a colon", [STORY, 'The hospital said: "We will not pay."'], []],
    ["a sentence opening on About", [STORY, "About 4,000 patients were affected."], []],
    ["a comment word inside prose", [STORY, "The hospital declined to comment."], []],
    ["bar-split items closed by a full stop", ["Clinics | labs | pharmacies were all hit.", STORY], []],
    ["a bio with no article after is", [STORY, "Jo Reyes is the breaking news reporter covering cybercrime."], []],
  ])("%s", (_name, lines, want) => {
    expect(furniture(lines)).toEqual(want);
  });
});

/** The sentences of a page flagged `flag`, by their text. */
function flagged(lines: string[], flag: "background" | "generic"): string[] {
  const text = buildDocument("Headline", lines.join("\n"));
  const sentences = splitSentences(text);
  classifySentences(sentences);
  markPageFurniture(sentences, text);
  return sentences.filter((s) => s[flag]).map((s) => s.text);
}

describe("page sections about other attacks, and questions", () => {
  it.each<[string, string[], string[]]>([
    [
      "a heading on other attacks takes the next line",
      [STORY, "Background: other attacks on the NHS", "Ambulances were diverted from Orwell Hospital.", STORY],
      ["Background: other attacks on the NHS", "Ambulances were diverted from Orwell Hospital."],
    ],
    [
      "a question on other attacks takes the rest of its line",
      [STORY, "How does this compare with other attacks? Hackers stole 3TB from a health board and published it."],
      ["Hackers stole 3TB from a health board and published it."],
    ],
    ["a heading of its own story's context", [STORY, "Context", STORY], []],
    [
      "the answer to a question about another incident",
      [STORY, "Did the Halifax hospital hit by LockBit last year ever pay?", "They paid $1.2 million.", STORY],
      ["Did the Halifax hospital hit by LockBit last year ever pay?", "They paid $1.2 million."],
    ],
    ["the answer to a question about this incident", [STORY, "Was a ransom paid?", "They paid $1.2 million."], []],
  ])("%s", (_name, lines, want) => {
    expect(flagged(lines, "background")).toEqual(want);
  });

  it.each<[string, string[], string[]]>([
    ["a yes/no question states nothing", ["Was a ransom paid? The board has not said.", STORY], ["Was a ransom paid?"]],
    [
      "a yes/no question after a transcript's speaker label",
      [STORY, "ANCHOR: Did the clinic pay a ransom? REPORTER 2: Nobody would tell us."],
      ["ANCHOR: Did the clinic pay a ransom?"],
    ],
    [
      "a yes/no question after an interview's Q",
      [STORY, "Q: Has anyone's data been published? A: Not yet."],
      ["Q: Has anyone's data been published?"],
    ],
    ["a why question presupposes its fact", ["Why were operations cancelled? Systems were down.", STORY], []],
    [
      "a why question after a speaker label too",
      [STORY, "HOST: Why were scans cancelled? GUEST: The systems were down."],
      [],
    ],
    ["a bare 'Explainer' tag on the article", ["Explainer", "What happened? Systems went down on Monday.", STORY], []],
    [
      "an explainer box on how attacks work",
      [STORY, "Explainer: How ransomware attacks work", "Attackers steal data and then encrypt files.", STORY],
      ["Explainer: How ransomware attacks work", "Attackers steal data and then encrypt files."],
    ],
  ])("%s", (_name, lines, want) => {
    expect(flagged(lines, "generic")).toEqual(want);
  });
});
