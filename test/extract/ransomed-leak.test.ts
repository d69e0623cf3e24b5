// A ransom reported for this incident (asked, refused, paid) with its stolen data published is extortion, whether or not
// the ransom is told in a negated clause ("would not pay any ransom", "after the clinic did not pay"); a refused ransom
// with no leak, and a leak with no ransom, add nothing.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("attack types: a ransom with a leak is extortion", () => {
  it.each<[string, string, AttackType[]]>([
    [
      "a refusal, then the data published",
      "Hackers stole records from Pellham Orthopaedic Clinic, which said it would not pay any ransom. The gang has since published 12GB of the files.",
      ["data-theft", "extortion"],
    ],
    [
      "data posted after the victim did not pay",
      "Hackers stole records from Pellham Orthopaedic Clinic and posted them on a leak site after the clinic did not pay the ransom.",
      ["data-theft", "extortion"],
    ],
    [
      "a refused ransom with no leak is no extortion",
      "Ransomware encrypted servers at Pellham Orthopaedic Clinic, which said it refused to pay the ransom.",
      ["ransomware"],
    ],
    [
      "a leak with no ransom is no extortion",
      "Hackers stole records from Pellham Orthopaedic Clinic and published them on a forum.",
      ["data-theft"],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Clinic breach", text).attack_types).toEqual(want);
  });
});
