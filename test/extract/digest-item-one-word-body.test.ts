// A roundup's item about another body named by one word as what an attack reached ("stole data from Ubiworks", "hackers
// hit Telvia") is another story (digest-items.ts): its group, demand, volume and outage are not the healthcare
// item's. A day or a month after the same words ("on Monday") names no body, so the healthcare item's sequel stays.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "The week in ransomware: a games studio, a telecom and a clinic";

describe("a roundup item naming another body by one word", () => {
  it.each([
    [
      "data stolen from a one-word body, with a demand and a volume",
      `Hackers claimed several new victims this week.

The Akira gang says it stole 300GB of data from Ubiworks and is asking $2 million to delete it.

Ferndale Family Clinic said a cyberattack on Monday forced it to cancel appointments. The Play gang has claimed the attack.`,
      { attackers: ["Play"], ransom: "not-mentioned", volume: null, impact: ["appointments-cancelled"] },
    ],
    [
      "a one-word body an attack hit, with a group and an outage",
      `Ferndale Family Clinic said a cyberattack forced it to cancel appointments. The Play gang has claimed the attack.

Hackers hit Telvia with ransomware, and LockBit took its phone lines offline for two days.`,
      { attackers: ["Play"], ransom: "not-mentioned", volume: null, impact: ["appointments-cancelled"] },
    ],
    [
      "a day after 'on' names no body: the healthcare item's sequel keeps its leak",
      `Ferndale Family Clinic said a cyberattack forced it to cancel appointments. The Play gang has claimed the attack.

The Akira gang says it stole 300GB of data from Ubiworks.

Files stolen in the attack on Monday have since been posted on the Play leak site, the clinic said.`,
      { attackers: ["Play"], ransom: "not-mentioned", volume: null, impact: ["appointments-cancelled", "data-leaked"] },
    ],
  ])("%s", (_name, text, want) => {
    const e = extract(T, text);
    expect({
      attackers: e.attacker_groups,
      ransom: e.ransom.status,
      volume: e.data_volume_bytes,
      impact: [...e.impact].sort(),
    }).toEqual(want);
  });
});
