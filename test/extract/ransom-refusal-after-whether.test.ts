// A refusal told after a question of whether a ransom was asked ("would not say whether a ransom had been demanded,
// saying only that it will not pay"; "Asked whether it would pay, the board said it would not pay"): the question's
// "whether" closes at its comma or at the "that" of what was said, so it does not make the refusal a possibility.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Larchmere Valley Hospital";
const LEAD = "Larchmere Valley Hospital shut down its computer systems after a ransomware attack on Monday. ";
const refused = { status: "refused", amount: null, currency: null };
const none = { status: "not-mentioned", amount: null, currency: null };

describe("ransom: a refusal after a question of whether", () => {
  it.each([
    [
      "a refusal said after a non-answer, joined by 'saying only that'",
      'The health minister would not say whether a ransom had been demanded, saying only that the state "will not be paying any ransom".',
      refused,
    ],
    [
      "a question put as a participle, then the refusal",
      "Asked whether the attackers had demanded money, a spokesman said the hospital would not pay a ransom.",
      refused,
    ],
    [
      "the refusal reported with 'that' after the question",
      "The chief executive declined to say whether a ransom note was found and said that the hospital will not pay any ransom.",
      refused,
    ],
    [
      "a question about refusing stays open",
      "The board has not decided whether it will refuse to pay, a spokesman said.",
      none,
    ],
    ["a question alone about refusing", "The hospital would not say whether it would refuse to pay.", none],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, LEAD + sentence).ransom).toEqual(want);
  });
});
