// What a subscriber must hear about: the story got worse or clearer. A change counts only when the merged
// incident moved AND the new source itself states the new value, so a reprint (or an old figure winning a vote
// because a copy of it arrived) is never announced: it adds a source to the timeline and nothing else.
import type { Article, ChangeItem, ChangeKind, ChangeRecord, Evidence, Incident } from "../model";
import { CHANGE_KINDS } from "../model";
import type { GroupSlugOf } from "./group-slug";
import { hash64Hex } from "./hash";

/** The source a change is attributed to: the article that just joined (or was edited in) the incident. */
export type ChangeSource = Pick<Article, "url" | "title" | "site" | "entities">;

/** The stable id of the change a source brought to an incident. */
export function changeId(incidentId: string, sourceUrl: string): string {
  return `chg_${hash64Hex(`${incidentId}\n${sourceUrl}`).slice(0, 16)}`;
}

function quote(evidence: readonly Evidence[], field: Evidence["field"], value?: string): string | null {
  const ev = evidence.filter((e) => e.field === field && e.quote);
  return (ev.find((e) => value === undefined || e.value.toLowerCase() === value.toLowerCase()) ?? ev[0])?.quote ?? null;
}

function changes(before: Incident, after: Incident, source: ChangeSource, groupSlugOf: GroupSlugOf): ChangeItem[] {
  const e = source.entities;
  if (!e) return [];
  const ev = e.evidence;
  const out: ChangeItem[] = [];

  const newImpact = after.impact.filter((t) => !before.impact.includes(t) && e.impact.includes(t));
  for (const impact of newImpact) out.push({ kind: "impact", impact, quote: quote(ev, "impact", impact) });
  for (const d of after.impact_details ?? []) {
    if (d.count === null || !before.impact.includes(d.type)) continue;
    const from = before.impact_details?.find((x) => x.type === d.type)?.count ?? null;
    const said = e.impact_details?.find((x) => x.type === d.type);
    if ((from === null || d.count > from) && said?.count === d.count) {
      out.push({ kind: "impact-count", impact: d.type, from, to: d.count, counted: d.counted, quote: said.quote });
    }
  }

  const had = new Set(before.attacker_groups.map((g) => g.slug));
  const says = new Set(e.attacker_groups.map(groupSlugOf));
  const named = after.attacker_groups.filter((g) => !had.has(g.slug) && says.has(g.slug));
  if (named.length) {
    const groupQuote =
      named.map((g) => quote(ev, "attacker_groups", g.name)).find(Boolean) ?? quote(ev, "attacker_groups");
    out.push({
      kind: had.size ? "attacker-changed" : "attacker-named",
      groups: after.attacker_groups,
      previous: before.attacker_groups,
      quote: groupQuote,
    });
  }

  const r0 = before.ransom;
  const r1 = after.ransom;
  const statesStatus = e.ransom.status === r1.status || (r1.status === "demanded-amount" && e.ransom.amount !== null);
  if (r1.status !== r0.status && r1.status !== "not-mentioned" && statesStatus) {
    out.push({ kind: "ransom-status", from: r0.status, to: r1.status, quote: quote(ev, "ransom") });
  }
  if (r1.amount !== null && r1.amount !== r0.amount && e.ransom.amount === r1.amount) {
    out.push({
      kind: "ransom-amount",
      from: r0.amount,
      to: r1.amount,
      currency: r1.currency,
      quote: quote(ev, "ransom"),
    });
  }

  if (before.victim.orgs.length === 0 && after.victim.orgs.length > 0 && e.victim_orgs.length > 0) {
    out.push({ kind: "victim-named", victims: after.victim.orgs, quote: quote(ev, "victim_orgs") });
  }
  const p1 = after.people_affected;
  if (p1 !== null && p1 !== before.people_affected && e.people_affected === p1) {
    out.push({ kind: "people-affected", from: before.people_affected, to: p1, quote: quote(ev, "people_affected") });
  }
  if ((before.claim ?? "confirmed") === "claimed" && after.claim === "confirmed") {
    out.push({ kind: "claim-confirmed", from: "claimed", to: "confirmed", quote: quote(ev, "relevant") });
  }
  return out;
}

/**
 * The material change `source` brought when the incident went from `before` to `after`, or null when it
 * brought none: a new effect on care, an attacker named or changed, the ransom's status or amount, a victim
 * named, the people affected revised, a leak-site claim confirmed, an effect's count revised upwards.
 */
export function materialChange(
  before: Incident,
  after: Incident,
  source: ChangeSource,
  at: string,
  groupSlugOf: GroupSlugOf,
): ChangeRecord | null {
  const items = changes(before, after, source, groupSlugOf);
  if (items.length === 0) return null;
  const kinds = CHANGE_KINDS.filter((k: ChangeKind) => items.some((i) => i.kind === k));
  return {
    id: changeId(after.id, source.url),
    incident_id: after.id,
    at,
    kinds,
    changes: items,
    quote: items.map((i) => i.quote).find((q): q is string => q !== null) ?? null,
    source: { url: source.url, title: source.title, site: source.site },
  };
}
