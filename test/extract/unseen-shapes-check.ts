// Compares the extractor's output on a bank case with its labels, field by field, the way the scorer matches them.
import { describe, expect, it } from "vitest";
import type { Entities } from "../../src/model/entities";
import { extract } from "./helpers";
import type { BankCase, Want } from "./unseen-shapes-bank";

const groupNorm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(the|group|gang|ransomware|team|hackers?|operation|cartel)\b/g, " ")
    .replace(/\s+/g, "");
const orgNorm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/\b(the|inc|ltd|llc|plc|limited|corp|corporation|co)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const looseOrg = (g: string, p: string) => (g.includes(p) || p.includes(g)) && Math.min(g.length, p.length) >= 3;

/** Each set's items must pair one to one with the labels (gold names matched loosely, as the scorer does). */
function sameSet(want: string[], got: string[], match: (g: string, p: string) => boolean): boolean {
  const left = [...got];
  for (const g of want) {
    const i = left.findIndex((p) => match(g, p));
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return left.length === 0;
}

/** The fields where `got` differs from `want`, as "field: wanted -> got". */
export function differences(want: Want, got: Entities): string[] {
  const out: string[] = [];
  const note = (field: string, w: unknown, g: unknown) =>
    out.push(`${field}: ${JSON.stringify(w)} -> ${JSON.stringify(g)}`);
  if (want.relevant !== got.relevant) note("relevant", want.relevant, got.relevant);
  if (!want.relevant) return out;
  if (want.attackers && !sameSet(want.attackers.map(groupNorm), got.attacker_groups.map(groupNorm), (a, b) => a === b))
    note("attackers", want.attackers, got.attacker_groups);
  if (want.victims && !sameSet(want.victims.map(orgNorm), got.victim_orgs.map(orgNorm), looseOrg))
    note("victims", want.victims, got.victim_orgs);
  if (want.type !== undefined && want.type !== got.victim_type) note("type", want.type, got.victim_type);
  if (want.ransom) {
    const r = got.ransom;
    if (want.ransom.status !== r.status) note("ransom_status", want.ransom.status, r.status);
    if ((want.ransom.amount ?? null) !== r.amount || (want.ransom.currency ?? null) !== r.currency)
      note("ransom_amount", [want.ransom.amount ?? null, want.ransom.currency ?? null], [r.amount, r.currency]);
  }
  if (want.people !== undefined && want.people !== got.people_affected)
    note("people", want.people, got.people_affected);
  if (want.volume !== undefined && want.volume !== got.data_volume_bytes)
    note("volume", want.volume, got.data_volume_bytes);
  if (want.country !== undefined && want.country !== got.country) note("country", want.country, got.country);
  if (want.attacks && !sameSet(want.attacks, got.attack_types, (a, b) => a === b))
    note("attacks", want.attacks, got.attack_types);
  if (want.impact && !sameSet(want.impact, got.impact, (a, b) => a === b)) note("impact", want.impact, got.impact);
  return out;
}

/** Every field the product shows, for comparing a page's output with its excerpt's. */
export function shownFields(e: Entities) {
  return {
    relevant: e.relevant,
    attacker_groups: [...e.attacker_groups].sort(),
    victim_orgs: [...e.victim_orgs].sort(),
    victim_type: e.victim_type,
    ransom: e.ransom,
    data_volume_bytes: e.data_volume_bytes,
    people_affected: e.people_affected,
    country: e.country,
    attack_types: [...e.attack_types].sort(),
    impact: [...e.impact].sort(),
  };
}

/**
 * Runs a bank: every case must match its labels, except those in `knownGaps` (id → class of failure), which run as
 * expected failures, so fixing one fails the bank until its entry is removed. Ids must be unique and every known gap
 * a case of the bank.
 */
export function describeBank(title: string, bank: readonly BankCase[], knownGaps: Readonly<Record<string, string>>) {
  describe(title, () => {
    const known = bank.filter((c) => c.id in knownGaps);
    const held = bank.filter((c) => !(c.id in knownGaps));
    it.each(held.map((c) => [c.id, c] as const))("%s", (_id, c) => {
      expect(differences(c.want, extract(c.title, c.text))).toEqual([]);
    });
    if (known.length)
      it.fails.each(known.map((c) => [`${c.id}: ${knownGaps[c.id]}`, c] as const))("known gap %s", (_id, c) => {
        expect(differences(c.want, extract(c.title, c.text))).toEqual([]);
      });
    it("has unique ids and lists only its own cases as known gaps", () => {
      expect(new Set(bank.map((c) => c.id)).size).toBe(bank.length);
      expect(Object.keys(knownGaps).filter((id) => !bank.some((c) => c.id === id))).toEqual([]);
    });
  });
}
