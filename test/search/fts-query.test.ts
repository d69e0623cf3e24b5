import { describe, expect, it } from "vitest";
import {
  cheapSetup,
  countedExpression,
  filterExpression,
  prefixProbe,
  queryTerms,
  tagToken,
  textExpression,
} from "../../src/search/fts-query";
import { snippetHtml } from "../../src/search/snippet";
import { query } from "./contract";

const COLS = "";

describe("FTS5 text expressions", () => {
  it.each([
    ["one word becomes a quoted prefix", "lock", `${COLS}("lock"*)`],
    ["earlier words are exact, the last is a prefix", "northvale hosp", `${COLS}("northvale" "hosp"*)`],
    ["quotes inside a word are doubled, and such a word is no prefix", 'lock"bit', `${COLS}("lock""bit")`],
    ["operators stay words", "NEAR( AND", `${COLS}("NEAR(" "AND"*)`],
    ["a hyphenated code is a phrase, not a column", "APT-29", `${COLS}("APT-29")`],
    ["a term with symbols gets no star", "C++", `${COLS}("C++")`],
    ["a one-letter last word gets no star", "hospital a", `${COLS}("hospital" "a")`],
    ["symbols-only terms are dropped", "* ( ) - 🔥 hospital", `${COLS}("hospital"*)`],
    ["NUL splits words", "lock\u0000bit", `${COLS}("lock" "bit"*)`],
  ])("%s", (_name, q, expected) => {
    expect(textExpression(q)).toBe(expected);
  });

  it.each(["", "   ", "*", "( )", "🔥💊", "\u0000"])("has no text expression for %j", (q) => {
    expect(textExpression(q)).toBeNull();
  });

  it("strips private-use characters, so typed text can never spell a filter tag", () => {
    const tag = tagToken("v", "hospital");
    expect(queryTerms(`${tag} \ue000x\ue001`)).toEqual([tag.slice(1), "x"]);
  });

  it("keeps at most 16 words", () => {
    expect(queryTerms("w ".repeat(40))).toHaveLength(16);
  });
});

describe("the cost of setting a text query up", () => {
  it.each<[string, string, boolean]>([
    ["no text at all", "", true],
    ["a word that is no prefix", "C++", true],
    ["a two-letter prefix", "lo", true],
    ["a four-letter prefix", "hosp", true],
    ["a six-letter prefix, the longest the prefix index holds", "hospit", true],
    ["exact earlier words before a short prefix", "northvale hosp", true],
    ["a seven-letter prefix, merged from every term starting so", "hospita", false],
    ["a non-ASCII prefix, on the safe side", "café", false],
  ])("is cheap for %s: %j → %s", (_name, q, cheap) => {
    expect(cheapSetup(q)).toBe(cheap);
  });
});

describe("whole last words", () => {
  it.each<[string, string, { from: string; to: string } | null]>([
    ["a long ASCII last word, lower-cased", "northvale Hospital", { from: "hospital0", to: "hospitam" }],
    ["a last word ending in z or 9", "gaz apt29", { from: "apt290", to: "apt2:" }],
    ["a word of four letters, whose prefix was always the index's alone", "hosp", null],
    ["a word of five letters, probed as before the index served it", "hospi", { from: "hospi0", to: "hospj" }],
    ["a non-ASCII word, whose tokens the index may fold", "krankenhäuser", null],
    ["a word that is no prefix anyway", "C++", null],
    ["no text", "", null],
  ])("probes the terms extending %s", (_name, q, expected) => {
    expect(prefixProbe(q)).toEqual(expected);
  });

  it.each<[string, string, string[] | undefined, string]>([
    ["stays a prefix when the longer terms are unknown", "northvale hospital", undefined, '("northvale" "hospital"*)'],
    ["is the word alone when no term extends it", "northvale hospital", [], '("northvale" "hospital")'],
    [
      "is the word or its extensions otherwise",
      "lockbit",
      ["lockbit3", "lockbitsupp"],
      '(("lockbit" OR "lockbit3" OR "lockbitsupp"))',
    ],
    [
      "is ANDed to the words before it as a group",
      "or not lockbit",
      ["lockbit3"],
      '("or" "not" AND ("lockbit" OR "lockbit3"))',
    ],
    ["never applies to a word that is no prefix", "C++", [], '("C++")'],
  ])("a last word %s", (_name, q, longer, expected) => {
    expect(textExpression(q, longer)).toBe(expected);
  });

  it("sets a whole last word up cheaply", () => {
    expect(cheapSetup("hospital", [])).toBe(true);
  });
});

describe("FTS5 filter expressions", () => {
  it("ORs values within a filter and ANDs filters, as opaque tokens", () => {
    expect(filterExpression(query({ attacker: ["lockbit", "alphv"], country: ["GB"] }))).toBe(
      `tags : ("${tagToken("g", "lockbit")}" OR "${tagToken("g", "alphv")}") AND tags : ("${tagToken("c", "GB")}")`,
    );
  });

  it("makes tokens that are single alphanumeric words and never collide across kinds", () => {
    expect(tagToken("v", "health-it-vendor")).toMatch(/^\ue002v[0-9a-f]+$/);
    expect(tagToken("c", "GB")).toBe(tagToken("c", "gb"));
    expect(tagToken("v", "x")).not.toBe(tagToken("a", "x"));
  });

  it("has no filter expression without filters", () => {
    expect(filterExpression(query())).toBeNull();
  });

  it("narrows a text to the documents passing every filter but one, only with two filters or more", () => {
    const [g, v, c] = [
      `tags : ("${tagToken("g", "lockbit")}")`,
      `tags : ("${tagToken("v", "hospital")}")`,
      `tags : ("${tagToken("c", "GB")}")`,
    ];
    expect(countedExpression(`("x")`, query())).toBeNull();
    expect(countedExpression(`("x")`, query({ country: ["GB", "US"] }))).toBeNull();
    expect(countedExpression(`("x")`, query({ victim_type: ["hospital"], country: ["GB"] }))).toBe(
      `("x") AND ((${c}) OR (${v}))`,
    );
    expect(
      countedExpression(`("x")`, query({ attacker: ["lockbit"], victim_type: ["hospital"], country: ["GB"] })),
    ).toBe(`("x") AND ((${v} AND ${c}) OR (${g} AND ${c}) OR (${g} AND ${v}))`);
  });
});

describe("snippets", () => {
  it("escapes feed text before turning markers into <mark>", () => {
    expect(snippetHtml('<img src=x onerror="a()"> \ue000LockBit\ue001 & co')).toBe(
      "&lt;img src=x onerror=&quot;a()&quot;&gt; <mark>LockBit</mark> &amp; co",
    );
  });
});
