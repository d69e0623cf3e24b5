import { ATTACK_TYPES, IMPACT_TYPES } from "../model";
import type { Article, Entities, Evidence, FactProvenance, Incident, RansomStatus, VictimType } from "../model";
import { incidentSummary, incidentTitle, type IncidentFacts } from "./describe";
import { resolveClaims, quoteFor, type Claim } from "./facts";
import type { GroupSlugOf } from "./group-slug";
import { mergeImpactDetails } from "./impact-details";
import { claimStatus } from "./leak-claim";
import { DEFAULT_MATCH_OPTIONS } from "./match";
import { encodeSignature, textSignature, type Signature } from "./signature";
import { buildTimeline } from "./timeline";
import { compareVictims, victimKeys } from "./victim-keys";

// A ransom story moves through stages; a later stage is news, not a conflict with the demand.
const STAGE: Record<RansomStatus, number> = {
  "not-mentioned": 0,
  "demanded-undisclosed": 1,
  "demanded-amount": 2,
  refused: 3,
  paid: 4,
};

type WithEntities = Article & { entities: Entities };

function claims(members: readonly WithEntities[], pick: (e: Entities) => string | null): Claim[] {
  return members.flatMap((a) => {
    const v = pick(a.entities);
    return v === null ? [] : [{ value: v, article: a }];
  });
}

/** Names of the same organisation collapse into the spelling most sources used (then the longest). */
function mergeNames(
  field: string,
  members: readonly WithEntities[],
  names: (e: Entities) => string[],
  same: (a: string, b: string) => boolean,
) {
  const groups: { spellings: Map<string, WithEntities[]>; articles: Set<WithEntities> }[] = [];
  for (const a of members) {
    for (const n of names(a.entities)) {
      const g = groups.find((x) => [...x.spellings.keys()].some((s) => same(s, n))) ?? {
        spellings: new Map(),
        articles: new Set(),
      };
      if (!groups.includes(g)) groups.push(g);
      g.spellings.set(n, [...(g.spellings.get(n) ?? []), a]);
      g.articles.add(a);
    }
  }
  const merged = groups
    .map((g) => {
      const [name] = [...g.spellings.entries()].sort(
        (x, y) => y[1].length - x[1].length || y[0].length - x[0].length,
      )[0]!;
      const articles = [...g.articles];
      const fact: FactProvenance = {
        field,
        value: name,
        sources: articles.map((a) => a.url),
        alternatives: [...g.spellings.entries()]
          .filter(([s]) => s !== name)
          .map(([s, as]) => ({ value: s, sources: as.map((a) => a.url) })),
        quote: quoteFor(field, name, articles),
      };
      return { name, support: articles.length, fact };
    })
    .sort((x, y) => y.support - x.support);
  return { names: merged.map((m) => m.name), facts: merged.map((m) => m.fact) };
}

const sameOrg = (a: string, b: string) => compareVictims(victimKeys([a]), victimKeys([b])) !== "conflict";

/** What was taken, when a title or a quote says so: photos are worse news than "data". */
function dataKind(members: readonly WithEntities[]): string | null {
  const said = members.flatMap((a) => [a.title, ...a.entities.evidence.map((e) => e.quote)]).join("\n");
  if (/\b(photos?|photographs?|pictures|images)\b/i.test(said)) return "patient photos";
  if (/\b(patient|medical|health) records\b/i.test(said)) return "patient records";
  return null;
}

