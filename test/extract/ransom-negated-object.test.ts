// A demand or a payment negated inside its object rather than on its verb: "demanded no ransom" denies a demand as "did
// not demand a ransom" does, and "made the decision to pay" is a payment as "decided to pay" is. Sentences written for
// this test.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack cripples a regional clinic's computers";
const NONE = { status: "not-mentioned", amount: null, currency: null };

describe("ransom: a demand denied by 'no' before its object", () => {
  it.each([
    [
      "'demanded no ransom'",
      "Servers at Harlow Vale Clinic were encrypted last week. The attackers demanded no ransom, the clinic said.",
    ],
    [
      "'were demanding no payment'",
      "Files at Harlow Vale Clinic were locked on Monday. The hackers were demanding no payment, police said.",
    ],
    [
      "'sought no ransom' in reported speech",
      "Harlow Vale Clinic's systems went down on Friday. Investigators said the intruders sought no ransom at all.",
    ],
  ])("%s", (_l, body) => {
    expect(extract(T, body).ransom).toEqual(NONE);
  });

  it.each([
    [
      "a demand stated beside another that was not made",
      "Harlow Vale Clinic's systems were encrypted. The gang demanded $200,000 and asked for no further contact.",
      { status: "demanded-amount", amount: 200000, currency: "USD" },
    ],
    [
      "a demand with its sum and a deadline stands",
      "Harlow Vale Clinic's systems were encrypted. The gang demanded a ransom of $90,000 within a week.",
      { status: "demanded-amount", amount: 90000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a payment told through the decision to make it", () => {
  it.each([
    [
      "'made the difficult decision to pay'",
      "Harlow Vale Clinic's records were encrypted by hackers. The board made the difficult decision to pay the ransom of 3 bitcoins to restore them.",
      { status: "paid", amount: 3, currency: "BTC" },
    ],
    [
      "'took the decision to pay'",
      "Harlow Vale Clinic's files were locked by a gang demanding £40,000. Its directors took the decision to pay, the clinic said.",
      { status: "paid", amount: 40000, currency: "GBP" },
    ],
    [
      "'the decision was made to pay'",
      "Hackers locked Harlow Vale Clinic's servers and asked for $25,000. After two days the decision was made to pay the hackers.",
      { status: "paid", amount: 25000, currency: "USD" },
    ],
    [
      "a decision after weighing another way out",
      "Hackers locked Harlow Vale Clinic's servers and asked for $25,000. After weighing a rebuild from tapes the partners decided to pay the attackers.",
      { status: "paid", amount: 25000, currency: "USD" },
    ],
    [
      "a payment still being weighed is no payment",
      "Hackers locked Harlow Vale Clinic's servers and asked for $25,000. The partners are weighing whether to pay the attackers.",
      { status: "demanded-amount", amount: 25000, currency: "USD" },
    ],
    [
      "a payment considered, then a rebuild",
      "Hackers locked Harlow Vale Clinic's servers and asked for $25,000. After considering paying the attackers the partners rebuilt from tapes.",
      { status: "demanded-amount", amount: 25000, currency: "USD" },
    ],
    [
      "a decision not to pay is no payment",
      "Hackers locked Harlow Vale Clinic's servers and asked for $25,000. The clinic made the decision not to pay.",
      { status: "refused", amount: 25000, currency: "USD" },
    ],
    [
      "a decision still to come is no payment",
      "Hackers locked Harlow Vale Clinic's servers and asked for $25,000. The board has yet to make a decision on whether to pay.",
      { status: "demanded-amount", amount: 25000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
