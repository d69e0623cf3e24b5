import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Healthcare names told by a medical specialty or by another language's health word (data/org-cues.ts HEALTH_WORD).
describe("healthcare names by specialty and in other languages", () => {
  it.each([
    [
      "reads a specialty practice whose name joins two specialties with 'and'",
      "Practice closes after ransomware",
      "The systems at Marlow ENT and Hearing Center, a one-doctor practice in Ohio, were encrypted.",
      ["Marlow ENT and Hearing Center"],
    ],
    [
      "reads an Italian local health authority",
      "Attacco hacker",
      "At Asl 2 Valdoro the hacker attack has disrupted services for a week.",
      ["Asl 2 Valdoro"],
    ],
    [
      "reads an Italian hospital",
      "Ransomware attack",
      "Ospedale San Carlo di Valmora said the ransomware attack encrypted its servers.",
      ["Ospedale San Carlo di Valmora"],
    ],
    [
      "reads a Dutch hospital",
      "Ransomware attack",
      "Hackers stole patient files from Ziekenhuis Noordrand in the attack.",
      ["Ziekenhuis Noordrand"],
    ],
    [
      "does not take a department named by its specialty for a victim",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware. The attackers published files of the Department of Cardiology.",
      ["Kestrel Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

// A brand without a health word defined by a sentence that opens on it and says what it supplies to care.
describe("a supplier defined by what it supplies", () => {
  it.each([
    [
      "keeps the supplier when the article names no other victim",
      "Software supplier fined after ransomware attack",
      "Norvale Systems Ltd (Norvale) was fined for security failings.\nNorvale supplies software to GP practices and NHS trusts across England.\nThe fine concerns a ransomware attack in 2022.",
      ["Norvale"],
    ],
    [
      "does not add a supplier that is only defined beside another victim",
      "Kestrel Hospital hit by ransomware",
      "Kestrel Hospital was hit by ransomware.\nOrbex supplies record software to hospitals in the region. Orbex said it was helping.",
      ["Kestrel Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

// Names listed after the preposition that took a victim ("intrusions at A, at B, ..., and at C").
describe("names listed by a repeated preposition", () => {
  it.each([
    [
      "keeps a name the preposition repeats after an apposition",
      "Gang claims three victims",
      "The gang claimed intrusions at Kestrel County Health Department, at Ridgeway Memorial Hospital, a rural critical access provider, and at Ohio-based Harlan Valley Family Support Center.",
      ["Kestrel County Health Department", "Ridgeway Memorial Hospital", "Harlan Valley Family Support Center"],
    ],
    [
      "does not list a name after another preposition",
      "Gang claims victim",
      "The gang claimed an intrusion at Ridgeway Memorial Hospital, and staff moved to Harlan Valley Family Support Center.",
      ["Ridgeway Memorial Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
