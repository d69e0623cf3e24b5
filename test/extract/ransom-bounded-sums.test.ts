// Of two sums told for one demand and ranked alike, the one stated exactly outranks one given only as a bound ("more
// than $18,000", "nearly 50 bitcoin"), wherever the bound stands; a bound alone is still the sum.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware locks computers across a health network";

describe("ransom: an exact sum outranks a bound on it", () => {
  it.each([
    [
      "a bound in dollars first, the exact sum in bitcoin later",
      "The attackers are said to be asking for more than $30,000 in bitcoin to unlock the computers. Their note, seen by reporters, says 60 bitcoins buys the keys for every machine.",
      { status: "demanded-amount", amount: 60, currency: "BTC" },
    ],
    [
      "a bound with 'over' first, the exact sum in another sentence",
      "The hackers want over £20,000 from the trust. A message on the screens asks for £21,500 in bitcoin.",
      { status: "demanded-amount", amount: 21500, currency: "GBP" },
    ],
    [
      "an exact sum first, a bound later",
      "The hackers are asking for 12 bitcoins. That is nearly $9,000 at today's rate, the hackers' note says.",
      { status: "demanded-amount", amount: 12, currency: "BTC" },
    ],
    [
      "a bound alone",
      "The gang is demanding upwards of $400,000 from the network.",
      { status: "demanded-amount", amount: 400000, currency: "USD" },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
