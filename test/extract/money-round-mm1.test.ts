// Classes found by the money2 bank's first round (unseen-bank-money2.ts): a demand raised or a sum paid through a
// relative clause, a refusal "to make a deal", a group set aside by ", not X,", a head-count revised later, things a
// ransomware attack encrypts ("archive", "schedules"), papers leaked, a countdown before data is released, a plan to
// publish stolen data, and a demand with the victim between the verb and the sum.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

const T = "Cyber attack on Ormsby Vale Hospital";

describe("ransom: sums changed or paid later in the sentence, refusals of a deal", () => {
  it.each([
    [
      "a demand raised keeps the later sum",
      "The hackers first asked Ormsby Vale Hospital for $600,000, but later increased the demand to $900,000.",
      { status: "demanded-amount", amount: 900000, currency: "USD" },
    ],
    [
      "a demand cut keeps the later sum",
      "The gang demanded £2 million from Ormsby Vale Hospital, then cut its demand to £750,000 after talks.",
      { status: "demanded-amount", amount: 750000, currency: "GBP" },
    ],
    [
      "two sums with no change between them keep the first",
      "The gang demanded $400,000 from Ormsby Vale Hospital; a second gang later asked a clinic for $90,000.",
      { status: "demanded-amount", amount: 400000, currency: "USD" },
    ],
    [
      "a sum paid in a relative clause",
      "Negotiators brought the hackers down from $3 million to $800,000, which Ormsby Vale Hospital's insurer paid.",
      { status: "paid", amount: 800000, currency: "USD" },
    ],
    [
      "a refusal to make a deal",
      "The gang that stole Ormsby Vale Hospital's files demanded a ransom and said the hospital was refusing to make a deal.",
      { status: "refused", amount: null, currency: null },
    ],
  ])("%s", (_name, text, want) => {
    expect(extract(T, text).ransom).toEqual(want);
  });
});

describe("attackers: a group set aside by ', not X,'", () => {
  it.each([
    ["Akira, not LockBit, was behind the attack on Ormsby Vale Hospital, investigators said.", ["Akira"]],
    [
      "The attack on Ormsby Vale Hospital was the work of Rhysida and not the Medusa gang, researchers said.",
      ["Rhysida"],
    ],
    ["Akira and LockBit both claimed the attack on Ormsby Vale Hospital.", ["Akira", "LockBit"]],
  ])("%s", (text, want) => {
    expect([...extract(T, text).attacker_groups].sort()).toEqual(want);
  });
});

describe("people: a head-count revised later", () => {
  it.each([
    [
      "raised in a later sentence",
      "Ormsby Vale Hospital said the breach affected 3,000 patients. It later raised that figure to 12,400.",
      12400,
    ],
    [
      "revised upward in the same sentence",
      "Ormsby Vale Hospital said data of 5,000 patients was stolen, but has since revised the number of people affected upward to 7,250.",
      7250,
    ],
    [
      "a raised budget is no head-count",
      "Hackers stole data of 5,000 patients from Ormsby Vale Hospital. The board raised its security budget to 1,200,000 pounds.",
      5000,
    ],
  ])("%s", (_name, text, want) => {
    expect(extract(T, text).people_affected).toBe(want);
  });
});

describe("attack types: what is encrypted, leaked, counted down or planned", () => {
  it.each<[string, string, AttackType[]]>([
    ["an encrypted archive", "The ransomware attack encrypted Ormsby Vale Hospital's imaging archive.", ["ransomware"]],
    ["encrypted schedules", "Theatre schedules at Ormsby Vale Hospital were encrypted on Monday.", ["ransomware"]],
    ["papers leaked", "Claim papers of Ormsby Vale Hospital patients were leaked on a forum.", ["data-theft"]],
    [
      "a countdown before data is released",
      "Ormsby Vale Hospital has five days to pay before 60 GB of records are released, the gang's post says.",
      ["data-theft", "extortion"],
    ],
    [
      "a plan to publish stolen data",
      "A gang says it stole records from Ormsby Vale Hospital and will publish them next week.",
      ["data-theft", "extortion"],
    ],
    [
      "a demand with the victim between the verb and the sum",
      "Hackers copied files from Ormsby Vale Hospital and asked the hospital for $90,000 to delete them.",
      ["data-theft", "extortion"],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract(T, text).attack_types).toEqual(want);
  });
});
