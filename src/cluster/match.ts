import type { MatchProfile } from "./profile";
import { signatureSimilarity } from "./signature";
import { compareVictims, mentionedNameWords } from "./victim-keys";

/** Thresholds and weights of same-incident matching (README.md explains the choices). */
export interface MatchOptions {
  /** A report joins an incident only within this many days of the incident's reports (before or after). */
  windowDays: number;
  /** Reports this close in time count as corroboration. */
  closeDays: number;
  /** Estimated Jaccard similarity of shingles from which two texts are copies of one story. */
  nearDuplicate: number;
  /** Score from which an article joins. */
  joinScore: number;
}

/** The defaults used by the pipeline and the `extract` command. */
export const DEFAULT_MATCH_OPTIONS: MatchOptions = { windowDays: 75, closeDays: 14, nearDuplicate: 0.5, joinScore: 3 };

const DAY = 86_400_000;

// Weights: a shared victim name decides on its own (3), an acronym needs one corroborating fact, a name of generic
// words only ("Community Health Centers") two,
// a different victim or country outweighs any amount of shared context, and a near-copy of the
// text decides on its own, but never against a different victim name: breach trackers and gang-claim
// feeds write every item from one template, so their items are near-copies about different victims
// (a real reprint is the same text, so extraction finds the same victim or none).
// An unnamed victim joins only with group, country, type and a close date all agreeing.
const W = {
  victim: {
    name: 3,
    "generic-name": 2,
    contains: 3,
    acronym: 2.5,
    "mention-name": 3,
    mention: 2.5,
    conflict: -3,
    unknown: 0,
  },
  groupSame: 1.5,
  groupConflict: -1.5,
  countrySame: 0.5,
  countryConflict: -3,
  typeSame: 0.5,
  close: 0.5,
  nearDuplicate: 6,
  laterAttack: -2.5,
} as const;

type Relation = "same" | "conflict" | "unknown";

/** A scored comparison with what counted (plain values, not text: scoring runs for every candidate). */
export interface MatchResult {
  score: number;
  joins: boolean;
  /** Highest estimated shingle similarity between the article and any of the incident's sources; 0 below the near-duplicate threshold. */
  similarity: number;
  /**
   * "mention": the article names no victim but its text writes the incident's victim name (its one distinctive word);
   * "mention-name": a name of two or more distinctive words, all of them.
   */
  victim: ReturnType<typeof compareVictims> | "mention" | "mention-name";
  group: Relation;
  country: Relation;
  type: Relation;
  /** The article tells of a later attack on a victim and no source of the incident does. */
  laterAttack: boolean;
  /** Days outside the incident's span; null when a date is missing. */
  gap: number | null;
}

function relation(a: Set<string>, b: Set<string>): Relation {
  if (a.size === 0 || b.size === 0) return "unknown";
  for (const x of a) if (b.has(x)) return "same";
  return "conflict";
}

/** Days between an article and the span of an incident's reports; null when either has no date. */
function gapDays(article: MatchProfile, incident: MatchProfile): number | null {
  if (article.first === null || incident.first === null || incident.last === null) return null;
  if (article.first > incident.last) return (article.first - incident.last) / DAY;
  if (article.first < incident.first) return (incident.first - article.first) / DAY;
  return 0;
}

// An attack happens up to this long before its first report.
const BEFORE_FIRST_REPORT = 30 * DAY;

/**
 * Whether a date the article states falls in the incident's span (from a month before its first report to its
 * last): a notification letter or a final count months later dates the attack it reports. An article on a later
 * attack is left out: it dates the earlier one as background.
 */
function datesIncident(stated: readonly [number, number][], incident: MatchProfile): boolean {
  if (incident.first === null || incident.last === null) return false;
  const from = incident.first - BEFORE_FIRST_REPORT;
  return stated.some(([a, b]) => b >= from && a <= incident.last!);
}

