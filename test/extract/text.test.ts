import { describe, expect, it } from "vitest";
import { parseNumber } from "../../src/extract/numbers";
import { buildDocument, cleanPreservingOffsets, foldPunctuation, splitSentences } from "../../src/extract/text";

describe("splitSentences", () => {
  it("keeps abbreviations such as U.S. and Ky. inside a sentence", () => {
    const doc = buildDocument(
      "Headline here",
      "Louisville, Ky.-based UofL Health said on Dec. 4 it was hit. The U.S. agency helped.",
    );
    expect(splitSentences(doc).map((s) => s.text)).toEqual([
      "Headline here",
      "Louisville, Ky.-based UofL Health said on Dec. 4 it was hit.",
      "The U.S. agency helped.",
    ]);
  });

  it("keeps a German scale abbreviation (Mio., Mrd.) inside its sentence", () => {
    const doc = buildDocument("Headline here", "Sie forderten 1,5 Mio. Euro. Die Klinik zahlte nicht.");
    expect(splitSentences(doc).map((s) => s.text)).toEqual([
      "Headline here",
      "Sie forderten 1,5 Mio. Euro.",
      "Die Klinik zahlte nicht.",
    ]);
  });

  it.each<[string, string[]]>([
    ['He said "it was hit." Then it stopped.', ['He said "it was hit."', "Then it stopped."]],
    ["It was hit (again.) Then it stopped.", ["It was hit (again.)", "Then it stopped."]],
    ["It was hit [sic.] Then it stopped.", ["It was hit [sic.]", "Then it stopped."]],
    ["It was \u2018hit.\u2019 Then it stopped.", ["It was \u2018hit.\u2019", "Then it stopped."]],
    ["It was \u201chit.\u201d Then it stopped.", ["It was \u201chit.\u201d", "Then it stopped."]],
    ["It was hit.) ] Then it stopped.", ["It was hit.) ] Then it stopped."]],
    ["It was hit. 4,000 files went.", ["It was hit.", "4,000 files went."]],
    ['It was hit. "We are sorry."', ["It was hit.", '"We are sorry."']],
    ["It was hit. 'We are sorry.'", ["It was hit.", "'We are sorry.'"]],
    ["It was hit. (Updated.)", ["It was hit.", "(Updated.)"]],
    ["It was hit. - Two more.", ["It was hit.", "- Two more."]],
    ["It was hit. \u2013 Two more.", ["It was hit.", "\u2013 Two more."]],
    ["It was hit. \u2022 Two more.", ["It was hit.", "\u2022 Two more."]],
    ["It was hit. \u201cSorry.\u201d", ["It was hit.", "\u201cSorry.\u201d"]],
    ["It was hit. \u2018Sorry.\u2019", ["It was hit.", "\u2018Sorry.\u2019"]],
    ["It was hit. \u00c9lodie said so.", ["It was hit.", "\u00c9lodie said so."]],
    ["It was hit. \u0394elta said so.", ["It was hit.", "\u0394elta said so."]],
    ["It was hit. then it stopped.", ["It was hit. then it stopped."]],
    ["It was hit. \u00e9t\u00e9 it stopped.", ["It was hit. \u00e9t\u00e9 it stopped."]],
    ["It was hit. [Two] more.", ["It was hit. [Two] more."]],
    ["It was hit. _x_ more.", ["It was hit. _x_ more."]],
  ])("splits %j where a stop, its closing marks and a space come before a sentence's opening", (body, want) => {
    expect(splitSentences(buildDocument("T", body)).map((s) => s.text)).toEqual(["T", ...want]);
  });

  it("gives offsets that point back into the document", () => {
    const doc = buildDocument("Title", "First one. Second one!\nThird line");
    for (const s of splitSentences(doc)) expect(doc.slice(s.start, s.end)).toBe(s.text);
  });

  it("marks the headline as the title", () => {
    const [title, body] = splitSentences(buildDocument("A headline", "Body text."));
    expect([title!.inTitle, body!.inTitle]).toEqual([true, false]);
  });
});

describe("cleanPreservingOffsets", () => {
  it("removes tags and decodes entities without moving text", () => {
    const raw = "<p>Acme &amp; Co <b>Hospital</b></p>";
    const clean = cleanPreservingOffsets(raw);
    expect(clean.length).toBe(raw.length);
    expect(clean.replace(/\s+/g, " ").trim()).toBe("Acme & Co Hospital");
    expect(clean.indexOf("Hospital")).toBe(raw.indexOf("Hospital"));
  });

  it.each([
    ["blanks a script element", 'Before <script type="x">var a = "<b>";</script> after', "Before after"],
    ["blanks a style element whatever its case", "Before <STYLE>p { color: red }</Style > after", "Before after"],
    ["blanks each of several elements", "A <script>1</script> B <style>2</style> C", "A B C"],
    [
      "leaves an unclosed script's text in place (the page may be cut off)",
      "Before <script>var a after",
      "Before var a after",
    ],
    ["does not take a <scripted> tag for a script", "Before <scripted>kept</scripted> after", "Before kept after"],
  ])("%s without moving text", (_name, raw, expected) => {
    const clean = cleanPreservingOffsets(raw);
    expect(clean.length).toBe(raw.length);
    expect(clean.replace(/\s+/g, " ").trim()).toBe(expected);
  });
});

describe("parseNumber", () => {
  it.each([
    ["5,815,591", 5815591, 7],
    ["1.2 million", 1200000, 2],
    ["9.7m", 9700000, 2],
    ["900k", 900000, 1],
    ["four million", 4000000, 1],
    ["one million", 1000000, 1],
    ["twenty five", 25, 1],
    ["200 crore", 2000000000, 1],
  ])("reads %s as %d", (raw, value, significant) => {
    expect(parseNumber(raw)).toEqual({ value, significant });
  });
});

describe("foldPunctuation", () => {
  it.each([
    ["Queen’s Park Hospital", "Queen's Park Hospital"],
    ["they aren’t even considering paying", "they aren't even considering paying"],
    ["known as “Hive.”", 'known as "Hive."'],
    ["plain ASCII stays", "plain ASCII stays"],
  ])("folds %j to ASCII without moving any character", (input, expected) => {
    const out = foldPunctuation(input);
    expect(out).toBe(expected);
    expect(out.length).toBe(input.length);
  });
});

describe("evidence quotes", () => {
  it("quote the sentence with the article's own typographic punctuation, although rules read it folded", async () => {
    const { extractEntities } = await import("../../src/extract");
    const e = extractEntities({
      url: "https://news.example/a",
      site: "news.example",
      title: "Queen’s Park Hospital hit by ransomware attack",
      text: "Queen’s Park Hospital said its systems were down after a ransomware attack.",
    });
    const quote = e.evidence.find((x) => x.field === "victim_orgs")?.quote ?? "";
    expect(quote).toContain("Queen’s");
  });
});
