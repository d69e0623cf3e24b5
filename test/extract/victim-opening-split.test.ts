import { describe, expect, it } from "vitest";
import { NOT_A_VICTIM } from "../../src/extract/data/org-cues";
import { alternatives, openingChars, splitByOpening } from "../../src/extract/victim-opening-split";

describe("alternatives", () => {
  it.each([
    ["a|b|c", ["a", "b", "c"]],
    ["(?:x|y)z|w", ["(?:x|y)z", "w"]],
    ["[|]a|\\|b", ["[|]a", "\\|b"]],
    ["Office (?:for|of) Civil Rights|OCR", ["Office (?:for|of) Civil Rights", "OCR"]],
  ])("splits %s at its top-level bars", (source, expected) => {
    expect(alternatives(source)).toEqual(expected);
  });
});

describe("openingChars", () => {
  it.each([
    ["Reuters", ["r"]],
    ["(?:U\\.?S\\.? )?Department", ["u", "d"]],
    ["(?:The )?Register", ["t", "r"]],
    ["(?:a|B)c", ["a", "b"]],
    ["\\.net", ["."]],
    ["A?B", ["a", "b"]],
  ])("reads where %s can open", (source, expected) => {
    expect([...openingChars(source)!].sort()).toEqual([...expected].sort());
  });
  it.each(["\\w+ College", "[AB]c", ".*x", "a{0,2}b", "(?=a)b", ""])("gives up on %s (any character)", (source) => {
    expect(openingChars(source)).toBeNull();
  });
});

// Names written for the test: listed bodies in other cases and spellings, and names that only share an opening.
const NAMES = [
  "HHS",
  "hhs",
  "U.S. Department of Health and Human Services",
  "US Department of Health and Human Services",
  "Department of Health and Human Services",
  "Office for Civil Rights",
  "office of civil rights",
  "Information Commissioner's Office",
  "The Register",
  "Register",
  "Registers",
  "Royal College of Surgeons",
  "Royal College",
  "A&E",
  "Z-CERT",
  "Becker's Hospital Review",
  "Beckers Healthcare",
  "Riverside Health",
  "Harwick Regional Hospital",
  "NHS England",
  "NHS Trust",
  "NHS Foundation Trust",
  "Über Clinic",
  "Ölberg Hospital",
  "",
  "1st Choice Health",
  "& Partners",
];

describe("splitByOpening", () => {
  const split = splitByOpening(NOT_A_VICTIM);
  it.each(NAMES)("answers for %j as the whole pattern does", (name) => {
    expect(split(name)).toBe(NOT_A_VICTIM.test(name));
  });
  const tail = "(?<= [^ ]*)(?= |$)";
  const whole = new RegExp(`${NOT_A_VICTIM.source.slice(0, -1)}${tail}`, NOT_A_VICTIM.flags);
  const fromWord = splitByOpening(NOT_A_VICTIM, tail);
  it.each([
    "NHS England and Kestrel Health",
    "Office for Civil Rights said",
    "Care Quality Commission inspectors",
    "Reuters reported",
    "Harwick Regional Hospital",
    "Bleeping Computer",
    "HHS",
  ])("with a tail of its own answers for %j as the whole pattern does", (text) => {
    expect(fromWord(text)).toBe(whole.test(text));
  });
  it("lists the names it is meant to", () => {
    expect(split("Reuters")).toBe(true);
    expect(split("Harwick Regional Hospital")).toBe(false);
  });
  it.each([/^(?:\w+ Agency|FBI)$/i, /^(?:FBI|CISA)$/, /^FBI|CISA$/i])(
    "tests %s whole when it cannot split it",
    (re) => {
      const test = splitByOpening(re);
      for (const text of ["FBI", "Cyber Agency", "CISA", "fbi", "Police"]) expect(test(text)).toBe(re.test(text));
    },
  );
});
