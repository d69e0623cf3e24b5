// Sums that are not this demand's final size, and a demand whose size is withheld behind a modal (unseen-bank-money.ts):
// a demand changed from one sum to another keeps the second, a gang's takings "in ransoms" from many victims are no
// demand, and "would not say how much the attackers are demanding" still says a ransom was demanded.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Harkness Valley Hospital";
const none = { status: "not-mentioned", amount: null, currency: null };

describe("ransom: a changed demand keeps the sum it became", () => {
  it.each([
    [
      "cut an opening demand of one sum to another",
      "The gang that breached Harkness Valley Hospital cut its opening demand of $10 million to $4 million.",
      { status: "demanded-amount", amount: 4000000, currency: "USD" },
    ],
    [
      "a demand raised",
      "The attackers raised their demand for Harkness Valley Hospital's files from £500,000 to £900,000.",
      { status: "demanded-amount", amount: 900000, currency: "GBP" },
    ],
    [
      "negotiated from one sum to another, then paid",
      "Harkness Valley Hospital negotiated the ransom demand of €3 million to €1.2 million and paid it.",
      { status: "paid", amount: 1200000, currency: "EUR" },
    ],
    [
      "two sums that are no change stay as they were",
      "The hackers demanded $2 million from Harkness Valley Hospital, to be paid in bitcoin.",
      { status: "demanded-amount", amount: 2000000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a gang's takings from many victims", () => {
  it.each([
    [
      "collected in ransoms",
      "Akira claimed the attack on Harkness Valley Hospital. The gang has collected more than $50 million in ransoms this year.",
      none,
    ],
    [
      "extorted from its victims",
      "Akira claimed the attack on Harkness Valley Hospital. Akira has extorted $42 million from its victims since 2023.",
      none,
    ],
    [
      "this victim's ransom payment still counts",
      "Harkness Valley Hospital paid $300,000 in ransom to the hackers.",
      { status: "paid", amount: 300000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a demand whose size is withheld", () => {
  it.each([
    "Officials would not say how much the attackers are demanding.",
    "The hospital would not disclose how much the hackers were asking for.",
    "A spokesman could not say how much the gang is seeking.",
  ])("%s", (body) => {
    expect(extract(T, `Harkness Valley Hospital was hit by ransomware. ${body}`).ransom).toEqual({
      status: "demanded-undisclosed",
      amount: null,
      currency: null,
    });
  });
});
