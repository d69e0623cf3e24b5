// Ransom as other newsrooms write it (unseen-bank-2.ts): a payment that settles a case is no ransom payment, data
// offered or listed at a price is a demand, "would not give in" is a refusal, and a payment placed in an earlier, dated
// attack or "two years after paying" belongs to that earlier incident.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Kestrel Vale Hospital";
const none = { status: "not-mentioned", amount: null, currency: null };

describe("ransom: payments that are no ransom", () => {
  it.each([
    [
      "a settlement with a regulator after a ransomware attack",
      "Kestrel Vale Hospital has paid $250,000 to the HHS Office for Civil Rights to settle potential HIPAA violations after a ransomware attack.",
      none,
    ],
    [
      "a headline payment to resolve an investigation",
      "Kestrel Vale Hospital pays $80,000 to resolve HIPAA investigation after ransomware attack",
      none,
    ],
    [
      "a fine paid",
      "Kestrel Vale Hospital paid a £40,000 fine after the ransomware attack exposed patient records.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
  it.each([
    [
      "a ransom paid, then covered by insurance",
      "Kestrel Vale Hospital paid a $4.5m ransom to the hackers. The payment was covered in part by its cyber insurance.",
      { status: "paid", amount: 4500000, currency: "USD" },
    ],
    [
      "a payment to the attackers beside a lawsuit",
      "Kestrel Vale Hospital paid the hackers $900,000, a lawsuit alleges.",
      { status: "paid", amount: 900000, currency: "USD" },
    ],
  ])("still a payment: %s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: data offered or listed at a price", () => {
  it.each([
    [
      "a listing offering the records for a sum",
      "A listing on a dark web forum is offering what it says are 90 GB of patient records from Kestrel Vale Hospital for $250,000.",
      { status: "demanded-amount", amount: 250000, currency: "USD" },
    ],
    [
      "data listed for bitcoin",
      "The gang listed Kestrel Vale Hospital's files for 12 BTC on its leak site.",
      { status: "demanded-amount", amount: 12, currency: "BTC" },
    ],
    [
      "an offer of something else is no price",
      "Kestrel Vale Hospital is offering patients two years of credit monitoring after the breach.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: refusing to give in", () => {
  it.each([
    [
      "would not give in, with the sum asked",
      "Kestrel Vale Hospital said it would not give in to the hackers, who asked for 800.000 euro to unlock its systems.",
      { status: "refused", amount: 800000, currency: "EUR" },
    ],
    [
      "won't bow to",
      "Kestrel Vale Hospital won't bow to the extortionists' ransom demand, its chief executive said.",
      {
        status: "refused",
        amount: null,
        currency: null,
      },
    ],
    [
      "a condition is no refusal",
      "Hackers demanded a ransom from Kestrel Vale Hospital; if it does not give in, they will publish the files.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a payment in an earlier incident", () => {
  it.each([
    [
      "paid after a dated attack, hit by a new one",
      "Kestrel Vale Hospital, which paid a £200,000 ransom after a 2023 attack, has been hit by a new cyberattack.",
      none,
    ],
    ["two years after paying", "Kestrel Vale Hospital hit again, two years after paying hackers", none],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
  it.each([
    [
      "a payment after a dated attack that is this one",
      "Kestrel Vale Hospital paid a £200,000 ransom after a 2023 attack, court papers show.",
      { status: "paid", amount: 200000, currency: "GBP" },
    ],
    [
      "a payment two days after the attack",
      "Kestrel Vale Hospital paid the hackers $300,000 in bitcoin two days after the attack.",
      { status: "paid", amount: 300000, currency: "USD" },
    ],
  ])("still this incident: %s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: sums as other countries write them", () => {
  it.each([
    [
      "thousands grouped by spaces",
      "Kestrel Vale Hospital has received a ransom demand of 250 000 euros after its servers were encrypted.",
      { status: "demanded-amount", amount: 250000, currency: "EUR" },
    ],
    [
      "a sign before spaced thousands",
      "Hackers asked Kestrel Vale Hospital for a ransom of €1 200 000.",
      { status: "demanded-amount", amount: 1200000, currency: "EUR" },
    ],
    [
      "rand with a capital R and a scale",
      "Hackers have demanded R10 million from Kestrel Vale Hospital after encrypting its systems.",
      { status: "demanded-amount", amount: 10000000, currency: "ZAR" },
    ],
    [
      "rand in a refusal",
      "Kestrel Vale Hospital refused to pay the R5m ransom.",
      { status: "refused", amount: 5000000, currency: "ZAR" },
    ],
    [
      "a bare R and a number is no sum",
      "Hackers demanded a ransom from Kestrel Vale Hospital, whose R2 wing was closed.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "a date before a sum is not its thousands",
      "On May 3 500 staff at Kestrel Vale Hospital learned that hackers demanded a ransom.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "a payment authorised by the board",
      "The board of Kestrel Vale Hospital authorised a payment of $750,000 to the attackers who encrypted its servers.",
      { status: "paid", amount: 750000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: sums that changed, demands met and money taken by fraud", () => {
  it.each([
    [
      "a demand negotiated down, then paid",
      "Kestrel Vale Hospital negotiated the hackers' demand down from $4 million to $1 million and then paid.",
      { status: "paid", amount: 1000000, currency: "USD" },
    ],
    [
      "a range is still no demand",
      "The gang behind the attack on Kestrel Vale Hospital usually demands from $1 million to $5 million.",
      none,
    ],
    [
      "a demand met",
      "Kestrel Vale Hospital met the hackers' demand of £40,000 to restore its dispensing system.",
      { status: "paid", amount: 40000, currency: "GBP" },
    ],
    [
      "a deadline met is no payment",
      "Hackers demanded a ransom from Kestrel Vale Hospital, which met the deadline for notifying regulators.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "money diverted by impersonation",
      "Hackers who impersonated a supplier diverted $2 million of Kestrel Vale Hospital's payments to their own accounts.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