/** Scores whether `article` reports the incident summarised by `incident`. */
export function scoreMatch(
  article: MatchProfile,
  incident: MatchProfile,
  opts: MatchOptions = DEFAULT_MATCH_OPTIONS,
): MatchResult {
  let score = 0;
  let similarity = 0;
  for (const a of article.signatures)
    for (const b of incident.signatures)
      similarity = Math.max(similarity, signatureSimilarity(a, b, opts.nearDuplicate));
  const named = compareVictims(article.victims, incident.victims);
  // Extraction found no victim, yet the text names the incident's. One distinctive word is as good as an acronym (one
  // more fact must agree); two or more, all written with capitals ("the Ste-Odile clinic in Varenne"), as a name.
  const written = named === "unknown" ? mentionedNameWords(article.mentions, incident.victims) : 0;
  const victim = written >= 2 ? "mention-name" : written === 1 ? "mention" : named;
  const duplicate = victim !== "conflict" && similarity >= opts.nearDuplicate;
  if (duplicate) score += W.nearDuplicate;
  score += W.victim[victim];

  const group = relation(article.groups, incident.groups);
  if (group === "same") score += W.groupSame;
  if (group === "conflict") score += W.groupConflict;
  const country = relation(article.countries, incident.countries);
  if (country === "same") score += W.countrySame;
  if (country === "conflict") score += W.countryConflict;
  const type = relation(article.types, incident.types);
  // Sources often disagree on the kind of body ("clinic" against "cosmetic-surgery"), so a
  // different type costs nothing; only agreement counts.
  if (type === "same") score += W.typeSame;

  // An article on a new attack against a victim hit before, and an incident none of whose sources says so: the
  // incident is likely the earlier attack. Only a shared group as well (the same attack, told as "its second in a
  // year") or a near-copy outweighs it.
  const laterAttack = article.repeat && !incident.repeat && !duplicate;
  if (laterAttack) score += W.laterAttack;

  const gap = gapDays(article, incident);
  if (gap !== null && gap <= opts.closeDays) score += W.close;
  const inWindow =
    gap === null || gap <= opts.windowDays || (!article.repeat && datesIncident(article.stated, incident));
  return {
    score,
    similarity,
    victim,
    group,
    country,
    type,
    laterAttack,
    gap,
    joins: (inWindow || duplicate) && score >= opts.joinScore,
  };
}

// The most a candidate can score besides its victim and a near-copy of the text: a candidate whose
// victim conflicts stays below the join score with all of it, so `bestMatch` skips it without
// comparing signatures (most candidates of a named article are other victims).
const MOST_BESIDES_VICTIM = W.groupSame + W.countrySame + W.typeSame + W.close;

// An incident that has the article's first-named victim ranks above any that has only another: a roundup or a
// background paragraph names other incidents' victims after the one the article reports, and the group, country and
// type extraction gave it may belong to any of them.
const LEAD = 100;

/**
 * Index of the best joining candidate, or -1: one with the article's first-named victim first (when it names several),
 * then the highest score, then the earlier candidate.
 */
export function bestMatch(
  article: MatchProfile,
  candidates: readonly MatchProfile[],
  opts: MatchOptions = DEFAULT_MATCH_OPTIONS,
): number {
  let best = -1;
  let bestScore = -Infinity;
  const conflictCannotJoin = W.victim.conflict + MOST_BESIDES_VICTIM < opts.joinScore;
  candidates.forEach((c, i) => {
    if (conflictCannotJoin && compareVictims(article.victims, c.victims) === "conflict") return;
    const r = scoreMatch(article, c, opts);
    if (!r.joins) return;
    const lead = article.lead && ["name", "contains", "acronym"].includes(compareVictims(article.lead, c.victims));
    const rank = r.score + (lead ? LEAD : 0);
    if (rank > bestScore) {
      best = i;
      bestScore = rank;
    }
  });
  return best;
}
