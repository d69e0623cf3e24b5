// A sum that reached a wallet of the attackers was paid, though no pay-word stands in its sentence ("moved to a wallet
// tied to the gang", "was sent to an address linked to the hackers"); money moved to an account of anyone else is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Orrin Lake Medical Center hit by ransomware";

describe("ransom: a sum that reached the attackers' wallet was paid", () => {
  it.each([
    [
      "moved to a wallet tied to the gang",
      "Orrin Lake Medical Center was hit by the Kestrel gang in May. Researchers say about $3.1m in bitcoin moved to a wallet tied to the Kestrel gang two days later.",
      { status: "paid", amount: 3100000, currency: "USD" },
    ],
    [
      "sent to an address linked to the hackers, in the passive",
      "Orrin Lake Medical Center was hit by ransomware in May. Roughly 40 bitcoin was sent to an address linked to the hackers, blockchain analysts said.",
      { status: "paid", amount: 40, currency: "BTC" },
    ],
    [
      "moved to the hospital's own account",
      "Orrin Lake Medical Center was hit by ransomware in May. It moved $2 million to a new account at its bank after the attack.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).ransom).toEqual(want);
  });
});
