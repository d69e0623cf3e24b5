// Refusals written without a negation on the pay-word (unseen-bank-money.ts): a verb that denies the act it takes
// ("ruled out paying", "refrained from paying"), paying judged impossible ("off the table", "out of the question"),
// handing over money declined; and a payment to a different gang in a dated stretch, which is another incident's.
import { describe, expect, it } from "vitest";
import { frameCue } from "../../src/extract/scope";
import { extract } from "./helpers";

const T = "Cyber attack on Thornbury Lane Hospital";
const refused = (amount: number | null = null, currency: string | null = null) => ({
  status: "refused",
  amount,
  currency,
});
const none = { status: "not-mentioned", amount: null, currency: null };

describe("frameCue: verbs that deny the act they take", () => {
  it.each([
    ["The board has ruled out [paying] the attackers.", true],
    ["The trust rules out any [payment] to the gang.", true],
    ["The clinic refrained from [paying] the hackers.", true],
    ["Executives balked at [paying] the sum.", true],
    ["The hospital stopped short of [paying] the criminals.", true],
    ["The insurer shied away from [paying] the gang.", true],
    ["The hospital [paid] the gang after ruling out other options.", false],
  ])("%s", (marked, denied) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    const f = frameCue(text, at, marked.indexOf("]") - 1);
    expect([f.negated, f.refusal]).toEqual([denied, denied]);
  });
});

describe("ransom: refusals without a negated pay-word", () => {
  it.each([
    [
      "a denying verb before the pay-word, sum kept",
      "Thornbury Lane Hospital has ruled out paying the £800,000 ransom the hackers demanded.",
      refused(800000, "GBP"),
    ],
    [
      "refrained from paying",
      "The hackers demanded a ransom, but Thornbury Lane Hospital refrained from paying it.",
      refused(),
    ],
    [
      "balked at paying a stated sum",
      "Thornbury Lane Hospital balked at paying the $3 million ransom, its chief executive said.",
      refused(3000000, "USD"),
    ],
    [
      "paying judged off the table",
      "Thornbury Lane Hospital says paying the gang behind the ransomware attack is off the table.",
      refused(),
    ],
    [
      "a payment out of the question",
      "After the ransomware attack, Thornbury Lane Hospital said any payment was out of the question.",
      refused(),
    ],
    [
      "paying never an option",
      "Paying the hackers who encrypted our servers was never an option, Thornbury Lane Hospital's director said.",
      refused(),
    ],
    [
      "a headline without its verb",
      "Paying ransomware gang 'out of the question', says Thornbury Lane Hospital",
      refused(),
    ],
    [
      "handing over a bitcoin sum declined",
      "Thornbury Lane Hospital declined to hand over the 25 bitcoin the attackers wanted for the stolen files.",
      refused(25, "BTC"),
    ],
    [
      "handing over money refused",
      "Thornbury Lane Hospital refused to hand over any money to the ransomware gang.",
      refused(),
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });

  it.each([
    [
      "records withheld from police are no ransom refusal",
      "After the ransomware attack, Thornbury Lane Hospital refused to hand over patient records to police.",
      none,
    ],
    [
      "a payment made, with other options ruled out",
      "Thornbury Lane Hospital paid the $400,000 ransom after ruling out a rebuild of its servers.",
      { status: "paid", amount: 400000, currency: "USD" },
    ],
  ])("no refusal: %s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});

describe("ransom: a payment to a different gang, dated, is another incident's", () => {
  it.each([
    [
      "a year and a different gang",
      "Thornbury Lane Hospital has been hit by a ransomware attack. In 2021, it paid $1.1 million to a different gang.",
      none,
    ],
    [
      "a rival group last year",
      "Thornbury Lane Hospital is recovering from a cyber attack. Last spring it paid a rival group £200,000 to unlock its files.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
  it("this attack's payment still counts beside a different gang's earlier one", () => {
    expect(
      extract(
        T,
        "Thornbury Lane Hospital paid a $500,000 ransom to the Akira gang this week. In 2021 a different gang had hit it.",
      ).ransom,
    ).toEqual({ status: "paid", amount: 500000, currency: "USD" });
  });
});
