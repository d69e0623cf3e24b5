// A payment stated as not made with "made" for the pay-word ("has not made a ransom payment") is a refusal, and a
// demand told as the subject of "has not been received" (the order translated news keeps) denies a demand.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Ospedale San Vitale";
const open = "Ospedale San Vitale in Italy was hit by ransomware on Sunday.";

describe("ransom: a payment not made, a demand not received", () => {
  it.each([
    ["has not made a ransom payment", "The hospital said it has not made a ransom payment.", "refused"],
    ["did not make a ransom payment", "A spokesman said the hospital did not make a ransom payment.", "refused"],
    ["no ransom payment had been made", "The region said no ransom payment had been made.", "refused"],
    ["a demand not received, as the subject", "A ransom demand has not been received so far.", "not-mentioned"],
    ["a note not yet received", "Ransom notes have not yet been received, police said.", "not-mentioned"],
    [
      "a payment to someone else is no refusal",
      "The hospital has not made a payment to its suppliers.",
      "not-mentioned",
    ],
  ])("%s", (_label, body, status) => {
    expect(extract(T, `${open} ${body}`).ransom.status).toBe(status);
  });
});
