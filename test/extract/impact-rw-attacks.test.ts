// Impact told the way reworded reports tell it (round 1 of unseen-bank-rw-attacks.ts): coordinated subjects, passives,
// difficulty verbs, inability to offer a service, restoration that presupposes an outage, and the idioms and venues that
// decide whether data was published. Each rule on sentences written for it.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Marrowgate General Hospital";
const impactOf = (text: string, title = HIT) => extract(title, text).impact;

describe("impact told in other clause shapes", () => {
  it.each<[string, string, ImpactType]>([
    [
      "coordinated modifiers",
      "After the cyber attack, elective and outpatient surgery had been scaled back at Marrowgate.",
      "operations-cancelled",
    ],
    [
      "patients' treatment delayed",
      "The cyber attack at Marrowgate delayed treatment for dozens of cancer patients.",
      "operations-cancelled",
    ],
    [
      "coordinated subjects",
      "Operations and scans were postponed at Marrowgate for a week after the cyber attack.",
      "operations-cancelled",
    ],
    [
      "difficulty verb",
      "Since the cyber attack, nurses at Marrowgate have been struggling to access the patient record system.",
      "systems-offline",
    ],
    [
      "connectivity in the passive",
      "Connectivity across the Marrowgate campus was disrupted by the cyber attack on Friday.",
      "systems-offline",
    ],
    [
      "not back up and running",
      "A week after the cyber attack, Marrowgate's computer network is still not back up and running.",
      "systems-offline",
    ],
    [
      "back up by a time",
      "Marrowgate had its phones and its email back up by Tuesday evening after the cyber attack.",
      "systems-offline",
    ],
    [
      "patients could not be seen",
      "Because of the cyber attack, outpatients could not be seen at two of Marrowgate's satellite sites.",
      "services-closed",
    ],
    [
      "cannot offer a service",
      "Marrowgate still cannot offer maternity services after the cyber attack.",
      "services-closed",
    ],
    [
      "a service no longer provided",
      "After the cyber attack, maternity care was no longer provided at Marrowgate.",
      "services-closed",
    ],
    [
      "a pronoun's leak on a leak site",
      "The Quorra gang claimed the cyber attack on Marrowgate. It has posted patient files on its leak site.",
      "data-leaked",
    ],
    [
      "cut off from records, object between",
      "The cyber attack cut nurses on three Marrowgate wards off from the electronic patient record for two days.",
      "systems-offline",
    ],
    [
      "took offline, an apposition inside the object",
      "Hackers took the whole network of Tellan Clinic, a small practice in Ayr, Scotland, offline in the cyber attack.",
      "systems-offline",
    ],
    [
      "knocked offline in the passive, far from its subject",
      "The entire network at Hollins Eye and Ear Clinic, a two-surgeon practice in Dover, Del., was knocked offline in the cyber attack.",
      "systems-offline",
    ],
    [
      "a process done manually, object between",
      "After the cyber attack Marrowgate's receptionists had to register patients manually for a week.",
      "paper-records",
    ],
    [
      "care documented offline",
      "Since the cyber attack, Marrowgate's nurses have been charting observations offline.",
      "paper-records",
    ],
    [
      "leaking, with a pronoun subject",
      "The Quorra gang says it holds Marrowgate's files. It has started leaking that data.",
      "data-leaked",
    ],
    [
      "'since ... last year' runs up to now",
      "Marrowgate patient details held since March last year have been published online after the cyber attack.",
      "data-leaked",
    ],
  ])("%s", (_name, text, want) => {
    expect(impactOf(text)).toContain(want);
  });

  it.each<[string, string, ImpactType]>([
    [
      "a noun's 'and' before a new clause",
      "Surgeries went ahead and staff were moved to the day unit after the cyber attack on Marrowgate.",
      "operations-cancelled",
    ],
    [
      "records put at risk",
      "The regulator said security failings put the records of 12,000 Marrowgate patients at risk in the cyber attack.",
      "data-leaked",
    ],
    [
      "payment to keep data from being sold",
      "The hackers told Marrowgate patients to pay $40 each to keep their records from being sold.",
      "data-leaked",
    ],
    [
      "restoration beside a stated absence",
      "Marrowgate fought off the cyber attack, restoring its computer systems within hours. 'We had no downtime,' its chief executive said.",
      "systems-offline",
    ],
    [
      "one patient's treatment delayed by a diversion",
      "After the cyber attack the ambulance was diverted to Kelby, delaying the woman's treatment by an hour.",
      "operations-cancelled",
    ],
    [
      "the victim publishing a notice",
      "Marrowgate said the cyber attack was contained. It has posted details of the incident on its website.",
      "data-leaked",
    ],
    [
      "a phrase with no system taken offline",
      "The cyber attack took Marrowgate's chief executive, who was on leave, offline for a week of calls.",
      "systems-offline",
    ],
    [
      "a negated passive, far from its subject",
      "The main network at Hollins Eye and Ear Clinic, a two-surgeon practice in Dover, Del., was not knocked offline.",
      "systems-offline",
    ],
    [
      "records cut off from a budget",
      "The regulator cut the trust's records team off from extra funding after the cyber attack.",
      "systems-offline",
    ],
  ])("not %s", (_name, text, unwanted) => {
    expect(impactOf(text)).not.toContain(unwanted);
  });
});
