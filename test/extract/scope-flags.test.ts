// Link items tagged "(source)" are page furniture, and a sentence defining ransomware is a general statement: each read
// behind its own cheap check (scope.ts), so these cases pin what the checks must still let through and keep out.
import { describe, expect, it } from "vitest";
import { classifySentences, isGenericText } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";

function body(text: string) {
  const sentences = splitSentences(buildDocument("Headline", text));
  classifySentences(sentences);
  return sentences.filter((s) => !s.inTitle);
}

describe("a link item tagged (source)", () => {
  it.each<[string, boolean]>([
    ["Clinic chain hit by ransomware (Source)", true],
    ["Clinic chain hit by ransomware (source)  ", true],
    ["Clinic chain hit by ransomware (SOURCE)\t", true],
    ["(source)", true],
    ["Clinic chain hit by ransomware (source) today", false],
    ["Clinic chain hit by ransomware source)", false],
    ["Clinic chain hit by ransomware (sources)", false],
    ["The hospital named its source.", false],
  ])("%j is furniture: %s", (line, furniture) => {
    expect(body(line)[0]!.boilerplate).toBe(furniture);
  });
});

describe("a sentence defining ransomware", () => {
  it.each<[string, boolean]>([
    ["Ransomware is a type of malicious software that locks files.", true],
    ["Ransomware  is malicious code.", true],
    ["Ransomware attacks often begin with a phishing email.", true],
    ["Ransomware is spreading through the region's clinics.", false],
    ["The ransomware attack took the clinic's systems offline.", false],
  ])("%s", (sentence, generic) => {
    expect(body(sentence)[0]!.generic).toBe(generic);
    expect(isGenericText(sentence)).toBe(generic);
  });
});
