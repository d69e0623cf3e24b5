// Attack types of the incident a fine is about ("fined after a 2023 ransomware attack in which hackers stole ...") are
// this incident's, while an earlier attack "on the same" victim is another; data taken is any document kind copied or
// downloaded ("copied invoices", "downloaded referral letters").
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("attack types: fines, the same victim's earlier attack, documents taken", () => {
  it.each<[string, string, string, AttackType[]]>([
    [
      "a fine for a dated attack",
      "Regulator fines Kestrel Health",
      "The regulator fined Kestrel Health £500,000 after a 2023 ransomware attack in which hackers stole the records of 9,000 patients.",
      ["ransomware", "data-theft"],
    ],
    [
      "a settlement over a dated breach",
      "Kestrel Clinic settles lawsuit",
      "Kestrel Clinic agreed to settle a class action over a 2022 breach in which attackers exfiltrated patient files.",
      ["data-theft"],
    ],
    [
      "a dated attack without a penalty is another incident",
      "Kestrel Clinic hit by cyber attack",
      "Kestrel Clinic said a cyber attack hit its email system this week; after a 2022 ransomware attack it had moved its records.",
      ["unknown"],
    ],
    [
      "an earlier attack on the same health system",
      "Kestrel Health breach",
      "Hackers accessed Kestrel Health's billing system and copied invoices. In 2022, a ransomware attack on the same health system forced it to divert ambulances.",
      ["data-theft"],
    ],
    [
      "referral letters downloaded",
      "Kestrel Physiotherapy mailbox breach",
      "A phishing email gave hackers access to a mailbox at Kestrel Physiotherapy, from which they downloaded patient referral letters.",
      ["data-theft", "phishing"],
    ],
    [
      "spreadsheets copied",
      "Kestrel Care breach",
      "An intruder copied spreadsheets of resident details from Kestrel Care's file server, the company said.",
      ["data-theft"],
    ],
  ])("%s", (_name, title, text, types) => {
    expect(extract(title, text).attack_types).toEqual(types);
  });
});
