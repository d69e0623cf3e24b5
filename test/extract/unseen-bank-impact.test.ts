// The relevance-and-impact bank (unseen-bank-impact.ts): each case must match its labels. Cases the extractor still
// gets wrong are listed in KNOWN_GAPS with their class of failure; they run as expected failures, so fixing one makes
// this file fail until its entry is removed.
import { describe, expect, it } from "vitest";
import { IMPACT_BANK } from "./unseen-bank-impact";
import { differences } from "./unseen-shapes-check";
import { extract } from "./helpers";

const KNOWN_GAPS: Record<string, string> = {
  "i-theatre-lists-stood-down": "operations 'stood down' is no halt verb",
  "i-replacements-pushed": "a named procedure ('hip and knee replacements') is no procedure noun",
  "i-scans-rearranged": "'rearrange' is no halt verb",
  "i-outpatient-clinics-stood-down": "clinics 'stood down' is no closing verb",
  "i-pharmacy-could-not-dispense": "a pharmacy unable to dispense is no suspended service",
  "i-minor-injuries-closed": "a 'unit' is no service noun",
  "i-website-inaccessible": "a website flooded with traffic is no cyber incident to relevance",
  "i-crews-told-elsewhere": "'take patients elsewhere' is no diversion",
  "i-no-emergency-by-ambulance": "emergency patients refused by ambulance are no diversion",
  "i-uploaded-to-site": "a published object after a long quantity gap is missed",
  "i-downloadable": "'available to download' is no publication",
  "i-cannot-see-records": "'unable to open' records is no inability to access",
  "n-plans-to-take-offline": "a plan to take a system offline is read as done",
  "n-earlier-diversion": "background: a sentence opening 'In 2021' is the current incident",
  "n-other-hospital-cancelled": "background: another hospital's effect 'at the time' is counted",
  "n-generic-experts": "background: a habit ('often force them to') is counted",
  "n-comes-after": "background: 'comes a year after X diverted' is counted",
  "r-advice-piece": "relevance: an advice piece's generic effects read as an incident",
  "r-vendor-marketing": "relevance: a product launch read as an incident",
  "r-conference": "relevance: a conference panel read as an incident",
  "r-supermarket-pharmacies": "relevance: a retailer's attack with in-store pharmacies read as healthcare",
  "r-payroll-provider": "relevance: a payroll supplier's attack read as the hospitals'",
  "r-right-of-access-fine": "relevance: a fine for a records request read as an incident",
  "r-drill": "relevance: an exercise simulating an attack read as an incident",
  "r-tracker-fields": "relevance: a tracker's field list (Victim:, Group:) is not read",
};

describe("relevance and impact bank: each case matches its labels", () => {
  const known = IMPACT_BANK.filter((c) => c.id in KNOWN_GAPS);
  const held = IMPACT_BANK.filter((c) => !(c.id in KNOWN_GAPS));
  it.each(held.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    expect(differences(c.want, extract(c.title, c.text))).toEqual([]);
  });
  if (known.length)
    it.fails.each(known.map((c) => [`${c.id}: ${KNOWN_GAPS[c.id]}`, c] as const))("known gap %s", (_id, c) => {
      expect(differences(c.want, extract(c.title, c.text))).toEqual([]);
    });
  it("lists only cases of the bank as known gaps", () => {
    expect(Object.keys(KNOWN_GAPS).filter((id) => !IMPACT_BANK.some((c) => c.id === id))).toEqual([]);
  });
  it("holds at least 50 cases with unique ids", () => {
    expect(new Set(IMPACT_BANK.map((c) => c.id)).size).toBe(IMPACT_BANK.length);
    expect(IMPACT_BANK.length).toBeGreaterThanOrEqual(50);
  });
});
