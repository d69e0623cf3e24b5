// A body described as a diagnostics company ("a medical diagnostics company", "the diagnostics firm") sells tests: a
// laboratory, as a testing company is; a diagnostic imaging company stays imaging. Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a diagnostics company is a laboratory", () => {
  it.each<[string, string, string]>([
    [
      "a place-based medical diagnostics company in apposition",
      "Velmora, a Lisbon-based medical diagnostics company, said on Friday that ransomware had shut its booking site for days.",
      "laboratory",
    ],
    [
      "a diagnostics firm told before the name",
      "Hackers encrypted servers at diagnostics firm Castrell Group last week, and patients could not book exams online.",
      "laboratory",
    ],
    [
      "diagnostics giant",
      "Orsola, the Brazilian diagnostics giant, confirmed an attack on its systems that halted exams at 90 units.",
      "laboratory",
    ],
    [
      "a diagnostic imaging company stays imaging",
      "Trevane, a diagnostic imaging company with 30 scanning centres, said hackers accessed patient records.",
      "imaging",
    ],
  ])("%s", (_label, text, type) => {
    expect(extract("Cyberattack", text).victim_type).toBe(type);
  });
});
