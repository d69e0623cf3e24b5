// A threat made on condition that the demand is met says a demand was made, whoever owns the demand in the condition
// ("unless its ransom demand is met", "unless the group's demands are met"); a condition about anything else does not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers threaten Orrin Lake Medical Center";
const undisclosed = { status: "demanded-undisclosed", amount: null, currency: null };
const none = { status: "not-mentioned", amount: null, currency: null };

describe("ransom: a threat on condition that the demand is met", () => {
  it.each([
    [
      "its ransom demand, after a modal",
      "The gang says the files of Orrin Lake Medical Center will be posted shortly unless its ransom demand is met.",
      undisclosed,
    ],
    [
      "the group's demands",
      "Patient records will be leaked next week unless the group's demands are met, the hackers told Orrin Lake Medical Center.",
      undisclosed,
    ],
    [
      "their ransom, the condition first",
      "Unless their ransom is paid, the attackers say, the data of Orrin Lake Medical Center goes public on Monday.",
      undisclosed,
    ],
    [
      "a condition about restoring systems",
      "Orrin Lake Medical Center will stay on paper records after the cyberattack unless its systems are restored by Friday.",
      none,
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
