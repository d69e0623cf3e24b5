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

// The outlet's earlier instalments and reports tell of other incidents: a podcast's last season, earlier reporting.
describe("the outlet's earlier stories", () => {
  it.each<[string, boolean]>([
    ["Last season we covered the LockBit attack on Dorrington Children's Hospital.", true],
    ["In a previous episode, a CISO told us how her hospital paid Black Basta.", true],
    ["Our earlier reporting found that 14 rural hospitals paid ransoms, including one that paid LockBit.", true],
    ["The desk's previous coverage showed three clinics cancelled surgery after attacks.", true],
    ["In this episode the clinic's manager tells how the attack closed its offices.", false],
    ["The hospital said reporting of the outage to regulators was under way.", false],
  ])("%s", (sentence, want) => {
    expect(background(sentence)).toBe(want);
  });
});
