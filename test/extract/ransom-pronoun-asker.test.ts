// A demand told with the attackers as a pronoun after the sentence that named them ("They demanded $250,000 for the
// key.") gives the sum asked; officials who "asked for" state funding ask for no ransom.
import { describe, expect, it } from "vitest";
import type { Ransom } from "../../src/model/entities";
import { extract } from "./helpers";

describe("ransom: a demand whose subject is 'they'", () => {
  it.each<[string, string, Ransom]>([
    [
      "'They demanded' a sum for the key",
      "Ransomware locked the servers of Kestrel Eye Clinic in Ohio last week. They demanded $250,000 for the key.",
      { status: "demanded-amount", amount: 250000, currency: "USD" },
    ],
    [
      "'They asked for' a sum, then a refusal",
      "Hackers encrypted the files of Kestrel Eye Clinic in Ohio. They asked for $90,000 to unlock the files. The clinic declined to pay.",
      { status: "refused", amount: 90000, currency: "USD" },
    ],
    [
      "'They then wanted' a sum in euros",
      "A ransomware attack hit Kestrel Augenklinik in Bavaria. They then wanted €40,000 to delete the stolen data.",
      { status: "demanded-amount", amount: 40000, currency: "EUR" },
    ],
    [
      "officials asking for state funding ask for no ransom",
      "Kestrel Eye Clinic officials met state lawmakers after the ransomware attack. They asked for $2 million in state funding to rebuild the network.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s", (_label, text, ransom) => {
    expect(extract("Eye clinic hit by ransomware", text).ransom).toEqual(ransom);
  });
});
