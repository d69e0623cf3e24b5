// Impact told in paraphrase, and effects that belong to another time: each rule on sentences written for it.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Quillon Bay Hospital";
const impactOf = (text: string, title = HIT) => extract(title, text).impact;

describe("impact in paraphrase", () => {
  it.each<[string, string, ImpactType]>([
    ["lists stood down", "After the cyber attack, Friday's surgical lists were stood down.", "operations-cancelled"],
    [
      "standing down",
      "The hospital is standing down planned operations after the cyber attack.",
      "operations-cancelled",
    ],
    [
      "named procedures",
      "Knee replacements were pushed back a month because of the cyber attack.",
      "operations-cancelled",
    ],
    ["endoscopies", "The cyber attack meant that endoscopies were cancelled on Monday.", "operations-cancelled"],
    ["rearranged", "Outpatient appointments are being rearranged after the cyber attack.", "appointments-cancelled"],
    [
      "rearrange them",
      "Patients with scans booked this week are being called to rearrange them after the cyber attack.",
      "appointments-cancelled",
    ],
    ["unit closed", "The hospital's minor injuries unit closed after the cyber attack.", "services-closed"],
    ["dialysis unit", "The dialysis unit was shut for a day after the cyber attack.", "services-closed"],
    ["clinics stood down", "The cyber attack led the hospital to stand down its eye clinics.", "services-closed"],
    ["no dispensing", "After the cyber attack its pharmacies were unable to dispense medicines.", "services-closed"],
    [
      "no filling",
      "Hospital pharmacists could not fill prescriptions for two days after the cyber attack.",
      "services-closed",
    ],
    [
      "by ambulance",
      "Since the cyber attack the hospital has stopped accepting patients by ambulance.",
      "ambulance-diversion",
    ],
    [
      "elsewhere",
      "After the cyber attack ambulance crews were asked to take patients elsewhere.",
      "ambulance-diversion",
    ],
    [
      "emergency to other facilities",
      "After the cyber attack, trauma patients were sent to other facilities.",
      "ambulance-diversion",
    ],
    ["downloadable", "After the cyber attack the stolen records were made available to download.", "data-leaked"],
    ["quantity object", "The gang has posted 12GB of what it calls patient records.", "data-leaked"],
    ["unable to open", "After the cyber attack nurses were unable to open patient records.", "systems-offline"],
    ["resumed", "Cancer treatments resumed on Friday, a week after the cyber attack.", "operations-cancelled"],
    ["will resume", "Outpatient appointments will resume next week after the cyber attack.", "appointments-cancelled"],
    ["reopened", "The walk-in clinic reopened on Monday after the cyber attack.", "services-closed"],
    ["are off", "Routine scans are off until the cyber attack is dealt with.", "appointments-cancelled"],
    [
      "a date with and",
      "Operations on Thursday and Friday were cancelled after the cyber attack.",
      "operations-cancelled",
    ],
    ["went dead", "Telephone lines at the hospital went dead during the cyber attack.", "systems-offline"],
    [
      "hospitals in other towns",
      "After the cyber attack, patients were driven to hospitals in nearby towns.",
      "ambulance-diversion",
    ],
    ["bypassing", "Since the cyber attack, ambulances have been bypassing the hospital.", "ambulance-diversion"],
    ["ground to a halt", "After the cyber attack the hospital's IT systems ground to a halt.", "systems-offline"],
    ["theatres idle", "After the cyber attack the operating rooms sat idle for two days.", "operations-cancelled"],
    ["wiped out access", "The cyber attack wiped out access to the hospital's scheduling system.", "systems-offline"],
    ["machines", "The cyber attack left the hospital's MRI machines out of action.", "systems-offline"],
    ["coming back", "The clinic's systems are coming back one by one after the cyber attack.", "systems-offline"],
    [
      "being brought back",
      "Its computer systems are being brought back in stages after the cyber attack.",
      "systems-offline",
    ],
    ["surfaced", "After the cyber attack, patient files surfaced online on a hacking forum.", "data-leaked"],
    ["writing on paper", "After the cyber attack nurses were writing observations on paper.", "paper-records"],
    ["handwritten orders", "Since the cyber attack doctors have sent handwritten x-ray orders.", "paper-records"],
    ["hand-write", "After the cyber attack ward clerks had to hand-write wristbands.", "paper-records"],
  ])("%s", (_name, text, effect) => {
    expect(impactOf(text)).toContain(effect);
  });
});

describe("what these paraphrases do not cover", () => {
  it.each<[string, string, ImpactType, string?]>([
    [
      "outpatients moved to other providers",
      "After the cyber attack, scan patients were moved to other providers.",
      "ambulance-diversion",
    ],
    [
      "emergency patients by ambulance are no closure",
      "Since the cyber attack it has stopped taking emergency patients by ambulance.",
      "services-closed",
    ],
    [
      "a pharmacy open as usual",
      "After the cyber attack the pharmacy said it could fill prescriptions as usual.",
      "services-closed",
    ],
    [
      "a stood-down incident",
      "The critical incident declared after the cyber attack was stood down on Friday.",
      "operations-cancelled",
    ],
    [
      "replacement cards",
      "After the cyber attack the bank delayed replacement cards for patients.",
      "operations-cancelled",
    ],
    [
      "normal operations resumed",
      "Normal operations resumed at the hospital after the cyber attack.",
      "operations-cancelled",
    ],
    ["dead as no outage", "The hacker said the stolen accounts were dead.", "systems-offline"],
    [
      "operations brought to a halt",
      "The cyber attack brought surgery planning meetings to a halt.",
      "systems-offline",
    ],
    [
      "a leaver's access",
      "After the cyber attack the nurse who leaked records lost access to the database.",
      "systems-offline",
    ],
    ["staff back at work", "After the cyber attack, IT staff came back to the office on Sunday.", "systems-offline"],
  ])("%s", (_name, text, effect) => {
    expect(impactOf(text)).not.toContain(effect);
  });
});

describe("effects of another time", () => {
  it.each<[string, string, string?]>([
    ["a year opening, a new attack", "In 2022 the hospital cancelled surgery for a week after a ransomware attack."],
    ["a month and year opening", "In March 2023 the clinic's systems were offline for days after a hack."],
    ["time apart", "The breach comes two years after Orford Health diverted ambulances during a ransomware attack."],
    ["followed", "It followed just months after a similar hospital cancelled operations."],
    ["a habit", "Attacks on hospitals routinely force them to cancel operations, the report says."],
    [
      "unlike an earlier attack",
      "Unlike the 2020 attack, which left phones down for a week, the breach was contained.",
    ],
    ["an attack on another body", "Last week's attack on a neighbouring trust forced it to cancel operations."],
    [
      "a headline plan",
      "Quillon Bay Hospital confirms cyber attack.",
      "Hospital to take patient portal offline for checks",
    ],
  ])("%s", (_name, text, title) => {
    expect(impactOf(text, title ?? HIT)).toEqual([]);
  });

  it.each<[string, string, ImpactType, string?]>([
    ["a year opening, this attack", "In 2024 the attack took the hospital's systems offline.", "systems-offline"],
    [
      "a headline forced",
      "Quillon Bay Hospital confirms cyber attack.",
      "operations-cancelled",
      "Cyber attack forces hospital to cancel operations",
    ],
    [
      "a headline that had to",
      "Quillon Bay Hospital confirms cyber attack.",
      "ambulance-diversion",
      "Hospital has to divert ambulances after hack",
    ],
  ])("%s still counts", (_name, text, effect, title) => {
    expect(impactOf(text, title ?? HIT)).toContain(effect);
  });
});
