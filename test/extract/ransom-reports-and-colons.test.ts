// Ransom statements in other shapes (unseen-bank-money.ts round 3): a demand ignored is refused; "no payment had been
// made" says a ransom was asked and not paid; a payment in a report the sentence calls false is no payment; a colon
// after a demand word introduces its sum.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Quarrydale Hospital";
const none = { status: "not-mentioned", amount: null, currency: null };
const asked = { status: "demanded-undisclosed", amount: null, currency: null };

describe("ransom: a demand ignored", () => {
  it.each([
    [
      "ignored a stated demand",
      "Quarrydale Hospital ignored a $5 million ransom demand from the hackers.",
      { status: "refused", amount: 5000000, currency: "USD" },
    ],
    [
      "ignoring the gang's demands",
      "The hackers stole patient data, but Quarrydale Hospital is ignoring the gang's demands.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "warnings ignored are no refusal",
      "Quarrydale Hospital ignored warnings about its firewall before the ransomware attack.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a payment said not made", () => {
  it.each([
    [
      "no payment had been made",
      "Hackers encrypted its servers. No payment had been made to the criminals, Quarrydale Hospital said.",
      asked,
    ],
    [
      "no ransom payment was made",
      "After the ransomware attack, Quarrydale Hospital said no ransom payment was made.",
      asked,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a report called false", () => {
  it.each([
    [
      "reports of a payment called false",
      "Reports that Quarrydale Hospital had paid the hackers behind the ransomware attack were false, a spokesperson said.",
      none,
    ],
    [
      "claims of a payment called untrue",
      "Claims that Quarrydale Hospital paid a ransom to the gang are completely untrue, the trust said.",
      none,
    ],
    [
      "a report not called false stays a payment",
      "Reports say Quarrydale Hospital paid the hackers behind the ransomware attack, a spokesperson confirmed.",
      { status: "paid", amount: null, currency: null },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a colon after a demand word introduces its sum", () => {
  it.each([
    [
      "the gang's demand: a sum",
      "The ransomware gang's demand to Quarrydale Hospital: $3 million by Friday, or the stolen files go public.",
      { status: "demanded-amount", amount: 3000000, currency: "USD" },
    ],
    [
      "the asking price: a sum",
      "The hackers stole Quarrydale Hospital's files. The hackers' asking price: €250,000.",
      { status: "demanded-amount", amount: 250000, currency: "EUR" },
    ],
    [
      "a colon after other words introduces no demand",
      "Quarrydale Hospital's recovery bill after the ransomware attack: $3 million so far.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
