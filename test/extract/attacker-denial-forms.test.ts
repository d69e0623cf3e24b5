// A group that denied its part, with a relative clause or apposition between its name and the denial (unseen-bank-
// money.ts): "RansomHub, which researchers first blamed, denied any involvement" is not listed; the claimant is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attacker groups that deny their part after an aside", () => {
  it.each([
    [
      "a relative clause before the denial",
      "Akira lists Pinemoor Clinic",
      "Akira listed Pinemoor Clinic on its leak site. RansomHub, which some analysts had first blamed, denied any involvement.",
      ["Akira"],
    ],
    [
      "an apposition before the denial",
      "Qilin claims Pinemoor Clinic",
      "Qilin claimed the attack on Pinemoor Clinic. Medusa, a rival gang named in early reports, denied responsibility.",
      ["Qilin"],
    ],
    [
      "a relative clause before 'was not behind'",
      "Pinemoor Clinic attack claimed by BianLian",
      "BianLian claimed the attack on Pinemoor Clinic. Rhysida, which posted a screenshot, was not behind the attack, researchers said.",
      ["BianLian"],
    ],
    [
      "a relative clause that holds no denial keeps the group",
      "Pinemoor Clinic hit",
      "Rhysida, which first appeared in 2023, claimed the attack on Pinemoor Clinic and denied that it had encrypted patient devices.",
      ["Rhysida"],
    ],
  ])("%s", (_l, title, text, want) => {
    expect(extract(title, text).attacker_groups).toEqual(want);
  });
});

describe("attacker groups named as a kind or denying in other words", () => {
  it.each([
    [
      "a name made an adjective",
      "Pinemoor Clinic hit by LockBit-style attack",
      "Pinemoor Clinic was hit by what investigators called a LockBit-style ransomware attack.",
      [],
    ],
    [
      "a Conti-like playbook beside the claimant",
      "Pinemoor Clinic attack claimed",
      "The Embargo ransomware group claimed the attack on Pinemoor Clinic, using a Conti-like playbook.",
      ["Embargo"],
    ],
    [
      "'had nothing to do with' after a speaker",
      "Cyber attack on Pinemoor Clinic",
      "A cyber attack has crippled Pinemoor Clinic. A Medusa spokesperson told reporters the group had nothing to do with it.",
      [],
    ],
    [
      "a headline denial of the attack",
      "Akira denies Pinemoor Clinic hack",
      "A cyber attack has crippled Pinemoor Clinic's systems.",
      [],
    ],
    [
      "played no part",
      "Cyber attack on Pinemoor Clinic",
      "Pinemoor Clinic was hit by ransomware. Researchers said BianLian played no part in it.",
      [],
    ],
  ])("%s", (_l, title, text, want) => {
    expect(extract(title, text).attacker_groups).toEqual(want);
  });
});

describe("attacker groups: an ordinary-word name listed beside another group", () => {
  it.each([
    [
      "both claimants listed",
      "Two gangs claim Pinemoor Clinic",
      "Both Everest and SafePay have claimed the attack on Pinemoor Clinic.",
      ["Everest", "SafePay"],
    ],
    [
      "a comma list",
      "Gangs claim Pinemoor Clinic",
      "Akira, Lynx and RansomHub each claimed a part of the attack on Pinemoor Clinic.",
      ["Akira", "Lynx", "RansomHub"],
    ],
    [
      "an ordinary word far from any group stays a word",
      "Pinemoor Clinic hit by Akira",
      "Akira claimed the attack on Pinemoor Clinic. Staff described the recovery as like climbing Everest.",
      ["Akira"],
    ],
  ])("%s", (_l, title, text, want) => {
    expect(extract(title, text).attacker_groups).toEqual(want);
  });
});

describe("attacker groups in an attack that came earlier on another body", () => {
  it.each([
    [
      "'comes weeks after' another group hit a neighbouring hospital",
      "Cyber attack disrupts Pinemoor Clinic",
      "A cyber attack has disrupted systems at Pinemoor Clinic. It comes weeks after RansomHub hit a neighbouring hospital.",
      [],
    ],
    [
      "'came days after' a nearby clinic was hit, this attack claimed",
      "Qilin claims Pinemoor Clinic",
      "Qilin claimed the attack on Pinemoor Clinic. The attack came days after Akira hit a nearby clinic.",
      ["Qilin"],
    ],
  ])("%s", (_l, title, text, want) => {
    expect(extract(title, text).attacker_groups).toEqual(want);
  });
});

describe("attacker groups whose hallmarks or style an attack bears", () => {
  it.each([
    [
      "hallmarks of one group, claimed by another",
      "The attack on Pinemoor Clinic bore the hallmarks of Scattered Spider, but the Interlock ransomware gang claimed it.",
      ["Interlock"],
    ],
    [
      "reminiscent of a group",
      "Investigators said the intrusion at Pinemoor Clinic was reminiscent of Black Basta. No group has claimed it.",
      [],
    ],
    [
      "in the style of a group",
      "The ransom note left at Pinemoor Clinic was written in the style of LockBit, the clinic said.",
      [],
    ],
  ])("%s", (_l, text, want) => {
    expect(extract("Cyber attack on Pinemoor Clinic", text).attacker_groups).toEqual(want);
  });
});
