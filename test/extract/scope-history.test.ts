// A sentence telling the victim's own history is background: "It is the hospital's second incident in three years: in
// 2023 LockBit encrypted its servers", "It is not the first time the clinic was hit"; the new incident told "for the
// second time" is not.
import { describe, expect, it } from "vitest";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";

function background(sentence: string): boolean {
  const sentences = splitSentences(buildDocument("Headline", sentence));
  classifySentences(sentences);
  return sentences.find((s) => !s.inTitle)!.background;
}

describe("the victim's own history", () => {
  it.each<[string, boolean]>([
    ["It is the hospital's second incident in three years: in 2023 LockBit encrypted its servers.", true],
    ["This was the third cyberattack on the trust within two years, after Akira hit it in 2022.", true],
    ["It is not the first time the clinic has been hit: BlackCat stole its records in 2021.", true],
    ["For the second time in six months, a medical practice will close after a ransomware attack.", false],
    ["The hospital said a second attack on Monday took its phones offline.", false],
  ])("%s", (sentence, want) => {
    expect(background(sentence)).toBe(want);
  });
});