function carryEvidence(members: readonly WithEntities[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const a of members) {
    for (const e of a.entities.evidence) {
      const key = `${e.field}\u0000${e.value}\u0000${e.quote}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(e);
      }
    }
  }
  return out;
}

/**
 * Merges member articles into one incident. Scalar fields: most sources, then most recent (the
 * losers stay in `facts` as alternatives); ransom status: the latest stage reached (paid > refused >
 * demand); sets (groups, victims, attack types, impact): union. Articles without entities appear
 * in the timeline only. Group names that `groupSlugOf` files under one slug are one group. `feedTitles` names each
 * source's feed by `feed_id`; `knownSignatures` (by article id, e.g. from the incident's stored sources) saves
 * re-hashing texts that did not change.
 */
export function buildIncident(
  id: string,
  members: readonly Article[],
  groupSlugOf: GroupSlugOf,
  feedTitles: ReadonlyMap<number, string> = new Map(),
  knownSignatures: ReadonlyMap<number, Signature> = new Map(),
): Incident {
  if (members.length === 0) throw new Error(`incident ${id} has no member articles`);
  const byTime = [...members].sort((a, b) => a.published.localeCompare(b.published) || a.id - b.id);
  const told = byTime.filter((a): a is WithEntities => a.entities !== null);

  const victims = mergeNames("victim_org", told, (e) => e.victim_orgs, sameOrg);
  const groups = mergeNames(
    "attacker_group",
    told,
    (e) => e.attacker_groups,
    (a, b) => groupSlugOf(a) === groupSlugOf(b),
  );
  const type = resolveClaims(
    "victim_type",
    claims(told, (e) => e.victim_type),
  );
  const country = resolveClaims(
    "country",
    claims(told, (e) => e.country?.toUpperCase() ?? null),
  );
  const volume = resolveClaims(
    "data_volume_bytes",
    claims(told, (e) => (e.data_volume_bytes === null ? null : String(e.data_volume_bytes))),
  );
  const people = resolveClaims(
    "people_affected",
    claims(told, (e) => (e.people_affected === null ? null : String(e.people_affected))),
  );
  const amount = resolveClaims(
    "ransom_amount",
    claims(told, (e) => (e.ransom.amount === null ? null : `${e.ransom.amount} ${e.ransom.currency ?? ""}`.trim())),
  );
  const status = resolveClaims(
    "ransom_status",
    claims(told, (e) => (e.ransom.status === "not-mentioned" ? null : e.ransom.status)),
    (v) => STAGE[v as RansomStatus],
  );

  const [amountText, currency] = amount ? amount.value.split(" ") : [];
  let ransomStatus = (status?.value ?? "not-mentioned") as RansomStatus;
  if (amount && STAGE[ransomStatus] < STAGE["demanded-amount"]) ransomStatus = "demanded-amount";

  const attackTypes = ATTACK_TYPES.filter((t) => told.some((a) => a.entities.attack_types.includes(t)));
  const impact = IMPACT_TYPES.filter((t) => told.some((a) => a.entities.impact.includes(t)));
  const facts: IncidentFacts = {
    victims: victims.names,
    victim_type: (type?.value ?? null) as VictimType | null,
    country: country?.value ?? null,
    groups: groups.names,
    attack_types: attackTypes,
    impact,
    ransom: { status: ransomStatus, amount: amountText ? Number(amountText) : null, currency: currency ?? null },
    data_volume_bytes: volume ? Number(volume.value) : null,
    people_affected: people ? Number(people.value) : null,
    data_kind: dataKind(told),
  };

  const signatures = new Map<number, Signature | null>(
    byTime.map((a) => [a.id, knownSignatures.get(a.id) ?? textSignature(a.text)]),
  );
  const sources = buildTimeline(byTime, signatures, encodeSignature, feedTitles, DEFAULT_MATCH_OPTIONS.nearDuplicate);
  return {
    id,
    title: incidentTitle(facts),
    summary: incidentSummary(facts),
    first_seen: byTime[0]!.published,
    last_seen: byTime[byTime.length - 1]!.published,
    // Members alone cannot tell which source changed the story; clustering moves this on a material change.
    updated: byTime[0]!.published,
    claim: claimStatus(byTime, sources),
    impact_details: mergeImpactDetails(told),
    victim: { orgs: facts.victims, type: facts.victim_type, country: facts.country },
    attacker_groups: groups.names.map((name) => ({ name, slug: groupSlugOf(name) })),
    ransom: facts.ransom,
    data_volume_bytes: facts.data_volume_bytes,
    people_affected: facts.people_affected,
    attack_types: attackTypes,
    impact,
    sources,
    facts: [
      ...victims.facts,
      ...groups.facts,
      ...[type, country, status, amount, volume, people].flatMap((r) => (r ? [r.fact] : [])),
    ],
    evidence: carryEvidence(told),
  };
}
