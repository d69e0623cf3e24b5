// A named group's other attack told with "also" and dated apart from this one ("SamSam also encrypted files earlier
// this month at X, which paid"): X is a background victim and its payment is not this incident's
// (unseen-bank-rw4-pages.ts). "earlier this month" dates the past; it no longer cuts the span as a contrast.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "A ransomware attack on Corvell Systems, the Denver-based electronic health record company, brought down its hosted services, the company said on Tuesday. It named Akira as the ransomware behind it.";

describe("background: the same group also struck another body, dated apart", () => {
  it.each([
    "Akira also encrypted files earlier this month at Ashgrove Medical Center, a hospital in Kansas, which paid the attackers.",
    "Akira also hit Ashgrove Medical Center, a hospital in Kansas, last month, and the hospital paid the attackers.",
    "Earlier this year Akira also struck Ashgrove Medical Center, which paid the attackers.",
  ])("%s", (aside) => {
    const e = extract("Akira behind Corvell outage", `${LEAD}\n\n${aside}`);
    expect([e.victim_orgs, e.ransom.status]).toEqual([["Corvell Systems"], "not-mentioned"]);
  });

  // Without a date apart, "also" may add to this incident: another victim of the same attack.
  it("keeps a body the attack also hit, undated", () => {
    const e = extract(
      "Akira behind Corvell outage",
      `${LEAD}\n\nAkira also encrypted files at Ashgrove Medical Center, a hospital in Kansas, in the same attack.`,
    );
    expect(e.victim_orgs.sort()).toEqual(["Ashgrove Medical Center", "Corvell Systems"]);
  });
});
