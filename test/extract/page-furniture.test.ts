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
    // story lines that look like furniture stay in scope
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
