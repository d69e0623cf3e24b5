// The page's header above the story: a scraper keeps the headline's <h1> copy and a section label ("Health |
// Ferncastle") there. Both are furniture, so the story's own lead sentences are the ones relevance reads first; a
// two-cell row or a headline-like sentence inside the story stays.
import { describe, expect, it } from "vitest";
import { markPageFurniture } from "../../src/extract/page-furniture";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { extract } from "./helpers";

/** The body sentences of a page marked furniture, by their text. */
function furniture(title: string, lines: string[]): string[] {
  const text = buildDocument(title, lines.join("\n\n"));
  const sentences = splitSentences(text);
  classifySentences(sentences);
  markPageFurniture(sentences, text);
  return sentences.filter((s) => !s.inTitle && s.boilerplate).map((s) => s.text);
}

const TITLE = "Tarrant Vale clinic closes after ransomware attack";
const STORY = "Tarrant Vale Family Clinic closed on Monday after a ransomware attack encrypted its booking system.";

describe("the page's header", () => {
  it.each<[string, string[], string[]]>([
    ["the headline's copy above the story", [TITLE, STORY], [TITLE]],
    ["the headline's copy in other capitals", [TITLE.toUpperCase(), STORY], [TITLE.toUpperCase()]],
    ["a two-item section label", ["Health | Tarrant Vale", STORY], ["Health | Tarrant Vale"]],
    [
      "a section label with a two-word item",
      ["Opinion | Cyber resilience", TITLE, STORY],
      ["Opinion | Cyber resilience", TITLE],
    ],
    ["a two-cell row inside the story stays", [STORY, "Akira | Tarrant Vale Family Clinic"], []],
    ["a two-cell row above the story naming a clinic stays", ["Akira | Tarrant Vale Clinic", STORY], []],
    ["a headline copy after the story's first sentence stays", [STORY, TITLE], []],
    ["a label with long items stays", ["Tarrant Vale Family Clinic closes doors | Ransomware gang named", STORY], []],
  ])("%s", (_name, lines, want) => {
    expect(furniture(TITLE, lines)).toEqual(want);
  });
});

// Furniture in the header no longer pushes the story's denial of a cyber cause out of the lead relevance reads.
describe("relevance reads the story's lead past the header", () => {
  it.each<[string, string, string[], boolean]>([
    [
      "a denial in the story's second sentence",
      "Wrexley hospital postpones clinics after IT failure",
      [
        "News | Wrexley",
        "Wrexley hospital postpones clinics after IT failure",
        "Wrexley Royal Infirmary postponed clinics on Thursday after its appointments system crashed during an upgrade.",
        "Managers said the failure was not a cyber attack and that no records were lost.",
      ],
      false,
    ],
    [
      "an attack told in the story's second sentence",
      "Wrexley hospital postpones clinics",
      [
        "News | Wrexley",
        "Wrexley hospital postpones clinics",
        "Wrexley Royal Infirmary postponed clinics on Thursday.",
        "Managers said a ransomware attack had encrypted its appointments system overnight.",
      ],
      true,
    ],
  ])("%s", (_name, title, lines, want) => {
    expect(extract(title, lines.join("\n\n")).relevant).toBe(want);
  });
});

// A press release's "About <organisation>" heading takes the boilerplate line under it, however long the name; a subhead
// in lower case ("About the attack") is the story's own.
describe("a press release's About box", () => {
  it.each<[string, string[], string[]]>([
    [
      "a four-word organisation",
      [STORY, "About Tarrant Vale Family Clinic", "The clinic has never paid a ransom and serves 9,000 patients."],
      ["About Tarrant Vale Family Clinic", "The clinic has never paid a ransom and serves 9,000 patients."],
    ],
    [
      "a name with 'of' and 'and'",
      [STORY, "About the Hospital of Saint Brenda and Saint Luke", "It runs 400 beds in Cork."],
      ["About the Hospital of Saint Brenda and Saint Luke", "It runs 400 beds in Cork."],
    ],
    [
      "notes to editors",
      [STORY, "Notes to editors", "The clinic was founded in 1990."],
      ["Notes to editors", "The clinic was founded in 1990."],
    ],
    [
      "a lower-case subhead stays",
      [STORY, "About the attack on the clinic", "Staff found a ransom note on Monday."],
      [],
    ],
  ])("%s", (_name, lines, want) => {
    expect(furniture(TITLE, lines)).toEqual(want);
  });
});
