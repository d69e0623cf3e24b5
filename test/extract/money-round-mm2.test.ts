// Classes found by the money2 bank's second round (unseen-bank-money2.ts): the month "May" read as the modal "may" (which
// hedged every cue after a date), a sentence that says no data was taken, a payment asked for a promise not to leak, a
// demand told with "wants", and a group named only in a comparison ("resembles earlier Conti operations").
import { describe, expect, it } from "vitest";
import { frameCue } from "../../src/extract/clause";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

const T = "Cyber attack on Quillan Bay Clinic";

describe("frameCue: the month May is no modal", () => {
  it.each([
    ["Between May 2 and May 9 the hackers [copied] files.", false],
    ["In May the gang [encrypted] the servers.", false],
    ["The gang may have [copied] files.", true],
    ["Data may [leak] in May.", true],
  ])("%s", (marked, hypothetical) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    expect(frameCue(text, at, marked.indexOf("]") - 1).hypothetical).toBe(hypothetical);
  });
});

describe("attack types: dates, denials, promises and 'wants'", () => {
  it.each<[string, string, AttackType[]]>([
    [
      "a theft told after two dates in May",
      "An unauthorized party accessed the network of Quillan Bay Clinic between May 2 and May 9 and copied files with patient names.",
      ["data-theft"],
    ],
    ["a theft told after 'in May'", "In May hackers stole records from Quillan Bay Clinic.", ["data-theft"]],
    [
      "a stored volume and a sentence saying no data was taken",
      "Ransomware encrypted the servers of Quillan Bay Clinic, which held 3TB of scans; no data was stolen, it said.",
      ["ransomware"],
    ],
    [
      "a payment asked for a promise not to leak",
      "The gang that encrypted Quillan Bay Clinic's servers is asking $400,000 for a decryptor and a promise not to leak its files.",
      ["ransomware", "extortion"],
    ],
    [
      "a guarantee that no data will be published",
      "The hackers want 10 BTC from Quillan Bay Clinic in return for a guarantee that no patient data will be published.",
      ["extortion"],
    ],
    [
      "'wants $' beside data held",
      "The gang says it is holding 50 GB of Quillan Bay Clinic's data and wants $200,000 for it.",
      ["data-theft", "extortion"],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract(T, text).attack_types).toEqual(want);
  });
});

describe("attackers: a group named only in a comparison", () => {
  it.each([
    ["The attack on Quillan Bay Clinic resembles earlier Conti operations, but no group has claimed it.", []],
    ["Researchers said the attack on Quillan Bay Clinic was similar to past Akira intrusions.", []],
    ["Akira claimed the attack on Quillan Bay Clinic, which resembles its earlier intrusions.", ["Akira"]],
  ])("%s", (text, want) => {
    expect(extract(T, text).attacker_groups).toEqual(want);
  });
});
