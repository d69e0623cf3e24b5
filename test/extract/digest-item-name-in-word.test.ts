// A healthcare name is read from a word's start (digest-items.ts): a fused brand ("UnitedHealth Group", "OmniHealth
// Partners") holds no "Health Group" for a headline's own "Health" label to pick, so the roundup is read as its
// healthcare item's and the fused brand's item stays another story.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a healthcare head inside a fused brand name", () => {
  it.each([
    [
      "a 'Health IT' roundup label beside an item on a brand ending in 'Health Group'",
      "Health IT Security Roundup: Oregon hospital on diversion",
      `Health IT Security Roundup

1. Oregon hospital on diversion

Marlow Bay Hospital in Coos Harbor, Ore., has diverted ambulances since Tuesday after a cyberattack took its computer systems offline.

2. A payer's payment

A week after its outage, PrimeHealth Group says claims are flowing again. It has not confirmed reports that it paid the Medusa gang $4 million.`,
      { relevant: true, victims: ["Marlow Bay Hospital"], attackers: [], ransom: "not-mentioned" },
    ],
    [
      "a 'Health IT' roundup name beside an item on a brand ending in 'Health Partners'",
      "Health IT roundup: Kentucky clinic cancels visits",
      `HEALTH IT ROUNDUP

Kentucky clinic cancels visits

Redbud Valley Clinic in Berea, Ky., cancelled appointments for three days after ransomware encrypted its servers.

Billing firm pays

OmniHealth Partners said it paid the Akira gang $900,000 to stop the release of stolen files.`,
      { relevant: true, victims: ["Redbud Valley Clinic"], attackers: [], ransom: "not-mentioned" },
    ],
  ])("%s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect({
      relevant: e.relevant,
      victims: e.victim_orgs,
      attackers: e.attacker_groups,
      ransom: e.ransom.status,
    }).toEqual(want);
  });
});
