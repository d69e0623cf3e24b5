// A group named after a relation word ("tied to", "linked to") is another group's relative, unless an apposition or
// relative clause right after it says the group claimed or carried out this attack.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Orrin Lake Medical Center hit by cyberattack";

describe("attackers: a claim told in an apposition after a relation word", () => {
  it.each([
    [
      "an apposition that claimed the attack",
      "Orrin Lake Medical Center was hit last week. Analysts traced a $2m payment to an address tied to Akira, the group that claimed the attack on the hospital.",
      ["Akira"],
    ],
    [
      "a relative clause that claimed it",
      "Orrin Lake Medical Center was hit last week. Blockchain analysts say the wallet that received $1m is associated with Rhysida, which claimed the attack on Friday.",
      ["Rhysida"],
    ],
    [
      "an apposition that says something else",
      "The Play gang hit Orrin Lake Medical Center last week. Play has been tied to Conti, the gang that collapsed in 2022.",
      ["Play"],
    ],
    [
      "a relative clause claiming another attack",
      "Akira claimed the attack on Orrin Lake Medical Center. Akira has been linked to Conti, which claimed a hospital in Ohio last year.",
      ["Akira"],
    ],
  ])("%s", (_l, body, want) => {
    expect(extract(T, body).attacker_groups).toEqual(want);
  });
});
