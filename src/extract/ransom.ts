// Ransom status and amount. Design note: a page often carries several sums (the demand, a payment in another incident,
// the value the gang puts on the data, a fine, revenue). Only sums in sentences about a ransom or payment count, sentences
// about this incident's victim or group rank first, and background, generic and denied sentences are skipped.
import type { Ransom } from "../model/entities";
import { wordGates } from "./cue-gate";
import { NUMBER_SOURCE, parseNumber } from "./numbers";
import { isHypothetical, isNegated } from "./scope";
import type { Sentence } from "./text";

/** A sum of money found in the text. */
export interface Money {
  amount: number;
  currency: string;
  start: number;
  end: number;
}

const PREFIX: Record<string, string> = {
  "us$": "USD", usd: "USD", $: "USD", "£": "GBP", gbp: "GBP", "€": "EUR", eur: "EUR", aud: "AUD", "a$": "AUD", "au$": "AUD",
  cad: "CAD", "c$": "CAD", "ca$": "CAD", rs: "INR", "rs.": "INR", inr: "INR", "₹": "INR", nzd: "NZD", "nz$": "NZD", chf: "CHF",
  btc: "BTC", xmr: "XMR",
};
const SUFFIX: Record<string, string> = {
  dollars: "USD", dollar: "USD", "us dollars": "USD", pounds: "GBP", "pounds sterling": "GBP", euros: "EUR", euro: "EUR",
  bitcoins: "BTC", bitcoin: "BTC", btc: "BTC", xmr: "XMR", monero: "XMR", rupees: "INR", usd: "USD", eur: "EUR", gbp: "GBP",
};

const MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<pre>US\$|AU\$|NZ\$|CA\$|A\$|C\$|USD|GBP|EUR|AUD|CAD|NZD|CHF|INR|BTC|XMR|Rs\.?|[$£€₹])\s?(?<pnum>${NUMBER_SOURCE})` +
    String.raw`|(?<snum>${NUMBER_SOURCE})\s?(?<suf>us dollars|pounds sterling|dollars?|pounds|euros?|bitcoins?|btc|xmr|monero|rupees|usd|eur|gbp)(?![\p{L}]))`,
  "giu",
);

/** Every sum of money in `text` (offsets relative to `offset`). */
export function findMoney(text: string, offset = 0): Money[] {
  const out: Money[] = [];
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const g = m.groups!;
    const currency = g.pre ? PREFIX[g.pre.toLowerCase()] : SUFFIX[g.suf!.toLowerCase()];
    const n = parseNumber((g.pnum ?? g.snum)!);
    if (!currency || !n || n.value <= 0) continue;
    out.push({ amount: n.value, currency, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

const RANSOM_WORD = /\b(?:ransom\w*|extort\w*|demand\w*|decrypt\w*)\b/i;
const PAY_WORD = /\b(?:pa(?:y|id|ying|yment|yments)|asked|asking|sought|took in|received)\b/i;
const ACTOR_WORD = /\b(?:hackers?|attackers?|gang|group|criminals?|cybercriminals?|threat actors?|extortionists?|affiliate)\b/i;
const NOT_A_RANSOM = /\b(?:worth|valu(?:e|ed)|revenue|revenues|fined?|funding|invest\w*|acquir\w*|costs?|cost it|losses|lost|budget|salar\w+|settlement|average|median|insurance|bounty|reward|market|billion in|sales|income|damages)\b/i;
const DENIAL = /\b(?:rejected (?:the )?claims?|denied|denies|no (?:such )?ransom demand|not (?:received|seen) any ransom)\b/i;

const PAID = /\b(?:paid|paying|payment|pays|took in|received (?:a |an |the )?(?:\$|[\d.,]+ |ransom payment|payment))/gi;
const REFUSED =
  /\b(?:refus(?:e|ed|es|ing|al) to (?:pay|give in|meet)|refusal to pay|declin(?:e|ed|es|ing) to pay|rejected (?:the |a |its |their )?(?:ransom )?demands?|(?:would|will|did) not pay|won'?t pay|wouldn'?t pay|never pays?|no intention of paying|never intended to pay|get no ransom|not (?:going|willing|intend(?:ing)?) to pay|does not intend to (?:pay|meet)|demands? went unmet|refused the demands?)\b/i;
const DEMANDED =
  /\b(?:ransom (?:demand|note|request)s?|demand(?:ed|ing|s)? (?:a |an |the )?(?:\S+ )?ransom|ransom (?:was|were|had been|is being|has been) (?:demanded|sought|requested)|ransom demanded|(?:pay|paying) (?:the|a) ransom|unless (?:a|the) ransom|ransom (?:demand )?is (?:not )?(?:paid|met)|extortion (?:attempt|demand|note)s?|ask(?:ed|ing|s)? for (?:a )?ransom|negotiat(?:ions?|ing|ed|e) (?:\w+ ){0,4}?(?:with|between) (?:the )?(?:hackers|attackers|gang|group|two sides)|ransomware demand|demand(?:ed|ing) (?:a )?payment|deadline for paying)\b/i;

// A sentence without one of these words matches none of RANSOM_WORD, PAY_WORD, REFUSED, DEMANDED or "extortion" (see
// cue-gate.ts; keep them in step), so it says nothing about a ransom.
const RANSOM_GATE = wordGates({ any: "ransom* extort* demand* decrypt* pay* paid asked asking sought took received refus* declin* rejected intend* negotiat* deadline" });

/** What the ransom field needs to know about the rest of the article. */
export interface RansomContext {
  sentences: Sentence[];
  /** True when the sentence names the victim or a group responsible (used to rank sums). */
  aboutIncident: (s: Sentence) => boolean;
}

/** The ransom of this incident and the span that supports it. */
export function extractRansom(ctx: RansomContext): { ransom: Ransom; evidence: { start: number; end: number; sentence: Sentence } | null } {
  let best: { money: Money; score: number; sentence: Sentence } | null = null;
  let status: Ransom["status"] = "not-mentioned";
  let statusSentence: Sentence | null = null;
  const rank: Record<Ransom["status"], number> = { "not-mentioned": 0, "demanded-undisclosed": 1, "demanded-amount": 2, refused: 3, paid: 4 };
  const raise = (to: Ransom["status"], s: Sentence) => {
    if (rank[to] > rank[status]) {
      status = to;
      statusSentence = s;
    }
  };
  for (const s of ctx.sentences) {
    if (s.background || s.generic || s.boilerplate || !RANSOM_GATE.hits(s) || DENIAL.test(s.text)) continue;
    const t = s.text;
    const about = ctx.aboutIncident(s);
    const ransomWord = RANSOM_WORD.test(t);
    const moneyHere = ransomWord || (PAY_WORD.test(t) && (about || ACTOR_WORD.test(t)));
    if (moneyHere) {
      for (const money of findMoney(t, s.start)) {
        const around = t.slice(Math.max(0, money.start - s.start - 40), money.end - s.start + 25);
        if (NOT_A_RANSOM.test(around)) continue;
        const score = (about ? 2 : 0) + (ransomWord ? 1 : 0);
        if (!best || score > best.score) best = { money, score, sentence: s };
      }
    }
    const refused = REFUSED.exec(t);
    if (refused) raise("refused", s);
    if (ransomWord || /\bextortion\b/i.test(t)) {
      PAID.lastIndex = 0;
      for (let m = PAID.exec(t); m; m = PAID.exec(t)) {
        const head = t.slice(Math.max(0, m.index - 40), m.index);
        if (/\b(?:refus\w*|declin\w*|reject\w*|whether|if|unless|until|before|than)\b[^,.;]*$/i.test(head)) continue;
        if (isNegated(t, m.index, 4) || isHypothetical(t, m.index, 4)) continue;
        if (/\bpayment\b/i.test(m[0]) && !/\b(?:ransom\w* payment|payment (?:of|worth)|\$|bitcoin|received|took in|made|sent|transaction)\b/i.test(t)) continue;
        raise("paid", s);
        break;
      }
    }
    const demanded = DEMANDED.exec(t);
    if (demanded && !isNegated(t, demanded.index, 3)) raise("demanded-undisclosed", s);
  }
  const chosen = best as { money: Money; score: number; sentence: Sentence } | null;
  if (chosen && rank[status] < rank["demanded-amount"]) raise("demanded-amount", chosen.sentence);
  const finalStatus = status as Ransom["status"];
  const ransom: Ransom = {
    status: finalStatus,
    amount: chosen && finalStatus !== "not-mentioned" && finalStatus !== "demanded-undisclosed" ? chosen.money.amount : null,
    currency: chosen && finalStatus !== "not-mentioned" && finalStatus !== "demanded-undisclosed" ? chosen.money.currency : null,
  };
  const evSentence = (ransom.amount !== null ? chosen!.sentence : statusSentence) as Sentence | null;
  const evidence = evSentence
    ? ransom.amount !== null
      ? { start: chosen!.money.start, end: chosen!.money.end, sentence: evSentence }
      : { start: evSentence.start, end: evSentence.end, sentence: evSentence }
    : null;
  return { ransom, evidence };
}
