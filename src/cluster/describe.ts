import {
  IMPACT_WORDS,
  VICTIM_TYPE_WORDS,
  type AttackType,
  type ImpactType,
  type Ransom,
  type VictimType,
} from "../model";
import { formatBytes } from "../lib/format-bytes";
import { countryInSentence } from "../model/countries";

/** The merged facts a title and summary are written from. */
export interface IncidentFacts {
  victims: string[];
  victim_type: VictimType | null;
  country: string | null;
  groups: string[];
  attack_types: AttackType[];
  impact: ImpactType[];
  ransom: Ransom;
  data_volume_bytes: number | null;
  people_affected: number | null;
  /** What was taken, when the sources say ("patient photos"); null for plain "data". */
  data_kind: string | null;
}

// The summary's wording of an impact slug.
function impactPhrase(impact: ImpactType): string {
  return IMPACT_WORDS[impact].phrase;
}

function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function trimmed(n: number): string {
  return n.toFixed(1).replace(/\.0$/, "");
}

/** "$10 million", "£500,000", "60 BTC". */
export function formatMoney(amount: number, currency: string | null): string {
  const symbol = ({ USD: "$", GBP: "£", EUR: "€", AUD: "A$", CAD: "C$" } as Record<string, string>)[currency ?? ""];
  const size =
    amount >= 1e9
      ? `${trimmed(amount / 1e9)} billion`
      : amount >= 1e6
        ? `${trimmed(amount / 1e6)} million`
        : groupDigits(amount);
  return symbol ? `${symbol}${size}` : `${size}${currency ? " " + currency : ""}`;
}

function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "a hospital", "an ambulance service". */
function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;
}

function victimPhrase(f: IncidentFacts): string {
  if (f.victims.length > 0) return f.victims[0]!;
  const noun = f.victim_type ? VICTIM_TYPE_WORDS[f.victim_type].one : "healthcare organisation";
  return `${withArticle(noun)}${f.country ? ` in ${countryInSentence(f.country)}` : ""}`;
}

/**
 * A headline from the facts, most specific first: a named group with its kind of attack, then
 * the effect on care, then the kind of attack alone.
 */
export function incidentTitle(f: IncidentFacts): string {
  const v = victimPhrase(f);
  const group = f.groups[0];
  const types = new Set(f.attack_types);
  const stolen = types.has("data-theft") || f.impact.includes("data-leaked");
  const data = f.data_kind ?? "data";
  if (group) {
    if (types.has("ransomware")) return `${group} ransomware attack on ${v}`;
    if (stolen) return `${group} steals ${data} from ${v}`;
    if (types.has("ddos")) return `${group} DDoS attack on ${v}`;
    return `${group} attack on ${v}`;
  }
  // Staff snooping and open databases are their own kinds of story, whatever else a source mentions.
  if (types.has("insider")) return `Insider data breach at ${v}`;
  if (types.has("misconfiguration")) return `Exposed data at ${v}`;
  const lead = types.has("ransomware") ? "Ransomware attack" : "Cyber attack";
  if (f.impact.includes("systems-offline")) return `${lead} takes systems offline at ${v}`;
  if (f.impact.includes("operations-cancelled")) return `${lead} forces cancelled operations at ${v}`;
  if (types.has("ransomware")) return `Ransomware attack on ${v}`;
  if (stolen) return `${capitalise(data)} stolen from ${v}`;
  if (types.has("phishing")) return `Phishing attack on ${v}`;
  if (types.has("ddos")) return `DDoS attack on ${v}`;
  return `Cyber attack on ${v}`;
}

function attackNoun(types: ReadonlySet<AttackType>): string {
  if (types.has("ransomware")) return "a ransomware attack";
  if (types.has("ddos")) return "a DDoS attack";
  if (types.has("phishing")) return "a phishing attack";
  if (types.has("insider")) return "an insider breach";
  if (types.has("misconfiguration")) return "a data exposure";
  if (types.has("data-theft")) return "a data theft";
  return "a cyber attack";
}

function ransomSentence(r: Ransom): string | null {
  const amount = r.amount !== null ? formatMoney(r.amount, r.currency) : null;
  switch (r.status) {
    case "demanded-amount":
      return amount ? `The attackers demanded ${amount}.` : "The attackers demanded a ransom.";
    case "demanded-undisclosed":
      return "The attackers demanded a ransom.";
    case "paid":
      return amount ? `A ransom of ${amount} was paid.` : "A ransom was paid.";
    case "refused":
      return amount ? `The victim refused to pay the ${amount} demanded.` : "The victim refused to pay a ransom.";
    case "not-mentioned":
      return null;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// "X, a hospital in Germany," for one victim; several victims are listed without a type noun,
// which would need a plural ("pharmacies") the table does not hold.
function subject(f: IncidentFacts): string {
  const where = f.country ? ` in ${countryInSentence(f.country)}` : "";
  if (f.victims.length === 0) return capitalise(victimPhrase(f));
  if (f.victims.length === 1)
    return f.victim_type
      ? `${f.victims[0]}, ${withArticle(VICTIM_TYPE_WORDS[f.victim_type].one)}${where},`
      : `${f.victims[0]}${where}`;
  const names =
    f.victims.length > 3 ? `${f.victims.slice(0, 3).join(", ")} and ${f.victims.length - 3} more` : list(f.victims);
  return `${names}${where}`;
}

/** One paragraph from the facts: who, what kind of body and where, by whom, ransom, data, people, effects on care. */
export function incidentSummary(f: IncidentFacts): string {
  const sentences: string[] = [];
  const by = f.groups.length > 0 ? ` attributed to ${list(f.groups)}` : "";
  sentences.push(
    `${subject(f)} ${f.victims.length > 1 ? "were" : "was"} hit by ${attackNoun(new Set(f.attack_types))}${by}.`,
  );
  const ransom = ransomSentence(f.ransom);
  if (ransom) sentences.push(ransom);
  if (f.data_volume_bytes !== null)
    sentences.push(
      `The attackers reportedly stole about ${formatBytes(f.data_volume_bytes)} of ${f.data_kind ?? "data"}.`,
    );
  if (f.people_affected !== null) sentences.push(`${groupDigits(f.people_affected)} people are reported affected.`);
  if (f.impact.length > 0) sentences.push(`Effects on care: ${list(f.impact.map(impactPhrase))}.`);
  return sentences.join(" ");
}
