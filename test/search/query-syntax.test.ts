import { describe, expect, it } from "vitest";
import { parseCountry } from "../../src/model/country-words";
import { textExpression } from "../../src/search/fts-query";
import { oneEditApart, parseQuery, placeTypos, typoNames, withTypos } from "../../src/search/query-syntax";

const GB = "\ue002c6762";

describe("the query syntax", () => {
  it.each<[string, string, string | null]>([
    ["words all match, the last as a prefix", "northvale hosp", '("northvale" "hosp"*)'],
    ["OR joins the words beside it, and is no prefix", "lockbit OR qilin", '(("lockbit" OR "qilin"))'],
    [
      "an OR group is ANDed with the words after it",
      "lockbit OR qilin hospital",
      '(("lockbit" OR "qilin") AND "hospital"*)',
    ],
    ["a quoted phrase stays together", '"operations cancelled" trust', '("operations cancelled" "trust"*)'],
    ["an unbalanced quote closes at the end", '"operations cancelled', '("operations cancelled")'],
    ["a lower-case or is a word", "lockbit or qilin", '("lockbit" "or" "qilin"*)'],
    ["a leading or trailing OR is dropped", "OR lockbit OR", '("lockbit"*)'],
    ["a place word also means its country", "Scottish", `(("Scottish" OR "${GB}"))`],
    [
      "a place of two words is one clause",
      "United Kingdom hospital",
      `(("United Kingdom" OR "${GB}") AND "hospital"*)`,
    ],
    ["GB alone is the country, not the unit", "GB", `("${GB}")`],
    ["GB after a number is the unit", "6 GB", '("6" "GB"*)'],
    ["TB is never a country", "4 TB", '("4" "TB"*)'],
    ["nothing but operators is no query", "OR OR", null],
  ])("%s: %j", (_name, q, expected) => {
    expect(textExpression(q)).toBe(expected);
  });

  it("adds the typos found beside the typed word, and a place's country", () => {
    const clauses = withTypos(
      parseQuery("lokbit scotlnd"),
      new Map([["lokbit", ["lockbit"]], ...placeTypos(["scotlnd"])]),
    );
    expect(textExpression(clauses)).toBe(`(("lokbit" OR "lockbit") AND ("scotlnd" OR "scotland" OR "${GB}"))`);
  });
});

describe("one edit apart", () => {
  it.each<[string, string, boolean]>([
    ["lokbit", "lockbit", true],
    ["lockbit", "lokbit", true],
    ["northvael", "northvale", true],
    ["qilin", "qilim", true],
    ["lockbit", "lockbit", false],
    ["lockbit", "rockbit", false],
    ["lokbt", "lockbit", false],
    ["ransomware", "ransomwear", false],
  ])("%s and %s: %s", (a, b, expected) => {
    expect(oneEditApart(a, b)).toBe(expected);
  });
});

describe("the name words a typo lookup reads", () => {
  const NAMES = ["lockbit", "lockbit3", "lokbt", "lorenz", "qilin", "rhysida", "ålesund", "ålund"];
  it.each<[string, string[], string[]]>([
    ["a word's first letter and length give or take one", ["lokbit"], ["lockbit", "lokbt", "lorenz"]],
    ["each name once, in the index's order, for two words", ["lokbit", "lockbi"], ["lockbit", "lokbt", "lorenz"]],
    ["two words of different letters", ["qilim", "rhysda"], ["qilin", "rhysida"]],
    ["letters beyond ASCII counted as SQL counts them", ["ålesnd"], ["ålesund", "ålund"]],
    ["no name of that first letter", ["zeppelin"], []],
  ])("%s", (_name, words, expected) => {
    expect(typoNames(NAMES, words)).toEqual(expected);
  });

  // "lokbi" takes names of four to six code points: a pair of surrogates is one, a lone surrogate one too.
  it.each<[string, string, boolean]>([
    ["a character beyond the basic plane", "l\u{1f600}kbit", true],
    ["two characters beyond the basic plane", "l\u{1f600}\u{1f600}bit", true],
    ["a lone high surrogate", "l\ud83dkbit", true],
    ["a lone low surrogate", "l\ude00kbit", true],
    ["a high surrogate ending the name", "lokbi\ud83d", true],
    ["seven code points", "l\u{1f600}kbitxy", false],
  ])("counts %s as one letter", (_name, name, taken) => {
    expect(typoNames([name], ["lokbi"])).toEqual(taken ? [name] : []);
  });
});

describe("a country parameter", () => {
  it.each<[string, string | null]>([
    ["GB", "GB"],
    ["gb", "GB"],
    ["UK", "GB"],
    ["United Kingdom", "GB"],
    ["british", "GB"],
    ["Scotland", "GB"],
    ["USA", "US"],
    ["Germany", "DE"],
    ["Côte d’Ivoire", "CI"],
    ["Ireland", "IE"],
    ["GBR", null],
    ["Narnia", null],
    ["ZZ", null],
  ])("reads %j as %j", (value, expected) => {
    expect(parseCountry(value)).toBe(expected);
  });
});
