import type { Article, Entities, ImpactType, IncidentSource } from "../model";
import { saysAttackedAgain } from "./repeat-attack";
import { signatureSimilarity, type Signature } from "./signature";
import { victimKeys, compareVictims } from "./victim-keys";

// Timeline tags are short labels, not the summary's prose.
const IMPACT_TAG: Record<ImpactType, string> = {
  "operations-cancelled": "operations cancelled",
  "appointments-cancelled": "appointments cancelled",
  "ambulance-diversion": "ambulances diverted",
  "systems-offline": "systems offline",
  "paper-records": "paper records",
  "services-closed": "services closed",
  "data-leaked": "data leaked",
};

/** What the sources before this one had already said. */
interface Known {
  groups: Set<string>;
  victims: string[];
  demand: boolean;
  amount: boolean;
  paid: boolean;
  refused: boolean;
  volume: boolean;
  people: number | null;
  impact: Set<ImpactType>;
  types: Set<string>;
}

function empty(): Known {
  return {
    groups: new Set(),
    victims: [],
    demand: false,
    amount: false,
    paid: false,
    refused: false,
    volume: false,
    people: null,
    impact: new Set(),
    types: new Set(),
  };
}

/** What `e` tells that `known` did not, in the words the timeline shows; updates `known`. */
function additions(e: Entities, known: Known): string[] {
  const added: string[] = [];
  if (e.attacker_groups.some((g) => !known.groups.has(g))) added.push("group named");
  const newVictim = e.victim_orgs.some((v) => {
    const keys = victimKeys([v]);
    return known.victims.every((k) => compareVictims(keys, victimKeys([k])) === "conflict");
  });
  if (newVictim && known.victims.length > 0) added.push("victim named");
  const r = e.ransom;
  const demanded = r.status === "demanded-amount" || r.status === "demanded-undisclosed";
  if ((demanded || r.amount !== null) && !known.demand) added.push("ransom demand");
  else if (r.amount !== null && !known.amount) added.push("ransom amount");
  if (r.status === "paid" && !known.paid) added.push("ransom paid");
  if (r.status === "refused" && !known.refused) added.push("ransom refused");
  if (e.attack_types.includes("ransomware") && !known.types.has("ransomware")) added.push("ransomware confirmed");
  if (e.attack_types.includes("data-theft") && !known.types.has("data-theft")) added.push("data stolen");
  if (e.data_volume_bytes !== null && !known.volume) added.push("data volume");
  if (e.people_affected !== null && e.people_affected !== known.people) added.push("people affected");
  for (const i of e.impact) if (!known.impact.has(i)) added.push(IMPACT_TAG[i]);

  for (const g of e.attacker_groups) known.groups.add(g);
  known.victims.push(...e.victim_orgs);
  known.demand ||= demanded || r.amount !== null;
  known.amount ||= r.amount !== null;
  known.paid ||= r.status === "paid";
  known.refused ||= r.status === "refused";
  known.volume ||= e.data_volume_bytes !== null;
  if (e.people_affected !== null) known.people = e.people_affected;
  for (const i of e.impact) known.impact.add(i);
  for (const t of e.attack_types) known.types.add(t);
  return added;
}

/**
 * The timeline: members in time order (ties by article id), each with what it added to the story.
 * A source that adds nothing is a "reprint" when its text nearly copies an earlier one, else "further coverage".
 */
export function buildTimeline(
  members: readonly Article[],
  signatures: ReadonlyMap<number, Signature | null>,
  encode: (s: Signature) => string,
  feedTitles: ReadonlyMap<number, string>,
  nearDuplicate: number,
): IncidentSource[] {
  const known = empty();
  const seen: Signature[] = [];
  return [...members]
    .sort((a, b) => a.published.localeCompare(b.published) || a.id - b.id)
    .map((a, i) => {
      const sig = signatures.get(a.id) ?? null;
      let added = a.entities ? additions(a.entities, known) : [];
      if (i === 0) added = ["first report"];
      else if (added.length === 0)
        added = [
          sig && seen.some((s) => signatureSimilarity(s, sig) >= nearDuplicate) ? "reprint" : "further coverage",
        ];
      if (sig) seen.push(sig);
      return {
        article_id: a.id,
        url: a.url,
        title: a.title,
        site: a.site,
        published: a.published,
        feed: feedTitles.get(a.feed_id) ?? null,
        added,
        provenance: a.provenance,
        signature: sig ? encode(sig) : null,
        ...(saysAttackedAgain(`${a.title}\n${a.text}`) ? { repeat: true as const } : {}),
      };
    });
}
