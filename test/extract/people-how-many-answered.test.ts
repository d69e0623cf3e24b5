// A head-count given as the answer to an unanswered "how many": "did not say how many people were affected, but its
// clients' filings add up to more than 1.6 million" (us-e10). The figure has no noun of its own; "how many people"
// lends it one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Harlow Pharmacy Services breach";
const LEAD = "Harlow Pharmacy Services in Ohio said hackers stole patient files in a ransomware attack.";

describe("people: a figure answering 'how many'", () => {
  it.each([
    [
      "'add up to'",
      "It did not say how many people were affected, but filings with regulators add up to more than 1.6 million.",
      1600000,
    ],
    [
      "'put the total at'",
      "It did not say how many patients were affected, but its customers' notices put the total at 1,604,220.",
      1604220,
    ],
    [
      "'came to'",
      "The company would not say how many people were affected, but the total came to 1.6 million.",
      1600000,
    ],
    [
      "'how many' of bodies, not people",
      "It did not say how many hospitals use the service, which the company says came to 1,200 last year.",
      null,
    ],
  ])("%s", (_label, sentence, people) => {
    expect(extract(T, `${LEAD} ${sentence}`).people_affected).toBe(people);
  });
});
