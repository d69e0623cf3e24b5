// Attack types the text implies without its usual words: data an attacker claims to hold or that was "taken by hackers"
// (theft), money asked "for not publishing" or a refusal to pay beside stolen data (extortion), and an incident report
// that names no kind of attack (unknown). Negation, hedging and other subjects keep each rule from overreaching.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const HIT = "Marrowby Hospital hit by cyber attack";

describe("attack types implied: a claim to hold the data is a theft", () => {
  it.each<[string, string, string[]]>([
    [
      "they claim to hold records",
      "Marrowby Hospital was hit by a cyber attack. The hackers claim to hold the records of 40,000 patients.",
      ["data-theft"],
    ],
    [
      "the gang says it has files",
      "Marrowby Hospital was hit by a cyberattack last week. The gang says it has patients' files and staff emails.",
      ["data-theft"],
    ],
    [
      "claimed in the past tense, possession as a state",
      "After the cyber attack on Marrowby Hospital, the group claimed that it was in possession of internal documents.",
      ["data-theft"],
    ],
    [
      "claimed to be holding, with a demand: theft and extortion",
      "Attackers who hit Marrowby Hospital demanded $300,000 and claimed to be holding its payroll data.",
      ["data-theft", "extortion"],
    ],
    [
      "a participle makes the data another verb's object",
      "Marrowby Hospital was hit by a cyber attack. The hackers claim to have encrypted files on 200 computers.",
      ["ransomware"],
    ],
    [
      "the victim saying it has data is no claim",
      "Marrowby Hospital was hit by a cyber attack. The hospital said it has backups of all patient records.",
      ["unknown"],
    ],
    [
      "a denied claim",
      "Marrowby Hospital was hit by a cyber attack. The hackers do not claim to hold any patient records.",
      ["unknown"],
    ],
  ])("%s", (_name, text, types) => {
    expect(extract(HIT, text).attack_types).toEqual(types);
  });
});

describe("attack types implied: data taken by the attackers is a theft", () => {
  it.each<[string, string, string[]]>([
    [
      "names and numbers taken by hackers",
      "Names and policy numbers of 1.1 million members of Marrowby Health Plan were taken by hackers in May.",
      ["data-theft"],
    ],
    [
      "passive in the present perfect, another attacker noun",
      "Marrowby Hospital said addresses and dates of birth have been copied by an unknown intruder.",
      ["data-theft"],
    ],
    [
      "obtained by cybercriminals, the object before",
      "Social security numbers of former staff at Marrowby Hospital were obtained by cybercriminals during the breach.",
      ["data-theft"],
    ],
    [
      "negated",
      "Marrowby Hospital was hit by a cyberattack, but no patient details were taken by the hackers.",
      ["unknown"],
    ],
    [
      "taken offline is not taken",
      "Marrowby Hospital's systems were taken offline by hackers on Sunday in a cyber attack.",
      ["unknown"],
    ],
    [
      "steps taken by the hospital",
      "Marrowby Hospital was hit by a cyber attack; steps taken by the hospital limited the damage.",
      ["unknown"],
    ],
  ])("%s", (_name, text, types) => {
    expect(extract(HIT, text).attack_types).toEqual(types);
  });
});

describe("attack types implied: money for not publishing, or a refused payment, beside stolen data is extortion", () => {
  it.each<[string, string, string[]]>([
    [
      "a sum for not publishing the stolen data",
      "The gang that hit Marrowby Hospital asked for $900,000 for not publishing the stolen data.",
      ["data-theft", "extortion"],
    ],
    [
      "a verb's negation leaves the stolen files stolen",
      "The hackers have not yet released the stolen files from Marrowby Hospital, the hospital said.",
      ["data-theft"],
    ],
    [
      "a negation of the noun phrase denies the theft",
      "Investigators at Marrowby Hospital have found no stolen data on the dark web after the cyber attack.",
      ["unknown"],
    ],
    [
      "for not leaking it, no stolen word",
      "After the cyber attack, the group demanded money from Marrowby Hospital for not leaking it.",
      ["extortion"],
    ],
    [
      "published after a refusal to pay",
      "Hackers posted 30GB of files stolen from Marrowby Hospital after the hospital refused to pay.",
      ["data-theft", "extortion"],
    ],
    [
      "a refusal before the theft, other order",
      "Marrowby Hospital declined to pay, and the attackers then leaked the patient data they had exfiltrated.",
      ["data-theft", "extortion"],
    ],
    [
      "a refusal to pay for something else",
      "Hackers stole files from Marrowby Hospital, which later refused to pay for credit monitoring.",
      ["data-theft"],
    ],
    [
      "criticised for not publishing a report is no threat",
      "Marrowby Hospital was hit by a cyber attack and was criticised for not publishing its annual report.",
      ["unknown"],
    ],
  ])("%s", (_name, text, types) => {
    expect(extract(HIT, text).attack_types).toEqual(types);
  });
});

describe("attack types implied: an incident report without a type word is an unknown attack", () => {
  it.each<[string, string, string, string[]]>([
    [
      "carried out by a named group",
      "Attack on Marrowby Hospital linked to gang",
      "The attack on Marrowby Hospital in Kent was carried out by Embargo, a group with ties to BlackCat, researchers said.",
      ["unknown"],
    ],
    [
      "a tracker-style claim",
      "Qilin claims Marrowby Hospital",
      "Qilin has claimed an attack on Marrowby Hospital in Ohio. The gang usually demands between $1 million and $4 million.",
      ["unknown"],
    ],
    [
      "a type word wins over the fallback",
      "Qilin claims Marrowby Hospital",
      "Qilin has claimed an attack on Marrowby Hospital in Ohio and says it stole 50GB.",
      ["data-theft"],
    ],
    [
      "healthcare news with no incident gets no type",
      "Marrowby Hospital opens new theatres",
      "Marrowby Hospital opened two new operating theatres on Monday, cutting waiting lists.",
      [],
    ],
  ])("%s", (_name, title, text, types) => {
    expect(extract(title, text).attack_types).toEqual(types);
  });
});
