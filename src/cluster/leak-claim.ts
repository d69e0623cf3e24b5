// Breach trackers relay what ransomware gangs post on their leak sites ("Qilin has just published a new victim: …").
// Such an item is the gang's claim, not a report: an incident told only by relays of it stays "claimed" until a
// source that is neither a relay nor a copy of one reports it. A relay that quotes the victim itself (a statement,
// a confirmation, patients being notified) is a report, and confirms.
import type { Article, ClaimStatus, IncidentSource } from "../model";

const CLAIM = [
  /\b(?:has|have) (?:just )?(?:published|posted|added|listed) (?:a )?new victims?\b/i,
  /\bnew victim (?:posted|published|listed|added)\b/i,
  /\b(?:added|listed|posted|named|published|claimed)\b[^.\n]{0,80}\b(?:leak site|leak blog|data leak site|victim (?:list|blog)|dark ?web (?:leak )?(?:site|blog|portal)|onion site|tor site)\b/i,
  /\bclaimed by:/i,
];
// Words of the victim or of someone who checked; "said" alone is left out, since relays quote the gang ("the group said it holds 200 GB").
const VICTIM_SPOKE =
  /\b(?:confirmed|statement|spokes(?:person|man|woman)|told (?:patients|staff|reporters)|notif(?:y|ies|ied|ying)|acknowledged|is investigating|are investigating)\b/i;
// A report that tells what the attack did to care, or what the victim itself said ("the hospital said its records were
// offline"), has a source beyond the gang: a leak-site listing mentioned in it is background to the report.
const REPORTED =
  /\b(?:the (?:hospital|trust|health system|health board|clinic|practice|surgery|pharmacy|insurer|provider|company|organi[sz]ation)(?:'s)? (?:said|says|told)|divert\w*|postpon\w*|cancel\w*|(?:pen and )?paper (?:charts|records))\b/i;

/** True when the article only relays a gang's leak-site claim (no word from the victim or anyone who checked). */
export function isLeakSiteClaim(article: Pick<Article, "title" | "text">): boolean {
  const text = `${article.title}\n${article.text}`;
  return CLAIM.some((re) => re.test(text)) && !VICTIM_SPOKE.test(text) && !REPORTED.test(text);
}

/**
 * `claimed` when the first source relays a leak-site claim and no later source is independent of it: each is
 * a relay too, or a reprint (near-copy) in the timeline. `sources` is the timeline built from `byTime`.
 */
export function claimStatus(byTime: readonly Article[], sources: readonly IncidentSource[]): ClaimStatus {
  // Most incidents start with a report, which settles it without reading the other members.
  if (byTime.length === 0 || !isLeakSiteClaim(byTime[0]!)) return "confirmed";
  const reprint = new Set(sources.filter((s) => s.added.includes("reprint")).map((s) => s.article_id));
  return byTime.every((a) => reprint.has(a.id) || isLeakSiteClaim(a)) ? "claimed" : "confirmed";
}
