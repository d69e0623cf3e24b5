import { describe, expect, it } from "vitest";
import {
  aliasLookup,
  MAX_SOURCE_CHARS,
  MAX_SOURCES_CHARS,
  sourceText,
  toSearchDocument,
} from "../../src/search/search-document";
import { FIXTURE_INCIDENTS } from "../fixtures/search/incidents";

const story =
  "Elective surgery was postponed at Northvale. Brendan Lowry apologised to patients! Beds were offered by Greyhaven?";

describe("the source text an incident indexes", () => {
  it.each<[string, string[], string[], string]>([
    ["keeps one source's text whole", [story], [], story],
    ["keeps a syndicated copy's sentences once", [story, story], [], story],
    [
      "keeps only what a reprint with its own byline and spacing adds",
      [
        story,
        `By Staff Reporter. Elective   surgery was postponed at NORTHVALE. Brendan Lowry apologised to patients! Beds were offered by Greyhaven?`,
      ],
      [],
      `${story} By Staff Reporter.`,
    ],
    [
      "leaves out a headline the titles already hold",
      ["LockBit hits Northvale. Elective surgery was postponed."],
      ["LockBit hits Northvale"],
      "Elective surgery was postponed.",
    ],
    [
      "keeps a copy once whatever its case, accents' case, dashes, tabs and quotes",
      ["«Über» café — closed.\tStaff: paper.", "über CAFÉ closed. «Staff»  paper"],
      [],
      "«Über» café — closed. Staff: paper.",
    ],
    [
      "keeps sentences that differ in a word",
      ["Ten theatres closed.", "Nine theatres closed."],
      [],
      "Ten theatres closed. Nine theatres closed.",
    ],
  ])("%s", (_name, texts, seen, expected) => {
    expect(sourceText(texts, seen)).toBe(expected);
  });

  it("takes at most MAX_SOURCE_CHARS from one source, then goes on with the next", () => {
    const long = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} of the first story.`).join(" ");
    const text = sourceText([long, "Lubbock moved patients to a partner site."]);
    expect(text.length).toBeLessThanOrEqual(MAX_SOURCE_CHARS + 45);
    expect(text).toContain("Sentence number 0 of");
    expect(text.endsWith("Lubbock moved patients to a partner site.")).toBe(true);
  });

  it("takes at most MAX_SOURCES_CHARS from all sources together", () => {
    const sources = Array.from({ length: 10 }, (_, s) =>
      Array.from({ length: 200 }, (_, i) => `Source ${s} says thing ${i}.`).join(" "),
    );
    const text = sourceText(sources);
    expect(text.length).toBeLessThanOrEqual(MAX_SOURCES_CHARS);
    expect(text).toContain("Source 2 says thing 0.");
    expect(text).not.toContain("Source 3 says");
  });

  it("gives bm25 the same text for a story told once and for three word-for-word copies of it", () => {
    const once = FIXTURE_INCIDENTS[0]!;
    const source = once.sources[0]!;
    const copies = {
      ...once,
      sources: [source, ...[2, 3].map((k) => ({ ...source, article_id: 100 + k, site: `wire${k}.example` }))],
    };
    const texts = new Map([source.article_id, 102, 103].map((id) => [id, story] as const));
    const [a, b] = [once, copies].map((i) => toSearchDocument(i, aliasLookup([]), texts));
    expect(b!.sources).toBe(a!.sources);
    expect(a!.sources).toContain("Brendan Lowry");
  });
});
