// A sentence telling the victim's own history is background: "It is the hospital's second incident in three years: in
// 2023 LockBit encrypted its servers", "It is not the first time the clinic was hit"; the new incident told "for the
// second time" is not.
import { describe, expect, it } from "vitest";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { extract } from "./helpers";

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
    ["The breach is the clinic's second in two years: in 2022 Hive stole its scans.", true],
    ["The attack is the trust\u2019s third within a decade; the first closed its A&E.", true],
    ["It was the group's second in six months, after a break-in at a dental chain.", true],
    ["The attack, its second in a year, took the hospital's phones offline.", false],
    ["Monday's outage was the hospital's second in a week.", false],
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

// One sentence per background phrase: the pattern runs only on sentences holding the words its phrase needs (common
// words such as "last", "known" or "hit" only with their partner), so a phrase whose words the gate missed would fail.
describe("every background phrase opens its gate", () => {
  it.each<string>([
    "The gang previously targeted a dental chain.",
    "In the past the group hit two clinics.",
    "Last year the group hit two clinics.",
    "At the end of last year the gang hit a clinic.",
    "Back in 2021 the gang hit a clinic.",
    "Back in March the gang hit a clinic.",
    "Previous victims were mostly schools.",
    "Other victims include a school in Leeds.",
    "Other targets have included a school in Leeds.",
    "The gang had earlier attacked a clinic in Leeds.",
    "The gang had already struck a clinic in Leeds.",
    "The gang also claimed an attack on a clinic in Leeds.",
    "The gang also claimed responsibility for a breach at a school.",
    "The gang is best known for extortion of schools.",
    "The gang is also known for leaking photos.",
    "It did so for example when it leaked photos.",
    "It did so for instance when it leaked photos.",
    "A clinic in Leeds suffered a similar data breach.",
    "The same group was behind a school breach.",
    "Prior to that, the gang focused on schools.",
    "Before this, the gang focused on schools.",
    "The gang has a criminal history of leaking photos.",
    "In an earlier attack the gang leaked photos.",
    "An earlier attack on a school leaked photos.",
    "In a separate incident a school was breached.",
    "The gang first appeared in 2021.",
    "The gang went after a school before.",
    "The rule is often broken by such groups.",
    "Staff were told after it hit a school.",
    "The gang once hit a school.",
    "The gang began operating in 2021.",
    "The gang has been operating since 2021.",
    "The gang emerged in 2021.",
  ])("%s", (sentence) => {
    expect(background(sentence)).toBe(true);
  });
});

// The victim's history told after a colon names the earlier attack's group, not this one's: the clause opening on a
// year is the earlier event, where a clause claiming this attack stays the group's claim.
describe("a group in the victim's history", () => {
  it.each<[string, string[]]>([
    [
      "Kestrel Hospital said an attack on Monday took its phones offline. The incident is the hospital's second in a year: in 2023 the Hive gang claimed to have stolen its scans.",
      [],
    ],
    [
      "Kestrel Hospital said an attack on Monday took its phones offline. The attack is the hospital's second in two years: in March 2024 Akira claimed an attack on its clinics.",
      [],
    ],
    [
      "Kestrel Hospital said an attack on Monday took its phones offline. It is not the first time the hospital has been hit; the Rhysida gang has claimed this week's attack.",
      ["Rhysida"],
    ],
  ])("%s", (text, groups) => {
    expect(extract("Kestrel Hospital attack", text).attacker_groups).toEqual(groups);
  });
});
