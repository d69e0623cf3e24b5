// Refusals told as facts or with their object left out, and demands a negated verb of saying leaves standing: "never
// paid", "paid no ransom", "no ransom was paid" (a refusal unless the sum asked is given, which the labels keep as a
// demand), "got a demand and refused", "it will not pay" after a demand told in another sentence, "has not decided how
// to answer the gang's demand".
import { describe, expect, it } from "vitest";
import { deniesFact, presupposed } from "../../src/extract/clause";
import { extract } from "./helpers";

const T = "Cyber attack on Bramwell Heath Hospital";
const status = (title: string, text: string) => extract(title, text).ransom;
const refused = (amount: number | null = null, currency: string | null = null) => ({
  status: "refused",
  amount,
  currency,
});

describe("deniesFact: a negation that says an act did not happen", () => {
  it.each([
    ["The practice never [paid].", true],
    ["The practice has never actually [paid] the gang.", true],
    ["No ransom was [paid], the board said.", true],
    ["The ransom was not [paid].", true],
    ["The hospital [paid] no ransom.", true],
    ["The hospital [paid] nothing to the gang.", true],
    ["No [payment] had been made by Wednesday.", false],
    ["The ransom has not been [paid] yet.", false],
    ["The clinic [paid] the gang after no other option was left.", false],
    ["The clinic is no longer [paying] its old vendor.", false],
  ])("%s", (marked, want) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    expect(deniesFact(text, at, marked.indexOf("]") - 1, 0)).toBe(want);
  });
});

describe("presupposed: a definite noun phrase presupposes its thing", () => {
  it.each([
    ["It has not said how it will answer the gang's [demand].", true],
    ["The trust would not comment on the [ransom demand].", true],
    ["It did not comment on any [ransom demand].", false],
    ["It would not say whether a [ransom demand] was received.", false],
  ])("%s", (marked, want) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    expect(presupposed(text, at, 0)).toBe(want);
  });
});

describe("ransom: refusals told as facts or with the object left out", () => {
  it.each([
    [
      "'never paid' in a quote",
      `"We never paid, and we never will," said Bramwell Heath Hospital's chief executive.`,
      refused(),
    ],
    [
      "'paid no ransom'",
      "Bramwell Heath Hospital paid no ransom after the ransomware attack, its board said.",
      refused(),
    ],
    [
      "'no ransom was paid' after a demand with no sum",
      "Bramwell Heath Hospital said the hackers had made a demand, but no ransom was paid.",
      refused(),
    ],
    [
      "a stated sum outranks a payment stated as not made",
      "The hackers asked Bramwell Heath Hospital for 30 BTC. Talks broke down and no ransom was paid.",
      { status: "demanded-amount", amount: 30, currency: "BTC" },
    ],
    [
      "a refusal of the demand just told ('and refused')",
      "Bramwell Heath Hospital received a ransom demand from the hackers and refused.",
      refused(),
    ],
    [
      "'which it rejected' after a sum, which is kept",
      "The gang demanded $2 million from Bramwell Heath Hospital, which it rejected.",
      refused(2000000, "USD"),
    ],
    [
      "'declined to comment' is no refusal",
      "Bramwell Heath Hospital got a ransom demand but declined to comment on it.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "'will not pay' after a demand in another sentence, with no attack word",
      "A criminal gang copied patient files from Bramwell Heath Dental and demanded €900,000 to delete them. The practice said it would not pay.",
      refused(900000, "EUR"),
    ],
    [
      "'did not pay' after a leak told without an attack word",
      "Patient letters from Bramwell Heath Clinic have been posted online by the gang, which had demanded $300,000. The clinic said it did not pay.",
      refused(300000, "USD"),
    ],
  ])("%s", (_name, text, want) => {
    expect(status(T, text)).toEqual(want);
  });
});

describe("ransom: a demand that a negated verb of saying leaves standing", () => {
  it.each([
    [
      "'has not decided how to respond to the group's demand'",
      "Bramwell Heath Hospital said its servers were encrypted and that it had not decided how to respond to the group's demand for a ransom.",
      "demanded-undisclosed",
    ],
    [
      "'would not discuss the hackers' ransom demand'",
      "Bramwell Heath Hospital was hit by ransomware; officials would not discuss the hackers' ransom demand.",
      "demanded-undisclosed",
    ],
    [
      "'did not comment on any ransom demand' says none",
      "Bramwell Heath Hospital was hit by ransomware and did not comment on any ransom demand.",
      "not-mentioned",
    ],
  ])("%s", (_name, text, want) => {
    expect(status(T, text).status).toBe(want);
  });
});
