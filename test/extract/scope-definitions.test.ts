// A definition is a general statement, whoever gives it: a kind of attack opening the sentence as an indefinite subject
// with what it does in the present ("A ransomware attack, as the agency describes it, encrypts files ... unless the owner
// pays"), and a tactic glossed where it is named ("double extortion": stealing data, then demanding payment). Neither is
// this incident's demand. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { extract } from "./helpers";

function firstBodySentence(text: string) {
  const sentences = splitSentences(buildDocument("Headline", text));
  classifySentences(sentences);
  return sentences.filter((s) => !s.inTitle)[0]!;
}

describe("a definition with an indefinite subject is generic", () => {
  it.each<[string, boolean]>([
    [
      "A ransomware attack, as the national cyber agency puts it, scrambles a victim's files until a payment is made.",
      true,
    ],
    ["A ransomware attack encrypts data so that its owner cannot open it without a key.", true],
    ["Ransomware, according to the FBI, locks computers and demands money to unlock them.", true],
    ["An attack of this kind blocks access to files unless the owner pays.", false],
    ["A ransomware attack on Mill Lane Surgery locked its computers on Monday.", false],
    ["A ransomware attack is under way at Mill Lane Surgery, staff said.", false],
    ["The ransomware encrypts files with a .lock extension, researchers at the clinic found.", false],
  ])("%s", (sentence, generic) => {
    expect(firstBodySentence(sentence).generic).toBe(generic);
  });
});

describe("a tactic glossed where it is named is generic", () => {
  it.each<[string, boolean]>([
    ['The gang practises "double extortion": it steals data, then demands payment to keep it private.', true],
    ["Its speciality is double extortion (theft of files followed by demands for money to delete them).", true],
    [
      "Double-extortion attacks, in which a gang demands one payment to decrypt files and another to delete them, are now the norm.",
      true,
    ],
    ["The group threatened the clinic with double extortion on Friday.", false],
    ["The hackers demanded a ransom to delete the files and another to decrypt them.", false],
  ])("%s", (sentence, generic) => {
    expect(firstBodySentence(sentence).generic).toBe(generic);
  });
});

describe("ransom: a definition or a gloss is no demand of this victim's", () => {
  const T = "Ransomware gang lists Ashcombe Community Hospital";
  it.each([
    [
      "a definition with its source",
      "Ashcombe Community Hospital closed two wards after a ransomware attack. A ransomware attack, as the state's cyber office describes it, scrambles records, which stay unreadable unless the owner pays the attackers a ransom for the key.",
    ],
    [
      "a tracker row glossing the group's tactic",
      'Victim: Ashcombe Community Hospital\nGroup: Vexa ("double extortion": data theft plus demands for payment to decrypt files and keep them private)\nPosted: May 2',
    ],
  ])("%s", (_l, body) => {
    expect(extract(T, body).ransom).toEqual({ status: "not-mentioned", amount: null, currency: null });
  });
});
