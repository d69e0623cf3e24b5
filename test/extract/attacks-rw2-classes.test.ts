// Attack types and impact told in the shapes round 1 of unseen-bank-rw2-attacks.ts found missing: an apposition between
// the attackers and their saying verb, gerunds of taking data, a leak that must also count as theft, data leaked as a
// pronoun, systems "running again", a place between a hospital and its distance, and a transitive "shut". Each rule on
// sentences written for it, with the near misses it must leave alone.
import { describe, expect, it } from "vitest";
import type { AttackType, ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Harwell Vale Medical Centre";

describe("attack types told with appositions, gerunds and leaks", () => {
  it.each<[string, string, AttackType, boolean]>([
    [
      "apposition before the saying verb",
      "A rival gang, Vexmoor, said it holds the clinic's patient files.",
      "data-theft",
      true,
    ],
    [
      "two-word apposition",
      "Another gang, the Quill Syndicate, says it has records of 9,000 patients.",
      "data-theft",
      true,
    ],
    [
      "the victim's apposition is no claim",
      "The practice, Harwell Vale, said it has backups of all data.",
      "data-theft",
      false,
    ],
    [
      "gerund of copying",
      "The intruders spent a week copying patient records before the attack was spotted.",
      "data-theft",
      true,
    ],
    [
      "gerund of grabbing a volume",
      "The gang boasted of grabbing 300 GB of scans from the centre's servers.",
      "data-theft",
      true,
    ],
    [
      "gerund of downloading",
      "Logs show the attackers downloading documents from the finance share.",
      "data-theft",
      true,
    ],
    ["a leak is a theft", "The group has released part of the clinic's files on its site.", "data-theft", true],
    [
      "a leak of it is a theft",
      "Vexmoor says it holds the clinic's data and has begun leaking it.",
      "data-theft",
      true,
    ],
    [
      "data offered back on a condition",
      "The gang says it stole 2 TB of files and told the centre to contact it if it wanted back the patient records.",
      "extortion",
      true,
    ],
    [
      "their files back",
      "Vexmoor says it copied the clinic's data and will talk if they want their files back.",
      "extortion",
      true,
    ],
    [
      "wanting data with no condition",
      "The gang stole files; investigators want the data back before anything else.",
      "extortion",
      false,
    ],
    [
      "a threatened leak is no theft of its own",
      "The gang threatened to release the clinic's files on its site.",
      "data-theft",
      false,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, text).attack_types.includes(type)).toBe(present);
  });
});

describe("impact told with pronouns, restorations, distances and transitive verbs", () => {
  it.each<[string, string, ImpactType, boolean]>([
    [
      "data leaked as a pronoun",
      "The gang says it holds 40,000 patient files and has started selling them.",
      "data-leaked",
      true,
    ],
    [
      "part of it dumped",
      "Vexmoor claimed the centre's records last week and dumped part of them on Sunday.",
      "data-leaked",
      true,
    ],
    [
      "a threat to sell it",
      "The gang says it holds patient files and has threatened to sell them.",
      "data-leaked",
      false,
    ],
    ["a denied leak", "The centre said the records were safe and that nobody had leaked them.", "data-leaked", false],
    [
      "leaked to the press",
      "A spokesperson said the memo and its data were genuine but would not say who leaked it to the press.",
      "data-leaked",
      false,
    ],
    [
      "a relative pronoun for the data",
      "The gang says it took 2 GB of data, including names and dates of birth, which it then published on its leak site.",
      "data-leaked",
      true,
    ],
    [
      "a relative pronoun, leaked",
      "Vexmoor took the centre's patient files, which they later leaked in two batches.",
      "data-leaked",
      true,
    ],
    [
      "the victim's own notice",
      "The centre described the data involved in a letter, which it then posted on its website.",
      "data-leaked",
      false,
    ],
    ["a purpose", "Rogue staff copy patient data to sell it to identity thieves.", "data-leaked", false],
    ["a habit", "Gangs like this one take the records and usually sell them within weeks.", "data-leaked", false],
    [
      "a pronoun with no data before it",
      "The gang named the centre on its site and is selling it as a scoop.",
      "data-leaked",
      false,
    ],
    ["a warning told after the leak", "Patient records released within days, hackers warn.", "data-leaked", false],
    [
      "a leak with no warning after it",
      "Patient records released by the gang, the clinic confirmed on Monday.",
      "data-leaked",
      true,
    ],
    [
      "a goal to restore",
      "The priority was to restore systems as quickly as possible, the centre's director said.",
      "systems-offline",
      false,
    ],
    [
      "systems running again",
      "The centre said its email and booking systems were running again by Thursday.",
      "systems-offline",
      true,
    ],
    [
      "back up and running",
      "By Friday the practice's servers were back up and running, a spokesperson said.",
      "systems-offline",
      true,
    ],
    [
      "running again with no downtime",
      "Its servers were running again within minutes. We had no downtime, it said.",
      "systems-offline",
      false,
    ],
    [
      "a town between a hospital and its distance",
      "An elderly man had to be driven to a hospital in Carrow, 30 miles away, after the attack.",
      "ambulance-diversion",
      true,
    ],
    [
      "diagnostic work postponed is tests and scans postponed",
      "Most of the centre's clinical and diagnostic operations have been put off until its systems are restored.",
      "appointments-cancelled",
      true,
    ],
    [
      "no new bookings is no cancellation (README: a disruption that fits no slug)",
      "Since the attack the centre has been unable to schedule new patients.",
      "appointments-cancelled",
      false,
    ],
    [
      "new appointments that could not be booked",
      "Clinics stayed open but could not book new appointments for four days.",
      "appointments-cancelled",
      false,
    ],
    ["shut with a systems object", "Health centres shut network after intrusion", "services-closed", false],
    [
      "shut their servers",
      "The clinics shut their email servers as a precaution after the attack.",
      "services-closed",
      false,
    ],
    [
      "centres shut outright",
      "Two of the health centres shut after the attack, the operator said.",
      "services-closed",
      true,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, text).impact.includes(type)).toBe(present);
  });
});

describe("a headline's passive future is a plan", () => {
  const BODY = "Harwell Vale Medical Centre in Leeds was hit by a ransomware attack on Monday, the practice said.";
  it.each<[string, ImpactType, boolean]>([
    ["Harwell Vale patient files to be released on Friday, hackers say", "data-leaked", false],
    ["Surgeries to be postponed after attack on Harwell Vale", "operations-cancelled", false],
    ["Surgeries postponed after attack on Harwell Vale", "operations-cancelled", true],
    ["Harwell Vale patient files released on leak site", "data-leaked", true],
  ])("%s", (title, type, present) => {
    expect(extract(title, BODY).impact.includes(type)).toBe(present);
  });
});
