// Rules from the money bank's fourth round (unseen-bank-money.ts): inability as refusal ("not in a position to pay",
// "cannot afford to pay"), money recovered or seized is not the ransom, a head-count revised upward ("has risen to"),
// a head-count in a table's column, a group recalled as comparison, and a sentence that is background only for an
// aside telling the group's history.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Dunraven Hospital";

describe("ransom: inability to pay is a refusal", () => {
  it.each([
    "After the ransomware attack, Dunraven Hospital said it was not in a position to pay the ransom.",
    "Dunraven Hospital said it cannot afford to pay the hackers who encrypted its servers.",
  ])("%s", (body) => {
    expect(extract(T, body).ransom.status).toBe("refused");
  });
  it("a payment not made yet is no refusal", () => {
    expect(
      extract(T, "The hackers demanded a ransom. Dunraven Hospital was not in a position to pay it yet.").ransom.status,
    ).toBe("demanded-undisclosed");
  });
});

describe("ransom: money recovered or seized is not the ransom", () => {
  it.each([
    [
      "recovered part of a paid ransom",
      "The FBI recovered $2.3 million of the ransom that Dunraven Hospital paid to the hackers.",
      { status: "paid", amount: null, currency: null },
    ],
    [
      "seized from the gang beside the sum paid",
      "Dunraven Hospital paid the hackers $4 million. Police later seized about $1 million from the gang's wallets.",
      { status: "paid", amount: 4000000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("people: counts revised upward and counts in tables", () => {
  it.each([
    [
      "risen to, up from an estimate",
      "The number of people affected by the cyber attack on Dunraven Hospital has risen to 1.9 million, up from an earlier estimate of 800,000.",
      1900000,
    ],
    [
      "climbed to",
      "The number of patients whose records were stolen from Dunraven Hospital has climbed to 212,000.",
      212000,
    ],
    [
      "a table column headed 'Individuals affected'",
      "Dunraven Hospital reported a hacking incident.\n| Name | State | Individuals affected | Breach type |\n| Dunraven Hospital | OH | 14,250 | Hacking/IT incident |",
      14250,
    ],
    [
      "a table row of another width is not read",
      "Dunraven Hospital reported a hacking incident.\n| Name | Individuals affected | Breach type |\n| Dunraven Hospital | OH | 14,250 | Hacking/IT incident |",
      null,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).people_affected).toBe(want);
  });
});

describe("attackers: a group recalled as comparison", () => {
  it.each([
    ["A cyber attack crippled Dunraven Hospital, in scenes that recalled the 2017 WannaCry outbreak.", []],
    ["The attack on Dunraven Hospital evoked the NotPetya outbreak, but Akira claimed it.", ["Akira"]],
  ])("%s", (body, want) => {
    expect(extract(T, body).attacker_groups).toEqual(want);
  });
});

describe("scope: an aside telling only the group's history leaves the sentence about this incident", () => {
  it.each([
    ["The SafePay group, which emerged last year, has claimed an attack on Dunraven Hospital.", true],
    ["Qilin, which first appeared in 2022, claimed the attack on Dunraven Hospital.", true],
  ])("%s", (body, relevant) => {
    const e = extract("Ransomware gang claims attack", body);
    expect([e.relevant, e.victim_orgs]).toEqual([relevant, ["Dunraven Hospital"]]);
  });
  it("an aside that tells another attack keeps its facts out", () => {
    const e = extract(
      "Ransomware gang claims attack",
      "Qilin, which last year hit Marlow Clinic and demanded $2 million, has claimed an attack on Dunraven Hospital.",
    );
    expect([e.victim_orgs.includes("Marlow Clinic"), e.ransom.status]).toEqual([false, "not-mentioned"]);
  });
});
