// A sentence that opens on an earlier time and names another body, not the victim nor the group ("In August, the
// Census website was taken offline after what the Bureau of Statistics called DDoS attacks"), tells another incident
// for attack types and impact too, as it already did for the ransom (intl-i09). A dated sentence that names the victim
// or speaks of "the attack" stays this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Kestrel Blood Service donor data exposed";
const LEAD =
  "The personal details of 40,000 blood donors were left on an unsecured database by Kestrel Blood Service's web contractor, the service said on Friday.";

describe("background: an earlier month's sentence about another named body", () => {
  it.each([
    [
      "a bureau's site taken offline by DDoS attacks",
      "In August, the census website was taken offline for two days after what the Westland Bureau of Statistics described as DDoS attacks.",
    ],
    [
      "a council's ransomware",
      "Last year, Harrow Vale District Council had its systems encrypted by ransomware and went back to paper for a month.",
    ],
    [
      "an agency's phones down",
      "In March the Westland Tax Agency's phone lines were knocked offline by a flood of junk traffic.",
    ],
  ])("%s", (_label, sentence) => {
    const e = extract(T, `${LEAD}\n\n${sentence}`);
    expect([e.attack_types, e.impact]).toEqual([["misconfiguration"], []]);
  });

  it.each([
    [
      "a dated sentence naming the victim",
      "In August, Kestrel Blood Service's website was taken offline after the Westland Bureau of Statistics warned it of the exposure.",
    ],
    [
      "a dated sentence speaking of the attack",
      "In August, the Westland Cyber Security Agency said the attack had also knocked the donor booking system offline.",
    ],
  ])("%s stays this incident's", (_label, sentence) => {
    expect(extract(T, `${LEAD}\n\n${sentence}`).impact).toEqual(["systems-offline"]);
  });
});
