// Ransom status and amount. Design note: a page often carries several sums (the demand, a payment in another incident,
// the value the gang puts on the data, a fine, recovery costs, a gang's usual range) and several pay-words that say the
// opposite of paying ("demanding a payment", "refused to pay it", "to pressure the clinic into paying"). Each cue is read
// through the shared clause analysis (clause.ts): negated, refused, conditional, possible or past. A sum counts when its
// own clause speaks of a ransom, a demand, a payment or a sale of the data, and sums about this incident rank first.
import type { Ransom } from "../model/entities";
import { deniesFact, frameCue, latestYear, MAY_MODAL, presupposed, type CueFrame } from "./clause";
import { wordGates } from "./cue-gate";
import { NUMBER_SOURCE, parseNumber } from "./numbers";
import type { Sentence } from "./text";
import { phrases } from "./cue-list";
import {
  GERMAN_RANSOM,
  GERMAN_RANSOM_DEMANDED,
  GERMAN_RANSOM_PAID,
  GERMAN_RANSOM_REFUSED,
  GERMAN_RANSOM_STATUS_GATE,
} from "./german";
import { matchesAt, wordOpenings } from "./openings";
import { firstAtOrAfter } from "./sorted";

/** A sum of money found in the text. */
export interface Money {
  amount: number;
  currency: string;
  start: number;
  end: number;
  /** True when the writer gave a scale ("4.2 million", "$3m"), false for a bare figure ("€4.2"). */
  scaled: boolean;
}

// Each currency with the signs and codes written before a figure and the words written after it. "dollars" alone is
// the US dollar; other dollars, francs and crowns are read only with their country ("Australian dollars").
const CURRENCIES: [code: string, before: string[], after: string[]][] = [
  ["USD", ["us$", "usd", "$"], ["dollars", "dollar", "us dollars", "usd"]],
  ["GBP", ["£", "gbp"], ["pounds", "pounds sterling", "gbp"]],
  ["EUR", ["€", "eur"], ["euros", "euro", "eur"]],
  ["AUD", ["aud", "a$", "au$"], ["australian dollars", "aud"]],
  ["CAD", ["cad", "c$", "ca$"], ["canadian dollars", "cad"]],
  ["NZD", ["nzd", "nz$"], ["new zealand dollars", "nzd"]],
  ["SGD", ["sgd", "s$"], ["singapore dollars", "sgd"]],
  ["HKD", ["hkd", "hk$"], ["hong kong dollars", "hkd"]],
  ["INR", ["rs", "rs.", "inr", "₹"], ["rupees", "inr"]],
  ["CHF", ["chf"], ["swiss francs", "chf"]],
  ["JPY", ["jpy", "¥"], ["yen", "jpy"]],
  ["SEK", ["sek"], ["swedish kronor", "kronor", "sek"]],
  ["NOK", ["nok"], ["norwegian kroner", "nok"]],
  ["DKK", ["dkk"], ["danish kroner", "dkk"]],
  ["ZAR", ["zar"], ["rand", "zar"]],
  ["BRL", ["brl", "r$"], ["reais", "brl"]],
  ["PLN", ["pln"], ["zloty", "zlotys", "pln"]],
  ["ILS", ["ils", "₪"], ["shekels", "ils"]],
  ["AED", ["aed"], ["dirhams", "aed"]],
  ["RUB", ["rub", "₽"], ["rubles", "roubles", "rub"]],
  ["KRW", ["krw", "₩"], ["krw"]],
  ["MXN", ["mxn"], ["mexican pesos", "mxn"]],
  // Most newsrooms write these as the word after a figure, and their codes are words or names elsewhere ("PHP 8",
  // "TRY"): the words alone are read, which keeps the sum pattern's openings few.
  ["ARS", [], ["argentine pesos"]],
  ["CLP", [], ["chilean pesos"]],
  ["COP", [], ["colombian pesos"]],
  ["PHP", [], ["philippine pesos"]],
  ["THB", [], ["baht", "thai baht"]],
  ["CNY", [], ["yuan", "renminbi"]],
  ["TWD", ["nt$"], ["new taiwan dollars", "taiwan dollars"]],
  ["IDR", [], ["rupiah"]],
  ["MYR", [], ["ringgit"]],
  ["PKR", [], ["pakistani rupees"]],
  ["KES", [], ["kenyan shillings"]],
  ["NGN", [], ["naira"]],
  ["TRY", [], ["turkish lira", "turkish liras"]],
  ["CZK", [], ["koruna", "czech crowns"]],
  ["HUF", [], ["forint", "forints"]],
  ["BTC", ["btc"], ["bitcoins", "bitcoin", "btc"]],
  ["XMR", ["xmr"], ["monero", "xmr"]],
  ["ETH", ["eth"], ["ether", "ethereum", "eth"]],
];
const PREFIX: Record<string, string> = {};
const SUFFIX: Record<string, string> = {};
for (const [code, before, after] of CURRENCIES) {
  for (const p of before) PREFIX[p] = code;
  for (const w of after) SUFFIX[w] = code;
}
const escape = (x: string) => x.replace(/[$.]/g, (c) => `\\${c}`);
// Longest first, so "US$" is read before "$" and "pounds sterling" before "pounds".
const alternatives = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

const MONEY = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<pre>${alternatives(Object.keys(PREFIX))})\s?(?<pnum>${NUMBER_SOURCE})` +
    String.raw`|(?<snum>${NUMBER_SOURCE})\s?(?<suf>${alternatives(Object.keys(SUFFIX))})(?![\p{L}]))`,
  "giu",
);

// Cheap test before the full grammar: a sum needs a currency sign, code or word.
const HINT_WORDS = [
  ...new Set(
    [...Object.keys(PREFIX), ...Object.keys(SUFFIX)]
      .filter((x) => /^[a-z]/.test(x))
      .map((x) => x.split(" ").pop()!.replace(/\.$/, "")),
  ),
];
const CURRENCY_HINT = new RegExp(String.raw`[$£€₹¥₪₽₩]|\b(?:${alternatives(HINT_WORDS)})\b`, "i");
// The hint as a sentence gate: its words, and a sign for the codes written with one ("A$", "HK$").
const CURRENCY_SIGN = /[$£€₹¥₪₽₩]/;
const CURRENCY_WORDS = HINT_WORDS.filter((w) => /^[a-z]+$/.test(w));
for (const w of HINT_WORDS)
  if (!CURRENCY_WORDS.includes(w) && !CURRENCY_SIGN.test(w)) throw new Error(`currency hint "${w}" has no gate`);

// "250 000 euros", "€1 200 000": thousands grouped by spaces (as French and other European newsrooms write them) are read
// as if grouped by commas, which keeps every offset.
const SPACED_THOUSANDS = /(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[,.]\d)/g;
const SPACED_HINT = /\d[ \u00a0\u202f]\d{3}/;
// "R10 million": the South African rand, read only with a capital R and a scale (a bare "R10" is more often a name).
const RAND = new RegExp(String.raw`(?<![\p{L}\p{N}])R ?(${NUMBER_SOURCE})`, "gu");
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/**
 * Whether `text` holds a capital R before a digit, with or without a space, and after no letter or number: RAND's opening
 * (`(?<![\p{L}\p{N}])R ?\d`), found by a search for "R" rather than a pattern tried at every character of every sentence.
 */
export function mayHoldRand(text: string): boolean {
  for (let i = text.indexOf("R"); i >= 0; i = text.indexOf("R", i + 1)) {
    const next = text.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
    const c = text.charCodeAt(next);
    if (c >= 48 && c <= 57 && !letterOrNumberBefore(text, i)) return true;
  }
  return false;
}
// The character (code point) before `i` is a letter or a number.
function letterOrNumberBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  const pair = (c & 0xfc00) === 0xdc00 && i >= 2 && (text.charCodeAt(i - 2) & 0xfc00) === 0xd800;
  return LETTER_OR_NUMBER.test(pair ? text.slice(i - 2, i) : text[i - 1]!);
}

/** Every sum of money in `text` (offsets relative to `offset`). */
export function findMoney(text: string, offset = 0): Money[] {
  const out: Money[] = [];
  if (mayHoldRand(text)) {
    RAND.lastIndex = 0;
    for (let m = RAND.exec(text); m; m = RAND.exec(text)) {
      const n = /[a-z]\.?\s*$/.test(m[1]!) ? parseNumber(m[1]!) : null;
      if (n && n.value > 0)
        out.push({
          amount: n.value,
          currency: "ZAR",
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          scaled: true,
        });
    }
  }
  if (!CURRENCY_HINT.test(text)) return out;
  const rands = out.length;
  if (SPACED_HINT.test(text)) text = text.replace(SPACED_THOUSANDS, (x) => x.replace(/[ \u00a0\u202f]/g, ","));
  MONEY.lastIndex = 0;
  for (let m = MONEY.exec(text); m; m = MONEY.exec(text)) {
    const g = m.groups!;
    const currency = g.pre ? PREFIX[g.pre.toLowerCase()] : SUFFIX[g.suf!.toLowerCase()];
    const raw = (g.pnum ?? g.snum)!;
    const n = parseNumber(raw);
    if (!currency || !n || n.value <= 0) continue;
    const scaled = /[a-z]\.?\s*$/i.test(raw);
    out.push({ amount: n.value, currency, start: offset + m.index, end: offset + m.index + m[0].length, scaled });
  }
  // Sums are kept in text order (callers search them by position).
  if (rands) out.sort((a, b) => a.start - b.start);
  return out;
}

// "ransomware" alone names the kind of attack, not a ransom: "recovery from the ransomware attack cost $10 million".
const RANSOM_WORD = /\b(?:ransom(?!ware)\w*|extort\w*|blackmail\w*|decrypt\w*)\b/i;
// A clause that makes a sum a ransom: a ransom word, a demand or the asking price of stolen data; or a payment.
const ASK_CLAUSE = phrases([
  String.raw`ransom(?!ware)\w*`,
  String.raw`extort\w*`,
  String.raw`blackmail\w*`,
  String.raw`decrypt\w*`,
  String.raw`demand\w*`,
  String.raw`ask(?:ed|ing|s)?`,
  String.raw`sought`,
  String.raw`seek(?:s|ing)?`,
  String.raw`wants?`,
  String.raw`wanted`,
  String.raw`request\w*`,
  String.raw`(?:for|on|up for) sale`,
  String.raw`sell\w*`,
  String.raw`sold`,
  String.raw`auction\w*`,
  String.raw`price[ds]?`,
  // An offer or listing of the data at a price: "a forum listing is offering 90 GB of records for $250,000".
  String.raw`(?:offer(?:s|ed|ing)?|listing|listed) (?:\S+ ){0,16}?for`,
  // Data put up for sale at a price: "a hacker put up the database for $80,000 on a forum".
  String.raw`put (?:\S+ ){0,3}?up (?:\S+ ){0,6}?for`,
  // The price of the keys: "45 bitcoins buys keys for every machine".
  String.raw`buys? (?:\S+ ){0,3}?(?:keys?|decryptors?|decryption)`,
]);
// A price for one machine before the price for all is no ransom amount, though asking it is a demand: "3 bitcoins buys
// the key to one infected computer, 45 bitcoins buys keys for all of them" ("$500 to unlock each computer" alone is).
const ONE_MACHINE =
  /\b(?:one|a single|each|every single) (?:infected |encrypted |locked )?(?:computer|machine|device|server|workstation|endpoint|pc)\b/i;
// What a payment bought when the text does not call it a ransom: "paid $1.2 million to regain access to its systems".
const RANSOM_PURPOSE =
  /\b(?:to|in order to) (?:regain|restore|recover|unlock|decrypt|get back|retrieve|release|stop|prevent)\b|\b(?:decryption|decryptor|the key|a key)\b/i;
const PAID_OVER = /^\s+over\b/;
const PAY_CLAUSE = /\b(?:pa(?:y|id|ys|ying|yments?)|took in|received|hand(?:s|ed|ing)? over)\b/i;
const ATTACK_WORD = /\b(?:ransom\w*|extort\w*|hack\w*|cyber\w*|attack\w*)/i;
const ACTOR_WORD = phrases([
  String.raw`hackers?`,
  String.raw`attackers?`,
  String.raw`gang`,
  String.raw`group`,
  String.raw`criminals?`,
  String.raw`cybercriminals?`,
  String.raw`cyber ?criminals?`,
  String.raw`cyber-?attackers?`,
  String.raw`cyber-?thieves`,
  String.raw`intruders?`,
  String.raw`perpetrators?`,
  String.raw`threat actors?`,
  String.raw`extortionists?`,
  String.raw`affiliate`,
  String.raw`bitcoins?`,
  String.raw`btc`,
  String.raw`crypto\w*`,
]);
// Words beside a sum that make it something other than a ransom.
const NOT_A_RANSOM = phrases([
  String.raw`valu(?:e|ed)`,
  String.raw`revenues?`,
  String.raw`fined?`,
  String.raw`fines`,
  String.raw`penalt\w+`,
  String.raw`funding`,
  String.raw`grants?`,
  String.raw`invest\w*`,
  String.raw`acquir\w*`,
  String.raw`costs?`,
  String.raw`cost it`,
  String.raw`losses`,
  String.raw`lost`,
  String.raw`budget`,
  String.raw`salar\w+`,
  String.raw`settle\w*`,
  // "will pay $480,000 to resolve the investigation": a regulator's settlement.
  String.raw`resolv(?:e|es|ed|ing)`,
  String.raw`lawsuits?`,
  String.raw`class action`,
  String.raw`compensation`,
  String.raw`average`,
  String.raw`median`,
  String.raw`insurance`,
  String.raw`bounty`,
  String.raw`reward`,
  String.raw`market`,
  String.raw`billion in`,
  String.raw`sales`,
  String.raw`income`,
  String.raw`damages`,
  String.raw`recovery`,
  String.raw`remediation`,
  String.raw`spent`,
  String.raw`spend\w*`,
  String.raw`turnover`,
  String.raw`profits?`,
  String.raw`contracts?`,
  String.raw`violations?`,
  // Money taken by fraud, not asked for: "diverted $2 million of the hospital's payments".
  String.raw`divert\w*`,
  String.raw`siphon\w*`,
  String.raw`embezzl\w*`,
  String.raw`resolv\w* (?:\S+ ){0,3}?(?:investigations?|probes?|claims?|allegations?|charges?|cases?|lawsuits?|complaints?)`,
]);
const DENIED_BY_RELATIVE = /,\s*(?:which|a claim|claims|reports) (?:\S+ ){0,4}?(?:has |have |had )?$/i;
const DENIED_RANSOM = /\b(?:ransom\w*|demand\w*|extort\w*|pa(?:y|id|ying|yment)\w*|sought|ask\w*|want\w*|request\w*)/i;
const DENIAL = phrases([
  String.raw`rejected (?:the )?claims?`,
  String.raw`denied`,
  String.raw`denies`,
  String.raw`no (?:such )?ransom (?:demand|request|note)`,
  String.raw`no ransom (?:was|has been|had been) (?:demanded|requested|sought)`,
  String.raw`not (?:received|seen) (?:any|a) ransom (?:demand|request|note)`,
  // The demand as the subject: "A ransom demand has not been received so far" (translated news keeps that order).
  String.raw`ransom (?:demand|request|note)s? (?:has|have|had|was|were)(?: not|n't) (?:yet )?been (?:received|made|seen)`,
]);

// A payment that happened. Bare "pay" counts only after a decision ("agreed to pay", "made the decision to pay"); "payment"
// only when made or sent.
const PAID =
  /\b(?:paid(?! off| (?:close |little |no )?attention| tribute| a visit| for by)|pays|paying|(?:agreed|decided|chose|opted|elected|had|was forced|were forced) to pay|(?:made|took|taken) (?:the |a |an |its |their )?(?:\S+ )?decision to pay|decision (?:was|has been|had been) (?:made|taken) to pay|(?:made|sent|transferred|wired|completed|handed over|authori[sz]ed|approved|sanctioned) (?:a |an |the |its |their )?(?:\S+ ){0,2}?payments?|met (?:the |their |its |a )?(?:\S+ ){0,2}?(?:ransom |extortion )?demands?|payments? (?:of [^,.;]{1,30} )?(?:was|were|has been|had been|have been) (?:made|sent|transferred|wired|completed)|(?:after|following|upon) (?:a |an |the )?(?:ransom )?payment|took in|received (?:a |an |the )?(?:\S+ ){0,3}?payment|received (?=[$£€])|covered (?:the |a |its |their )?(?:\S+ ){0,2}?(?:ransom|payment)|handed over (?:(?=[$£€\d])|(?:the |a |an )?(?:ransom|payment|money|bitcoins?)))(?:(?<=[a-z])(?![a-z])|(?<![a-z]))/gi;
// A payment told as a decision, and the deliberation a decision ends (frameCue reads "weighing" as a possibility).
const DECISION = /^(?:agreed|decided|chose|opted|elected|made|took|taken|decision)\b/i;
const DELIBERATION = /^(?:consider|weigh|contemplat)/i;
// What a writer says of paying to refuse it without a negation on the pay-word: "paying is off the table", "payment is
// out of the question", "paying the hackers was never an option"; a headline drops the verb ("Paying hackers 'off the
// table'").
const OUT_OF_QUESTION = String.raw`(?:(?:was|is|has been|were|would be|remains?|remained) )?(?:(?:not|never) (?:an option|on the table|on the cards)|off the table|out of the question|a non-starter)`;
const OUT_OF_QUESTION_AFTER = new RegExp(String.raw`^\s+(?:\S+\s+){0,8}?['"]?${OUT_OF_QUESTION}\b`, "i");
// A pay-word whose refusal is a refusal to pay: "refused to pay", "will not be paying", "won't meet the demand".
const PAY_VERB = phrases(
  [
    String.raw`pay`,
    String.raw`pays`,
    String.raw`paying`,
    String.raw`paid`,
    String.raw`payments?`,
    String.raw`meet (?:the |their |its |any |a )?(?:\w+ )?demands?`,
    // Handing over money is paying it: "declined to hand over the 40 bitcoin", not "refused to hand over records".
    // The match stops at "over" (the object is a look-ahead): a trailing \b after "the " cannot stand before "$" or "£".
    String.raw`hand(?:s|ed|ing)? over(?= (?:the |any |a |its )?(?:\S+ )?(?:(?:ransom|money|bitcoins?|btc|crypto\w*|payments?|sum|cash)\b|[$£€\d]))`,
  ],
  "gi",
);
// Who would get nothing, and what, in a refusal told from the attackers' side (REFUSED).
const REFUSED_RECIPIENT = String.raw`(?:hackers?|attackers?|criminals?|cybercriminals?|gang|group|extortionists?|they)`;
const REFUSED_MONEY = String.raw`(?:ransom )?(?:payments?|money|penny|cent|dime)`;
const REFUSED = phrases(
  [
    String.raw`reject(?:s|ed|ing)? (?:the |a |its |their |any )?(?:\S+'s? )?(?:ransom )?demands?`,
    String.raw`refus(?:es|ed|ing|e) (?:the |a |its |their |any )?(?:\S+'s? )?(?:ransom )?demands?`,
    String.raw`demands? went unmet`,
    String.raw`ignor(?:es|ed|ing|e) (?:the |a |an |its |their |any )?(?:\S+ ){0,3}?(?:ransom |extortion )?demands?`,
    String.raw`refusal to pay`,
    String.raw`(?:refus|declin)(?:es|ed|ing|e) "?to (?:give in|comply|negotiate|engage|pay up|do so|(?:make|strike|cut|do) (?:a |any )?deal)`,
    String.raw`turn(?:s|ed|ing)? down (?:the |a |its |their |any )?(?:\S+'s? )?(?:ransom |extortion )?demands?`,
    String.raw`(?:paying|payments?) (?:\S+ ){0,8}?['"]?${OUT_OF_QUESTION}`,
    String.raw`(?:ruled|rules|ruling) out (?:paying|a payment|any payment)`,
    String.raw`(?:will|would|did|does|do|has|have)(?: not|n't) (?:\S+ )?(?:negotiate|give in|bow to|cave in|yield to)`,
    String.raw`won't (?:\S+ )?(?:negotiate|give in|bow to|cave in|yield to)`,
    // Not answering the demand, or not dealing with those who made it: "would not respond to the demand", "will not
    // engage with the attackers".
    String.raw`(?:will|would|did|does|do|has|have)(?: not|n't) (?:\S+ )?(?:respond|reply|react) to (?:the |a |its |their |any )?(?:\S+ )?(?:demands?|ransom|note|hackers|attackers|criminals|extortionists|gang)`,
    String.raw`(?:will|would|did|does|do|has|have)(?: not|n't) (?:\S+ )?engage (?:with|in talks with) (?:the |any )?(?:hackers|attackers|criminals|extortionists|gang|group|cyber ?criminals)`,
    String.raw`won't (?:\S+ )?(?:respond|reply|react) to (?:the |a |its |their |any )?(?:\S+ )?(?:demands?|ransom|note|hackers|attackers|criminals|extortionists|gang)`,
    // A payment denied in the future: "no ransom payment will be made", "the hackers would get no money from us", "the
    // criminals will not be getting a penny".
    String.raw`no (?:ransom )?(?:payments?|money) (?:will|would|is going to|shall) (?:ever )?be (?:made|paid|forthcoming|sent|handed over)`,
    // A payment stated as not made, with "made" for the pay-word: "has not made a ransom payment", "no ransom payment
    // had been made".
    String.raw`(?:has|have|had|did)(?: not|n't| never) (?:yet )?(?:made|make) (?:a |any )?(?:ransom|extortion) payments?`,
    String.raw`no (?:ransom|extortion) payments? (?:has|have|had|was|were) (?:ever )?been made`,
    String.raw`${REFUSED_RECIPIENT}(?: (?:who|that) [^,.;]{1,60}?)? (?:will|would|shall)(?: not|n't| never) (?:be )?(?:get|getting|receive|receiving|see|seeing) (?:any |a |a single |one )?${REFUSED_MONEY}`,
    String.raw`${REFUSED_RECIPIENT} (?:will|would|shall) (?:get|receive|see) (?:no|not a) ${REFUSED_MONEY}`,
    // A refusal whose object is the demand just told: "got a ransom demand and refused", "demanded $1m, which it rejected".
    // The look-behind follows the verb, so it is read only where a refusal verb stands, not at every word.
    String.raw`(?:refused|declined|rejected|refuses|declines|rejects)(?<=\b(?:ransom|demand)\w*\b[^.;]{0,60}?\b(?:and|but|which|yet)\b(?:\s+\S+){0,3}?\s+(?:refused|declined|rejected|refuses|declines|rejects))(?=\s*(?:[.,;!]|$))`,
  ],
  "gi",
);
// A refusal with its object left out, at the end of its clause: "The hospital refused.", "refused and says ...".
const ELIDED_REFUSAL = /\b(?:refused|refuses)(?=\s*(?:[.,;!]|$)|\s+(?:and|but)\b)/gi;
// Who refuses with no object is often one who would not comment: "Asked about the demand, a spokesperson refused."
const NOT_THE_PAYER = /\b(?:spokes\w*|officials?|representatives?|asked|comment\w*|press office)\b/i;
// Every word that can make frameCue read a cue as negated (its negators, negating prepositions and a negation after the
// cue), with no boundary before it, as a clause cut mid-word may open on one; keep in step with clause.ts.
const MAY_NEGATE =
  /(?:not|no|never|nor|neither|none|nothing|nobody|yet|deny|denies|denied|denying|refuse|refuses|refused|refusing|refusal|decline|declines|declined|declining|unwilling|unable|fail|fails|failed|without|instead|rather|against|preferred|preferable|rule|ruled|rules|ruling|refrain|refrains|refrained|refraining|balk|balks|balked|balking|resist|resists|resisted|resisting|short|shy|shies|shied|shying|clear|nicht|kein|keine|keinen|keiner|keinem|keines)\b|n't\b/i;
// Advice not to pay is no refusal by the victim: "the FBI advises against paying", "police urged it not to pay".
const ADVICE = /\b(?:advis\w*|recommend\w*|urg(?:e|es|ed|ing)|encourag\w*|guidance|warn\w*)\b/i;
// Advice the victim says it follows, fronted before it: "In line with government guidance, the hospital will not pay".
const HEEDED_ADVICE =
  /^\s*(?:in (?:line|keeping|accordance) with|following|heeding|acting on|on the advice of|as (?:advised|recommended|urged) by)\b[^,;]{0,60},/i;
// A refusal that is only a condition or a possibility: "if the hospital refuses to pay", "it may decline to pay".
const HYPOTHETICAL_REFUSAL = new RegExp(
  String.raw`\b(?:if|unless|until|whether|${MAY_MODAL}|might|could|should)\b`,
  "gi",
);
// A question's "whether" closes at its comma or at the "that" of what was said next: "would not say whether a ransom was
// demanded, saying only that it will not pay", "Asked whether it would pay, the board said it would not pay".
const QUESTION_CLOSED = /,|\bthat\b/i;
function hypotheticalRefusal(head: string): boolean {
  HYPOTHETICAL_REFUSAL.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = HYPOTHETICAL_REFUSAL.exec(head); m; m = HYPOTHETICAL_REFUSAL.exec(head)) last = m;
  if (!last) return false;
  if (last[0].toLowerCase() !== "whether" || !QUESTION_CLOSED.test(head.slice(last.index))) return true;
  return hypotheticalRefusal(head.slice(0, last.index));
}
// "the clinic did not pay a ransom" reads as a refusal; "has not paid yet" and "did not pay on time" do not.
// "is not paying" is a present decision, as "did not pay" is a past one.
const VICTIM_DID_NOT =
  /\b(?:did|does|do|has|have|had)(?: not|n't)\s+(?:(?!been\b)\S+\s+)?$|\b(?:is|are)(?: not|n't)\s+(?=$)/i;
const NOT_YET = /^\S+\s+(?:\S+\s+){0,10}?(?:yet|on time|in time|before|by the deadline|within)\b/i;
const YET = /\byet\b/i;
const YET_AFTER = /^\S+(?:\s+\S+){0,10}?\s+yet\b/i;
// What follows a pay-word can make it a payment of something else: "paying attention", "did not pay for credit
// monitoring", "paid its staff"; "pay for the release of the data" and "pay for a decryption key" stay ransoms.
const OTHER_PAYMENT =
  /^\s+(?:attention|tribute|respect|heed|(?:a |an )?visit|(?:the |its |their |his |her )?(?:staff|employees|workers|nurses|wages|salar\w+|bills?|invoices?|suppliers?|vendors?|taxes|rent)\b|for (?!(?:the |a |an |any |their |its )?(?:ransom|decrypt\w*|keys?|data|files|records|release|return|deletion|restoration|unlocking|access|silence|tool)\b)\S)/i;
// The pay-word is what was asked, not what was done: "demanding a payment", "asked to be paid", "in return for payment".
// "negotiated the demand down and paid": after "and" or "then" a new verb starts, which is no longer what was asked.
const ASKED_FOR =
  /\b(?:demand\w*|ask(?:ed|ing|s)?|wants?|wanted|seek\w*|sought|request\w*|in (?:exchange|return) for|to be)\b(?:\s+(?!(?:and|then|but)\b)\S+){0,3}\s*$/i;
// A general statement about victims, not about this one: "when victims refuse to pay", "companies that would not pay".
// Bodies counted or pointed at are this incident's ("the companies paid a ransom", "both firms refused to pay"), unless
// a relative clause makes them a kind ("the companies that were attacked and would not meet the demand").
const GENERIC_SUBJECT =
  /\b(?:victims|those|anyone|whoever|targets)\b|(?<!\b(?:the|both|two|three|these) )\b(?:companies|organi[sz]ations|businesses|firms|entities)\b|\b(?:companies|organi[sz]ations|businesses|firms|entities) (?:that|who|which)\b|\b\w+s (?:that|who) (?:\S+ )?$/i;
// A sentence that names neither the victim nor the group but introduces an organisation of its own ("Quillon, a cable
// maker, declined to pay") tells what that organisation did, not this victim.
const OTHER_ORGANISATION = /(?:^|[,.]\s+)(?:the\s+)?\p{Lu}[\p{L}&.'-]*(?:\s+\p{Lu}[\p{L}&.'-]*)*,\s+(?:a|an)\s/u;
const GERUND_SUBJECT =
  /^(?:\s*,[^,]{1,40},)?\s+(?:ransoms\b|(?:\S+\s+){0,4}?(?:would|could|will|may|might|can|is|isn't|was|wasn't|does|doesn't|encourages|fuels|funds|rewards|guarantees)\b)/i;
// "had until Friday to meet unspecified demands", "refused to meet the hackers' demands": demands to be met are the
// attackers' when a word says so (not "meet the demands of the job").
const DEMANDED =
  /\b(?:ransom (?:demands?|notes?|requests?|letters?|messages?|payment|amount|of)|demand(?:ed|ing|s)? (?:that|an? |the |\S+ )?(?:\S+ )?(?:ransom|payment|money|sum|fee|bitcoins?|crypto\w*)|demand(?:ed|ing|s)? (?=[$£€\d])|ransom (?:was|were|had been|is being|has been) (?:demanded|sought|requested|asked)|ransom demanded|(?:pay|paying) (?:the|a) ransom|unless (?:a|the|its|their) (?:\S+ )?(?:ransom|demands?)|unless (?:\S+ ){0,4}?(?:pays?|paid|payment)|unless (?:\S+ ){0,3}?(?:gets?|got) in touch\b|unless (?:\S+ ){0,3}?contact(?:s|ed)? (?:them|the (?:gang|group|hackers|attackers))\b|ransom (?:demand )?(?:is|was|were|has|had|have)(?: not| never)?(?: been)? (?:paid|met)|no (?:ransom )?payments? (?:was|were|has been|had been|have been) (?:made|paid)|extortion (?:attempt|demand|note|letter|email|message)s?|(?:bid|attempt|effort|plot|scheme) to extort|extort(?:s|ed|ing)\b|blackmail(?:ers?|ing|ed)?\b|ask(?:ed|ing|s)? for (?:a |an )?(?:ransom|payment|money)|ask(?:ed|ing|s)? for (?=[$£€\d])|ask(?:ed|ing|s)? (?:\S+ ){1,4}?for (?=[$£€\d])|asking price|(?:held|holding|hold|holds) (?:\S+ ){1,5}?to ransom|negotiat(?:ions?|ing|ed|e) (?:\w+ ){0,4}?(?:with|between) (?:the )?(?:hackers|attackers|gang|group|two sides)|negotiat(?:ions?|ing|ed|e) (?:over|about|on|for) (?:a|the|its|their) ransom|(?:in )?talks with (?:the )?(?:hackers|attackers|gang|group|criminals|extortionists)|talks (?:with (?:\S+ ){1,3}?)?(?:over|about|on) (?:a|the|its|their) ransom|ransomware demand|deadline for paying|deadline (?:\S+ ){0,3}?for (?:the )?(?:payment|paying) of (?:a |the |its |their )?ransom|deadline (?:that |which )?the (?:gang|group|hackers|attackers|criminals) (?:had |has )?set|how much (?:\S+ ){0,4}?(?:demand(?:ed|ing|s)|ask(?:ed|ing|s)(?: for)?|want(?:ed|ing|s)?|seek(?:ing|s)|sought|request(?:ed|ing|s))|(?:amount|sum|figure) (?:demanded|sought|requested)|(?:\d+|one|two|three|four|five|six|seven|ten|a few) (?:days|hours|weeks) to pay|until \S+(?: \S+)? to pay|ransom (?:that |which )?(?:the |its |their )?\S+ (?:had |has |have )?(?:demanded|sought|requested|asked for)|into (?:paying|payment|meeting)(?<=(?:pressur|forc|coerc|push|squeez)\w* (?:\S+ ){0,5}?into (?:paying|payment|meeting))|(?:deadline|ultimatum)(?<=(?:set|gave|given|with|imposed|issued) (?:\S+ ){0,3}?(?:deadline|ultimatum))|(?:payout|pay-?off|sum)(?<=(?:sought|seek(?:s|ing)?|wants?|wanted|request(?:s|ed|ing)?) (?:a |an )?(?:\S+ ){0,2}?(?:payout|pay-?off|sum))|deadline (?:was |has been )?set|countdown timer|(?:meet|met|meeting) (?:(?:the |these |those |any |such )?(?:(?:hackers|attackers|criminals|extortionists|gang|group)['’]s? |(?:unspecified|undisclosed|extortion|ransom|financial) )|its |their )demands(?! of))(?:(?<=[a-z])(?![a-z])|(?<![a-z]))/gi;
// The words a DEMANDED match can open on ("#": a figure, as in "14 days to pay"); keep them in step with it. The pattern
// is tried only where they begin.
const DEMAND_OPENINGS = wordOpenings(
  "ransom ransomware demand* pay paying payout payoff meet met meeting unless no extort* bid attempt effort plot scheme blackmail* ask* held holding hold holds negotiat* in talks how amount sum figure deadline ultimatum countdown until into one two three four five six seven ten a #",
);
// A demand told without a ransom word, the attackers wanting money: "the attackers want money from the hospital", "the
// hackers are seeking a payment". Read only where the sentence holds one of MONEY_WANTED_WORDS.
const WANTS_MONEY =
  /\b(?:hackers?|attackers?|cyber-?attackers?|criminals?|cybercriminals?|gang|group|extortionists?|intruders?|perpetrators?|pirates)\s+(?:\S+\s+){0,2}?(?:want(?:s|ed)?|seek(?:s|ing)?|sought|(?:are|were|is|was) wanting)\s+(?:\S+\s+)?(?:money|cash|payments?|a payout)\b/gi;
// A note telling the victim to get in touch with the attackers is a ransom note: "an image saying the ministry would have
// to contact the hackers to get its data back", "a message telling staff to contact the attackers".
// "a message telling officials to get in touch with the hackers" says the same.
const CONTACT_ATTACKERS =
  /\b(?:to|must|should)\s+(?:contact|get\s+in\s+touch\s+with|reach\s+out\s+to)\s+(?:the\s+)?(?:hackers|attackers|cyber-?attackers|gang|criminals|cybercriminals|extortionists)\b/gi;
const MONEY_WANTED_WORDS = /\b(?:money|cash|payments?|payout)\b/i;
// An ultimatum is a demand though no word of asking stands in it: "has two days to find $900,000 or see the records
// dumped", "was told to pay up by July 5 or see its data published". "find" needs a sum after it ("find another hospital
// or face delays" is none); the sum inside the ultimatum is the one asked.
const ULTIMATUM =
  /\b(?:pay(?: up)?\b|hand over\b|find (?:about |some |roughly |nearly |almost )?(?=[$£€]|[\d.,]+\s?(?:m|k|bn|million|billion|thousand)?\s*(?:US |Australian |Canadian )?(?:dollars|euros|pounds|bitcoins?|btc|usd|eur|gbp)\b))(?:[^.;]|\.(?=\d)){0,60}?\bor (?:else\b|(?:\S+ )?(?:see|have|face|risk|lose|watch)\b)/gi;
const FIND_WORD = /\bfind\b/i;
// The demand cues that name the asking itself, whose negation denies a demand ("were not demanding a ransom").
const ASKING = /\b(?:demand\w*|ask\w*|sought|request\w*|note|letter)\b/i;
// A demand cue opening on the verb of asking ("demanded a ransom", "asked for money"), not on a noun ("the demand").
const ASKING_VERB = /^(?:demanded|demanding|asked|asking|sought|seeking|requested|requesting)\b/i;
// "demanded no ransom", "demanding no payment": a demand cue whose object opens on "no".
const NO_OBJECT = /^\S+ no /i;
const POSSIBLE = /^(?:may|might|could|would|should|can|whether|likely|possibl\w*|potential\w*|risk\w*)$/;
const STATISTIC = /\b(?:averag\w+|median|surveys?|per ?cent|percentage|respondents|study|studies)\b|\d%/i;
// A negated demand still says one was made when the text withholds its size: "did not disclose how much the gang asked".
const SIZE_WITHHELD = /\b(?:how much|the (?:size|amount|sum|value)|(?:which|what) amount)\b/i;

// German-language news (german.ts): a ransom word, and the status cues read by their words.
const GERMAN_RANSOM_WORD = phrases(GERMAN_RANSOM);
const GERMAN_STATUS: [RegExp, "paid" | "refused" | "demanded"][] = [
  [phrases(GERMAN_RANSOM_PAID, "gi"), "paid"],
  [phrases(GERMAN_RANSOM_REFUSED, "gi"), "refused"],
  [phrases(GERMAN_RANSOM_DEMANDED, "gi"), "demanded"],
];

// A sentence without one of these words matches none of the cue patterns above (see cue-gate.ts; keep them in step).
const RANSOM_GATE = wordGates({
  german: GERMAN_RANSOM_STATUS_GATE,
  any: `${GERMAN_RANSOM_STATUS_GATE} want* seek* request* denied denies ransom* extort* blackmail* demand* decrypt* pay* paid asked asking ask asks sought took received refus* reject* decline declined declines declining turn turns turned turning negotiat* deadline ultimatum countdown ignor* sale sell* sold auction* price prices priced put hand hands handed handing talks offer* listing listed give bow cave yield money penny cent dime contact touch reach`,
  // Per pattern, so a sentence read for one cue does not run the others.
  ransomWord: "ransom* extort* blackmail* decrypt*",
  denial: "rejected denied denies demand request note demanded requested sought received seen",
  paid: "pay* paid* took received handed covered met",
  currency: CURRENCY_WORDS.join(" "),
  payVerb: "pay* paid meet hand hands handed handing",
  refused:
    "ignor* reject* refus* decline declined declines declining turn turns turned turning unmet paying payment payments ruled rules ruling negotiate give bow cave yield money penny cent dime respond reply react engage",
  demanded:
    "ransom* demand* payment payments unless extort* blackmail* ask* negotiat* talks deadline ultimatum countdown want* seek* sought request* days hours weeks until pressur* forc* coerc* push* squeez*",
  // The demand cues split by what they need (demandedWord), for the few that need two words (rareDemand).
  demandedWord:
    "ransom* demand* payment payments unless extort* blackmail* ask* negotiat* talks deadline ultimatum countdown",
  demandDue: "days hours weeks until",
  demandInto: "into",
  demandPayout: "pay* sum*",
  demandHowMuch: "much amount figure sum*",
  contact: "contact touch reach",
  // "find" is read only beside a sum (FIND_WORD below): as a gate word it would open too many sentences.
  ultimatum: "pay hand",
});
// Words the look-behinds of DEMANDED read, which may sit inside a longer word ("enforced", "unwanted"): plain searches.
const PRESSURE_HINT = /pressur|forc|coerc|push|squeez/i;
const SEEK_HINT = /sought|seek|want|request/i;
/**
 * Whether a sentence whose gates hold no word of the one-word demand cues may still hold a DEMANDED match: "(N days|until
 * ...) to pay", "pressured ... into paying", "sought a payout", "how much ... was sought", "the amount requested".
 */
function rareDemand(t: string, gates: number): boolean {
  const bit = RANSOM_GATE.bit;
  if (gates & bit.demandDue && gates & bit.demandPayout) return true;
  if (gates & bit.demandInto && PRESSURE_HINT.test(t)) return true;
  return !!(gates & (bit.demandPayout | bit.demandHowMuch)) && SEEK_HINT.test(t);
}

// A report the sentence calls false: "Reports that the hospital had paid the hackers were false".
const REPORT_BEFORE = /\b(?:reports?|claims?|suggestions?|rumou?rs?|speculation|allegations?) that\b[^.;]{0,100}$/i;
const DISMISSED_AFTER =
  /^[^.;]{0,120}?\b(?:was|were|is|are) (?:(?:completely|entirely|simply) )?(?:false|untrue|inaccurate|incorrect|wrong|baseless|unfounded|not true)\b/i;
const dismissedReport = (t: string, at: number, end: number) =>
  REPORT_BEFORE.test(t.slice(Math.max(0, at - 120), at)) && DISMISSED_AFTER.test(t.slice(end, end + 140));

// "The gang's demand to the clinic: $3 million by Friday": a colon after a demand or ransom word introduces its sum.
const ASK_BEFORE_COLON = /\b(?:demand(?:s|ed)?|ransom|asking price|price)\b[^.;:]{0,40}:\s*$/i;

/** What the ransom field needs to know about the rest of the article. */
export interface RansomContext {
  sentences: Sentence[];
  /** True when the sentence names the victim or a group responsible (used to rank sums). */
  aboutIncident: (s: Sentence) => boolean;
}

interface Candidate {
  money: Money;
  score: number;
  sentence: Sentence;
  /** The sum sits in a clause that says it was paid. */
  paid: boolean;
}

interface StatusCue {
  sentence: Sentence;
  start: number;
  end: number;
}

// Sums that are no ransom: "between $1 million and $5 million" (a gang's usual range), "worth $250,000" (a value) and
// "3 BTC worth roughly $40,000" (a conversion: the first currency is the one used).
// "negotiated the demand down from $4 million to $1 million": a change of one sum, not a range; the first gives way.
const CHANGED_FROM = /\b(?:down|up|reduced|lowered|cut|dropped|fell|rose|raised|increased)\s+from\s*$/i;
const RANGE_FROM = /(?<!\b(?:down|up|reduced|lowered|cut|dropped|fell|rose|raised|increased)\s)\b(?:between|from)\s*$/i;
const CHANGE_VERB =
  /\b(?:cut|cuts|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|drop(?:s|ped|ping)?|negotiat(?:e|es|ed|ing)|bargain(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing))\b[^.;]{0,70}$/i;
const SUPERSEDED_AFTER =
  /^[^.;]{0,40}?\b(?:then|later|since|but)\s+(?:\S+\s+)?(?:raised|increased|upped|doubled|lowered|cut|reduced|dropped|slashed)\b[^.;$£€]{0,30}?\bto\s+(?:about\s+|around\s+|roughly\s+)?\S*[$£€\d]/i;
const RECOVERED_BEFORE =
  /\b(?:recovered|seized|clawed back|confiscated|froze|frozen|returned)\s+(?:about |around |some |nearly |more than |over |roughly )?$/i;
const CHANGED_TO = /^\s*to\s+(?:about\s+|around\s+|roughly\s+|just\s+)?\S*[$£€\d]/i;
const TAKINGS_AFTER =
  /^\s+in (?:ransoms|ransom payments|extortion payments|payouts)\b|^\s+from (?:its |their |\S+ )?victims\b/i;
function isRange(t: string, money: Money, previous: Money | undefined, sentenceStart: number): boolean {
  const from = money.start - sentenceStart;
  const to = money.end - sentenceStart;
  if (
    RANGE_FROM.test(t.slice(Math.max(0, from - 20), from)) &&
    !CHANGE_VERB.test(t.slice(Math.max(0, from - 80), from)) &&
    /^\s*(?:and|to|-)\s*\S*[$£€\d]/i.test(t.slice(to, to + 25))
  )
    return true;
  return (
    !!previous &&
    /^\s*(?:and|to|-)\s*$/i.test(t.slice(previous.end - sentenceStart, from)) &&
    RANGE_FROM.test(t.slice(Math.max(0, previous.start - sentenceStart - 20), previous.start - sentenceStart)) &&
    !CHANGE_VERB.test(t.slice(Math.max(0, previous.start - sentenceStart - 80), previous.start - sentenceStart))
  );
}

const FINED_BEFORE =
  /\b(?:fined|fining|fines)\s(?![^.;]*\b(?:ransom|extort\w*|demand\w*|hackers?|gang)\b)[^.;]{0,120}$/i;
function notARansom(t: string, money: Money, previous: Money | undefined, sentenceStart: number): boolean {
  const from = money.start - sentenceStart;
  const to = money.end - sentenceStart;
  const before = t.slice(Math.max(0, from - 40), from);
  // What follows a comma is another phrase: "paid the hackers $900,000, a lawsuit alleges" names no lawsuit's sum.
  const next = t.slice(to, to + 25);
  const comma = next.search(/[,;]\s/);
  const after = comma < 0 ? next : next.slice(0, comma);
  if (isRange(t, money, previous, sentenceStart)) return true;
  // "has fined Bupa Insurance Services, the London-based arm of the group, £175,000": the fine's object and its
  // apposition may stand between the verb and the sum.
  if (FINED_BEFORE.test(t.slice(Math.max(0, from - 140), from))) return true;
  // "The FBI recovered $2.3 million of the ransom": money got back or seized is not the sum asked or paid.
  if (RECOVERED_BEFORE.test(before)) return true;
  if (CHANGED_FROM.test(before) && /^\s*to\s/i.test(next)) return true;
  // "cut its opening demand of $10 million to $4 million": the sum changed gives way to the one it became.
  if (CHANGE_VERB.test(t.slice(Math.max(0, from - 80), from)) && CHANGED_TO.test(next)) return true;
  // "first demanded $1.5 million, then raised the demand to $3 million": the sum changed later gives way.
  if (SUPERSEDED_AFTER.test(t.slice(to, to + 90))) return true;
  // "has collected more than $50 million in ransoms": a gang's takings from many victims.
  if (TAKINGS_AFTER.test(next)) return true;
  // "demanded bitcoin worth $50,000" gives the ransom's size in dollars; "3 BTC worth $40,000" converts a sum given first.
  const worth =
    /\b(\S+)\s+worth\s+(?:(?:about|around|roughly|approximately|some|nearly|almost|over|more than)\s+)?$/i.exec(before);
  if (worth) return !/^(?:bitcoins?|btc|crypto\w*|monero|xmr|ether(?:eum)?)$/i.test(worth[1]!);
  // "the $250,000 ransom payment" names itself, whatever stands around it ("insurance covered ...").
  if (/^\s+(?:worth of|ransom|extortion)\b/i.test(after)) return false;
  return NOT_A_RANSOM.test(before + " " + after);
}

// A demand cue that ends where its sum begins ("asked for $", "demanded $").
const SUM_NEXT = /\b(?:for|demand(?:ed|ing|s)?) $/i;
/** The sum starting at `at` in the sentence (a cue's object) is something other than a ransom. */
function sumNoRansom(t: string, moneyHere: readonly Money[], sentenceStart: number, at: number): boolean {
  const i = moneyHere.findIndex((x) => x.start - sentenceStart === at);
  return i >= 0 && notARansom(t, moneyHere[i]!, moneyHere[i - 1], sentenceStart);
}
// The attackers told as "they", asking, where the article tells of an attack: "They demanded $250,000 for the key."
const THEY_ASK =
  /^\W{0,2}they (?:then |later |first |initially |had |have )?(?:demanded|asked for|wanted|sought|requested)\b/i;
const theyAsk = (clause: string, article: { underAttack(): boolean }) => THEY_ASK.test(clause) && article.underAttack();

const SUM_THEN_WHICH = /\d(?:\s?(?:million|billion|m|k|bn))?\s*,\s*which$/i;
const PAID_RELATIVE = /^\s*,\s*which\s+(?:\S+\s+){0,5}?(?:paid|wired|transferred|handed over)\b/i;
// A sum that reached a wallet of the attackers was paid, though no pay-word stands: "some $22m in bitcoin moved to a
// wallet tied to the gang", "40 bitcoin was sent to an address linked to the hackers".
const TO_ATTACKERS_WALLET =
  /^\s*(?:(?:in|of|worth of) (?:bitcoins?|btc|crypto\w*|monero) )?(?:was |were |had been |has been )?(?:moved|went|sent|transferred|wired|flowed|landed|deposited|arrived)\s+(?:in)?to (?:a|an|the|one) (?:\S+ ){0,2}?(?:wallets?|address(?:es)?|accounts?) (?:\S+ ){0,2}?(?:(?:tied|linked|belonging|connected|traced|attributed) to|controlled by|used by|run by)\b/i;

// A price per head is no ransom amount, though asking it is a demand: "demanding $50 each", "at $2 per record".
const PER_UNIT =
  /^\s*(?:each|apiece|a head|a piece|(?:from|for) (?:each|every)|per (?:\S+ )?(?:records?|patients?|persons?|people|files?|individuals?|victims?|rows?|entr(?:y|ies)|heads?|computers?|machines?|devices?|customers?)|a (?:record|patient|person|file|customer))\b/i;

// A price put to the patients or customers themselves is no ransom amount of the victim's, though asking it is a demand:
// "patients began receiving emails that demanded $50 to stop their data being sold", "customers were told to pay $30".
// Read on the words before the sum.
const PATIENTS_ASKED =
  /\b(?:patients|customers|clients|individuals|people|members|recipients|families)\b (?:\S+ ){0,8}?(?:(?:began |started )?(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got) (?:\S+ ){0,2}?(?:e-?mails?|messages?|texts?|letters?|calls?)|(?:were|are|have been|had been) (?:told|asked|ordered|instructed) (?:\S+ ){0,4}?(?:to pay|for))\b/i;
const PATIENT_WORD = /\b(?:patients|customers|clients|individuals|people|members|recipients|families)\b/i;

// A sentence states a ransom in a handful of cues; past this many of one kind (a run of repeated text) the rest are not
// read, so a pathological sentence costs no more than an ordinary one.
const MAX_CUES = 16;

const sumKey = (currency: string, amount: number) => `${currency}:${Math.round(amount)}`;

// Sums' starts relative to their sentence. A loop into a literal rather than map(): map()'s arrays come back in another
// elements kind than the literal ones, so the binary search below saw two array maps and its optimised code was thrown
// away ("wrong map") and recompiled.
function offsetsIn(found: readonly { start: number }[], from: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < found.length; i++) out.push(found[i]!.start - from);
  return out;
}

// "Rivermead, which paid a £200,000 ransom after a 2023 attack, has been hit by a new cyberattack": a cue in a stretch
// (between commas) that dates its own attack belongs to that earlier incident when the sentence reports a new one. A year
// alone cannot say so when the new attack is undated, as the article's latest year is then the earlier one.
const DATED_ATTACK =
  /\b(?:after|in|during|following|from) (?:an?|the|its|their) (?:19|20)\d\d (?:\S+ )?(?:attack|incident|breach|hack|cyberattack|cyber-attack)s?\b/i;
const NEW_ATTACK =
  /\b(?:a new|another|a second|a third|a fresh|a further)\b(?: \S+){0,2}? (?:attack|incident|breach|hack|cyberattack|cyber-attack)\b|\b(?:hit|attacked|targeted|breached) again\b/i;
const HAS_YEAR = /\b(?:19|20)\d\d\b/;
// "hit again, two years after paying hackers": what follows "N years after" happened that long before.
const TIME_AFTER =
  /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+) (?:years?|months?) after\s+(?:\S+\s+){0,2}$/i;
const TIME_AFTER_HINT = /\bafter\b/i;
// A comma followed by a space, or a semicolon, ends a stretch ("£200,000" does not).
const stretchEnd = (t: string, i: number) =>
  t.charCodeAt(i) === 59 || (t.charCodeAt(i) === 44 && (i + 1 >= t.length || t.charCodeAt(i + 1) === 32));
function inDatedEarlierAttack(t: string, at: number): boolean {
  let a = at;
  while (a > 0 && !stretchEnd(t, a - 1)) a--;
  let b = at;
  while (b < t.length && !stretchEnd(t, b)) b++;
  return DATED_ATTACK.test(t.slice(a, b)) && (NEW_ATTACK.test(t.slice(0, a)) || NEW_ATTACK.test(t.slice(b)));
}

// A sentence that opens on an earlier time and names an organisation, but neither the victim nor the group, tells of
// another incident: "Earlier this year the doctors at Brookside ENT Center refused to pay a $6,500 ransom", "In
// December they leaked the files of Quillon, a cable maker, after it declined to pay". Names are read at most five
// words before their organisation word, so a long capitalised run costs no more than its length.
const EARLIER_OPENING =
  /^\W*(?:(?:earlier|later) this (?:year|month|week)|last (?:year|month|week|spring|summer|autumn|fall|winter)|(?:back )?in (?:early |late |mid-)?(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|(?:weeks|months|years) ago|previously)\b/i;
const NAMED_BODY =
  /\b(?:\p{Lu}[\p{L}'&.-]*\s+(?:(?:and|of|&)\s+)?){1,5}(?:Center|Centre|Hospital|Clinic|Health|Medical|Healthcare|Group|Inc|Ltd|LLC|Trust|Practice|Labs?|Laborator(?:y|ies)|Pharmacy|Services|Systems|Company|Corp)\b|\b\p{Lu}[\p{L}&.'-]*,\s+(?:a|an)\s/u;
const otherEarlierIncident = (t: string) => EARLIER_OPENING.test(t) && NAMED_BODY.test(t);

// A bound put on a sum rather than the sum itself: "more than $18,000", "nearly $10m", "upwards of 40 bitcoin".
const BOUND_BEFORE =
  /\b(?:more than|over|at least|upwards of|in excess of|nearly|almost|close to|under|less than|up to)\s*$/i;
const bounded = (c: Candidate) => {
  const at = c.money.start - c.sentence.start;
  return BOUND_BEFORE.test(c.sentence.text.slice(Math.max(0, at - 16), at));
};
// tsx names each closure it makes (Object.defineProperty, which costs more than the closure): what extractRansom reads
// on demand per article and per sentence sits in these classes rather than in closures made on every call.

// What extractRansom reads of the whole article on first use: its cues framed by frameCue (with the article's latest
// year), each span once, as several cue patterns open on the same word ("paid" is a payment and a pay-verb); and whether
// it tells of an attack.
class ArticleReading {
  private year: number | null | undefined;
  private attacked: boolean | undefined;
  private text = "";
  private readonly framed = new Map<number, CueFrame>();
  constructor(private readonly sentences: readonly Sentence[]) {}

  frame(t: string, at: number, end: number): CueFrame {
    if (this.year === undefined) {
      let year: number | null = null;
      for (const s of this.sentences) {
        const y = latestYear(s.text);
        if (y !== null && (year === null || y > year)) year = y;
      }
      this.year = year;
    }
    if (t !== this.text) {
      this.text = t;
      this.framed.clear();
    }
    const key = at * 65536 + (end - at);
    let f = this.framed.get(key);
    if (!f) {
      f = frameCue(t, at, end, { latestYear: this.year });
      if (
        !f.past &&
        ((HAS_YEAR.test(t) && inDatedEarlierAttack(t, at)) ||
          (TIME_AFTER_HINT.test(t) && TIME_AFTER.test(t.slice(Math.max(0, at - 60), at))))
      )
        f = { ...f, past: true };
      this.framed.set(key, f);
    }
    return f;
  }

  /**
   * The article tells of an attack, so a refusal to pay is a refusal of a ransom even where no sentence says "ransom".
   * Page furniture (a caption's "ransom note", a related story's "attack") tells nothing of this article's attack.
   */
  underAttack(): boolean {
    return (this.attacked ??= this.sentences.some((s) => !s.boilerplate && ATTACK_WORD.test(s.text)));
  }
}

// What a sentence holds, read on first use: most sentences with a gate word hold no pay-word or sum that asks for them.
class SentenceReading {
  private actorWord: boolean | undefined;
  private forKey: boolean | undefined;
  private ranged: boolean | undefined;
  constructor(
    private readonly s: Sentence,
    private readonly moneyHere: readonly Money[],
    private readonly articleRansom: boolean,
  ) {}

  /** The sentence names the attackers. */
  actor(): boolean {
    return (this.actorWord ??= ACTOR_WORD.test(this.s.text));
  }

  /** A payment in the sentence is one for the data or a key: the article speaks of a ransom, or the sentence does. */
  paysForKey(): boolean {
    return (this.forKey ??= this.articleRansom || this.actor() || RANSOM_PURPOSE.test(this.s.text));
  }

  /**
   * A range of sums ("demands range between $500,000 and $2 million") describes a gang's habits, and a statistic
   * ("ransom payments averaged $1.5 million") many victims': neither is this demand.
   */
  inRange(): boolean {
    const { s, moneyHere } = this;
    return (this.ranged ??=
      moneyHere.some((x, i) => isRange(s.text, x, moneyHere[i - 1], s.start)) || STATISTIC.test(s.text));
  }
}

const cueIn = (s: Sentence, at: number, end: number): StatusCue => ({
  sentence: s,
  start: s.start + at,
  end: s.start + end,
});

/** The ransom of this incident and the span that supports it (null exactly when the status is `not-mentioned`). */
export function extractRansom(ctx: RansomContext): {
  ransom: Ransom;
  evidence: { start: number; end: number; sentence: Sentence } | null;
} {
  const candidates: Candidate[] = [];
  const paid: StatusCue[] = [];
  const refused: StatusCue[] = [];
  // Payments stated as not made, with no will in it: a refusal unless the text gives the sum asked, which the labels
  // then keep as a demand ("talks stalled and no ransom was paid" beside "asking for 100 BTC").
  const unpaid: StatusCue[] = [];
  const demanded: StatusCue[] = [];
  let denied = false;
  let articleRansom = false;
  const article = new ArticleReading(ctx.sentences);
  const usable = ctx.sentences.filter((s) => !s.background && !s.generic && !s.boilerplate && RANSOM_GATE.hits(s));
  // Context for pay-words without a ransom word of their own ("paid the hackers $1 million", "refused to pay").
  for (const s of usable)
    if (RANSOM_GATE.hits(s) & RANSOM_GATE.bit.ransomWord && /\b(?:ransom\w*|extort\w*|blackmail\w*)/i.test(s.text)) {
      articleRansom = true;
      break;
    }

  for (const s of usable) {
    const t = s.text;
    const gates = RANSOM_GATE.hits(s);
    const ransomWord =
      (!!(gates & RANSOM_GATE.bit.ransomWord) && RANSOM_WORD.test(t)) ||
      (!!(gates & RANSOM_GATE.bit.german) && GERMAN_RANSOM_WORD.test(t));
    // Only a denial about a ransom ("police denied any ransom was sought") cancels the demands reported elsewhere and
    // silences its sentence; "denied that data was stolen, but patients got emails demanding $50" denies something else.
    const denial = gates & RANSOM_GATE.bit.denial ? DENIAL.exec(t) : null;
    // "the hackers had demanded $2 million, which the hospital denied": the relative clause denies the one before it.
    const deniedBefore =
      denial &&
      DENIED_BY_RELATIVE.test(t.slice(Math.max(0, denial.index - 40), denial.index)) &&
      DENIED_RANSOM.test(t.slice(0, denial.index));
    if (denial && (deniedBefore || DENIED_RANSOM.test(t.slice(denial.index, denial.index + denial[0].length + 60)))) {
      denied = true;
      continue;
    }
    const about = ctx.aboutIncident(s);
    if (!about && otherEarlierIncident(t)) continue;
    const money = gates & RANSOM_GATE.bit.currency || CURRENCY_SIGN.test(t) || mayHoldRand(t);
    const moneyHere = (money ? findMoney(t, s.start) : []).slice(0, MAX_CUES);
    const moneyAt = offsetsIn(moneyHere, s.start);
    const read = new SentenceReading(s, moneyHere, articleRansom);

    // Positions of this sentence's payment cues, ascending, so each sum finds the one in its clause by binary search.
    const paidHere: number[] = [];
    PAID.lastIndex = 0;
    for (let m = gates & RANSOM_GATE.bit.paid ? PAID.exec(t) : null, n = 0; m && n < MAX_CUES; m = PAID.exec(t), n++) {
      const end = m.index + m[0].length;
      const f = article.frame(t, m.index, end);
      const clause = t.slice(f.clauseStart, f.clauseEnd);
      const firstSum = firstAtOrAfter(moneyAt, f.clauseStart);
      const moneyInClause = firstSum < moneyAt.length && moneyAt[firstSum]! < f.clauseEnd;
      // After a demand stated earlier, "the hospital eventually paid up" pays that demand.
      const demandBefore = demanded.length > 0 || candidates.length > 0;
      // "$800,000, which the insurer paid": the relative clause pays the sum before it.
      const sumBefore = SUM_THEN_WHICH.test(t.slice(Math.max(0, f.clauseStart - 40), f.clauseStart));
      if (
        !ransomWord &&
        !demandBefore &&
        !ACTOR_WORD.test(clause) &&
        !((moneyInClause || sumBefore) && read.paysForKey())
      )
        continue;
      // "after weighing a restore from backup, it decided to pay": a decision ends the deliberation before it.
      const decided = f.hypothetical && DELIBERATION.test(f.modal ?? "") && DECISION.test(m[0]);
      if (f.negated || (f.hypothetical && !decided) || f.past) continue;
      if (dismissedReport(t, m.index, end)) continue;
      // "has paid $250,000 to settle potential HIPAA violations", "paid a £1m fine": a fine, settlement or damages paid
      // is no ransom payment unless its clause names a ransom or the attackers.
      if (NOT_A_RANSOM.test(clause) && !RANSOM_WORD.test(clause) && !ACTOR_WORD.test(clause)) continue;
      if (ASKED_FOR.test(t.slice(Math.max(f.clauseStart, m.index - 40), m.index))) continue;
      if (
        GENERIC_SUBJECT.test(t.slice(f.clauseStart, m.index)) ||
        (!about && OTHER_ORGANISATION.test(t.slice(f.clauseStart, m.index)))
      )
        continue;
      if (/^(?:paid|pays|paying)$/i.test(m[0]) && !PAY_CLAUSE.test(clause)) continue;
      if (OTHER_PAYMENT.test(t.slice(end, end + 40))) continue;
      // "paying $500 would extend the deadline", "paying ransoms encourages attacks": a gerund as the subject.
      if (/^paying$/i.test(m[0]) && GERUND_SUBJECT.test(t.slice(end, f.clauseEnd))) continue;
      if (/^pay/i.test(m[0]) && OUT_OF_QUESTION_AFTER.test(t.slice(end, f.clauseEnd))) continue;
      paid.push(cueIn(s, m.index, end));
      paidHere.push(m.index);
    }

    PAY_VERB.lastIndex = 0;
    // Only a negated pay-word is a refusal: a sentence without a word that can negate has none to read.
    let mayNegate: boolean | undefined;
    for (
      let m = gates & RANSOM_GATE.bit.payVerb ? PAY_VERB.exec(t) : null, n = 0;
      m && n < MAX_CUES;
      m = PAY_VERB.exec(t), n++
    ) {
      if (!(mayNegate ??= MAY_NEGATE.test(t))) break;
      // A demand told earlier makes "it will not pay" a refusal of it, though no sentence names the attack.
      if (
        !ransomWord &&
        !articleRansom &&
        !read.actor() &&
        !article.underAttack() &&
        !demanded.length &&
        !candidates.length
      )
        break;
      const f = article.frame(t, m.index, m.index + m[0].length);
      if (!f.negated || f.negatesSaying || f.past || hypotheticalRefusal(t.slice(f.clauseStart, m.index))) continue;
      if (OTHER_PAYMENT.test(t.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
      // "was not in a position to pay it yet": not yet, which is no refusal.
      if (YET_AFTER.test(t.slice(m.index, f.clauseEnd))) continue;
      const head = t.slice(f.clauseStart, m.index);
      if (ADVICE.test(head.replace(HEEDED_ADVICE, ""))) continue;
      const notYet = YET.test(head.slice(-12)) || NOT_YET.test(t.slice(m.index, f.clauseEnd));
      const didNot = !f.refusal && !notYet && VICTIM_DID_NOT.test(head);
      // "no ransom was paid", "we never paid": a payment stated as not made, which a stated sum outranks (see below).
      const weak = !f.refusal && !didNot && !notYet && deniesFact(t, m.index, m.index + m[0].length, f.clauseStart);
      if (!f.refusal && !didNot && !weak) continue;
      if (
        GENERIC_SUBJECT.test(t.slice(f.clauseStart, m.index)) ||
        (!about && OTHER_ORGANISATION.test(t.slice(f.clauseStart, m.index)))
      )
        continue;
      (weak ? unpaid : refused).push(cueIn(s, m.index, m.index + m[0].length));
    }
    REFUSED.lastIndex = 0;
    for (
      let m = gates & RANSOM_GATE.bit.refused ? REFUSED.exec(t) : null, n = 0;
      m && n < MAX_CUES;
      m = REFUSED.exec(t), n++
    ) {
      const f = article.frame(t, m.index, m.index + m[0].length);
      if (f.negated || f.hypothetical || f.past || GENERIC_SUBJECT.test(t.slice(f.clauseStart, m.index))) continue;
      if (!about && OTHER_ORGANISATION.test(t.slice(f.clauseStart, m.index))) continue;
      refused.push(cueIn(s, m.index, m.index + m[0].length));
    }

    // "The gang demanded $2 million. The hospital refused.": the demand just told is the object left out.
    if (gates & RANSOM_GATE.bit.refused && (demanded.length || candidates.length)) {
      ELIDED_REFUSAL.lastIndex = 0;
      for (let m = ELIDED_REFUSAL.exec(t), n = 0; m && n < MAX_CUES; m = ELIDED_REFUSAL.exec(t), n++) {
        const f = article.frame(t, m.index, m.index + m[0].length);
        const head = t.slice(f.clauseStart, m.index);
        if (f.negated || f.hypothetical || f.past || NOT_THE_PAYER.test(head) || GENERIC_SUBJECT.test(head)) continue;
        refused.push(cueIn(s, m.index, m.index + m[0].length));
      }
    }

    // German status cues, skipped where negated ("hat kein Lösegeld gezahlt" is read by the refusal), past or hypothetical.
    if (gates & RANSOM_GATE.bit.german)
      for (const [re, status] of GERMAN_STATUS) {
        re.lastIndex = 0;
        for (let m = re.exec(t), n = 0; m && n < MAX_CUES; m = re.exec(t), n++) {
          const f = article.frame(t, m.index, m.index + m[0].length);
          if (f.negated || f.past || f.hypothetical) continue;
          (status === "paid" ? paid : status === "refused" ? refused : demanded).push(
            cueIn(s, m.index, m.index + m[0].length),
          );
        }
      }

    // A range of sums or a statistic (inRange) is worked out only for a sentence with a demand cue or a sum, the two
    // things it rules out.
    const demands =
      gates & RANSOM_GATE.bit.demanded && (gates & RANSOM_GATE.bit.demandedWord || rareDemand(t, gates))
        ? matchesAt(DEMANDED, t, DEMAND_OPENINGS.inSentence(s), MAX_CUES)
        : [];
    for (let n = 0; n < demands.length; n++) {
      const m = demands[n]!;
      if (read.inRange()) break;
      const f = article.frame(t, m.index, m.index + m[0].length);
      // "to pressure the clinic into paying a ransom", "whether it will pay the ransom": a ransom is there to be paid.
      // "did not pay the ransom", "the ransom has not been paid": whether or not paid, a ransom was asked.
      // "will publish the data unless the ransom is paid": the modal is the threat's; the condition is the demand.
      const toBePaid = /\b(?:pay|paying|paid|met|meet|meeting|made)\b/i.test(m[0]) || /^unless\b/i.test(m[0]);
      // "would not say how much the attackers are demanding": the modal governs the saying, and the demand stands.
      const withheld = SIZE_WITHHELD.test(t.slice(f.clauseStart, f.clauseEnd));
      // "has not decided how to respond to the group's demand": a definite demand is there whatever is not said of it.
      // "declined to give in to the ransom demand", "rejected the gang's demand": a refusal presupposes the demand.
      // Only a noun is presupposed: in "whether the attackers demanded a ransom" the definite words are the asker's.
      const stands =
        (f.negatesSaying && !ASKING_VERB.test(m[0]) && presupposed(t, m.index, f.clauseStart)) ||
        (f.refusal && !toBePaid);
      if (f.past || (f.possibility && !toBePaid && !(f.negatesSaying && (withheld || stands)))) continue;
      // "The attackers demanded no ransom": the negation stands inside the object, where frameCue does not look.
      if (!f.negated && ASKING.test(m[0]) && NO_OBJECT.test(m[0])) {
        denied = true;
        continue;
      }
      if (f.negated && !toBePaid && !withheld && !stands) {
        // "The attackers were not demanding a ransom" denies one; "it did not comment on any ransom demand" says nothing.
        if (
          !f.negatesSaying &&
          ASKING.test(m[0]) &&
          !/\b(?:further|new|additional|second|other)\b/i.test(t.slice(f.clauseStart, m.index))
        )
          denied = true;
        continue;
      }
      // "asked for $2 million in state funding": the sum the cue asks for is no ransom, so nor is the asking.
      if (SUM_NEXT.test(m[0]) && sumNoRansom(t, moneyHere, s.start, m.index + m[0].length)) continue;
      demanded.push(cueIn(s, m.index, m.index + m[0].length));
    }

    if (gates & RANSOM_GATE.bit.demanded && MONEY_WANTED_WORDS.test(t)) {
      WANTS_MONEY.lastIndex = 0;
      for (let m = WANTS_MONEY.exec(t), n = 0; m && n < MAX_CUES; m = WANTS_MONEY.exec(t), n++) {
        const f = article.frame(t, m.index, m.index + m[0].length);
        if (f.past || f.negated || f.possibility || GENERIC_SUBJECT.test(t.slice(f.clauseStart, m.index))) continue;
        // "the attackers did not want money": negated between the attackers and their wanting.
        if (/\b(?:not|never|no longer)\b|n't\b/i.test(m[0])) continue;
        demanded.push(cueIn(s, m.index, m.index + m[0].length));
      }
    }

    if (gates & RANSOM_GATE.bit.contact) {
      CONTACT_ATTACKERS.lastIndex = 0;
      for (let m = CONTACT_ATTACKERS.exec(t), n = 0; m && n < MAX_CUES; m = CONTACT_ATTACKERS.exec(t), n++) {
        const f = article.frame(t, m.index, m.index + m[0].length);
        if (f.past || f.negated || GENERIC_SUBJECT.test(t.slice(f.clauseStart, m.index))) continue;
        demanded.push(cueIn(s, m.index, m.index + m[0].length));
      }
    }

    // Ultimatums ("N days to find $X or see ..."): a demand, and the span whose sum is the one asked.
    const ultimatums: number[] = [];
    if (
      (gates & RANSOM_GATE.bit.ultimatum || (money && FIND_WORD.test(t))) &&
      (article.underAttack() || read.actor())
    ) {
      ULTIMATUM.lastIndex = 0;
      for (let m = ULTIMATUM.exec(t), n = 0; m && n < MAX_CUES; m = ULTIMATUM.exec(t), n++) {
        const f = article.frame(t, m.index, m.index + m[0].length);
        if (f.past || f.negated || f.hypothetical || GENERIC_SUBJECT.test(t.slice(f.clauseStart, m.index))) continue;
        // "pay the fine or face prosecution", "pay for parking or risk a ticket": something other than a ransom.
        if (NOT_A_RANSOM.test(m[0]) || OTHER_PAYMENT.test(t.slice(m.index + 3, m.index + 43))) continue;
        demanded.push(cueIn(s, m.index, m.index + m[0].length));
        ultimatums.push(m.index, m.index + m[0].length);
      }
    }

    moneyHere.forEach((money, i) => {
      if (read.inRange()) return;
      if (PER_UNIT.test(t.slice(money.end - s.start, money.end - s.start + 30))) {
        const f = article.frame(t, money.start - s.start, money.end - s.start);
        if (!f.past && !f.negated && ASK_CLAUSE.test(t.slice(f.clauseStart, f.clauseEnd)))
          demanded.push(cueIn(s, money.start - s.start, money.end - s.start));
        return;
      }
      if (notARansom(t, money, moneyHere[i - 1], s.start)) return;
      const f = article.frame(t, money.start - s.start, money.end - s.start);
      const at = money.start - s.start;
      // The people asked stand before the sum: "demanded $5m, and 200,000 patients received letters" asks the victim.
      if (PATIENT_WORD.test(t) && PATIENTS_ASKED.test(t.slice(Math.max(0, at - 160), at))) {
        const next = firstAtOrAfter(paidHere, f.clauseStart);
        if (!(next < paidHere.length && paidHere[next]! < f.clauseEnd)) {
          const asked = t.slice(f.clauseStart, f.clauseEnd);
          if (!f.past && !f.negated && (ASK_CLAUSE.test(asked) || PAY_CLAUSE.test(asked)))
            demanded.push(cueIn(s, at, money.end - s.start));
          return;
        }
      }
      // "could demand up to $5 million" is no demand; "offered to sell the data for 10 BTC" is an asking price.
      if (f.past || (f.modal && POSSIBLE.test(f.modal))) return;
      const clause = t.slice(f.clauseStart, f.clauseEnd);
      // "Asking price: $100,000", a listing's field: the label says what the sum is, wherever the victim is named.
      const labelled =
        t.charCodeAt(f.clauseStart - 1) === 58 &&
        ASK_BEFORE_COLON.test(t.slice(Math.max(0, f.clauseStart - 60), f.clauseStart));
      let inUltimatum = false;
      for (let k = 0; k < ultimatums.length; k += 2)
        if (ultimatums[k]! <= at && at < ultimatums[k + 1]!) inUltimatum = true;
      const asks = ASK_CLAUSE.test(clause) || labelled || inUltimatum;
      // "$1.1 million, which the insurer then paid": the relative clause says what became of the sum.
      const after = t.slice(money.end - s.start, money.end - s.start + 120);
      const toWallet = TO_ATTACKERS_WALLET.test(after);
      if (toWallet && !f.negated && !f.hypothetical) paid.push(cueIn(s, at, money.end - s.start));
      const paidAfter = toWallet || PAID_RELATIVE.test(after.slice(0, 60));
      const pays = (paidAfter || PAY_CLAUSE.test(clause)) && read.paysForKey();
      // A sum paid to settle or as a fine (see the payment cues above) is no ransom either.
      if (pays && !asks && NOT_A_RANSOM.test(clause) && !RANSOM_WORD.test(clause) && !ACTOR_WORD.test(clause)) return;
      // A sum paid "over" what happened is paid because of it, a settlement or penalty, whatever the clause goes on to
      // tell: "Hospital pays $4.75 million over employee who sold patient data".
      if (PAID_OVER.test(after) && PAY_CLAUSE.test(clause) && !RANSOM_WORD.test(clause)) return;
      const clauseSays = asks || pays;
      // The one machine is named between this sum and the next in its currency, the price for more.
      const nextSum = asks ? moneyHere.find((o, k) => k > i && o.currency === money.currency) : undefined;
      if (nextSum && ONE_MACHINE.test(t.slice(money.end - s.start, nextSum.start - s.start))) {
        demanded.push(cueIn(s, money.start - s.start, money.end - s.start));
        return;
      }
      if (!ransomWord && !labelled && !(clauseSays && (about || read.actor() || theyAsk(clause, article)))) return;
      const next = firstAtOrAfter(paidHere, f.clauseStart);
      const inPaidClause = next < paidHere.length && paidHere[next]! < f.clauseEnd;
      const score = (about ? 2 : 0) + (clauseSays ? 2 : 0) + (ransomWord ? 1 : 0);
      candidates.push({ money, score, sentence: s, paid: inPaidClause || paidAfter });
    });
  }

  // A bare figure that a scaled one repeats ("€4.2" in a cut headline, "€4.2 million" in the body) gives way to it.
  const scaledSums = new Set(
    candidates.filter((c) => c.money.scaled).map((c) => sumKey(c.money.currency, c.money.amount)),
  );
  const kept = candidates.filter(
    (c) => c.money.scaled || ![1e3, 1e6, 1e9].some((k) => scaledSums.has(sumKey(c.money.currency, c.money.amount * k))),
  );
  let best: Candidate | null = null;
  // Of sums that rank alike, one stated exactly outranks one given as a bound: "asking for more than $18,000 in
  // bitcoins", then "45 bitcoins buys keys for all of them".
  for (const c of kept)
    if (!best || c.score > best.score || (c.score === best.score && bounded(best) && !bounded(c))) best = c;
  const paidSum = kept.find((c) => c.paid && c.score >= (best?.score ?? 0) - 2);

  let status: Ransom["status"] = "not-mentioned";
  let statusCue: StatusCue | null = null;
  if (paid.length) [status, statusCue] = ["paid", paid[0]!];
  else if (refused.length) [status, statusCue] = ["refused", refused[0]!];
  else if (!denied && best) [status, statusCue] = ["demanded-amount", null];
  else if (unpaid.length) [status, statusCue] = ["refused", unpaid[0]!];
  else if (!denied && demanded.length) [status, statusCue] = ["demanded-undisclosed", demanded[0]!];
  const sum =
    status === "paid" && paidSum
      ? paidSum
      : status === "paid" || status === "refused" || status === "demanded-amount"
        ? best
        : null;
  const ransom: Ransom = { status, amount: sum ? sum.money.amount : null, currency: sum ? sum.money.currency : null };

  // The quoted sentence must say what the status says: the sum's sentence when it does (a demand, or a payment that
  // states the sum), else the sentence of the status cue.
  let evidence: { start: number; end: number; sentence: Sentence } | null = null;
  if (sum && (status === "demanded-amount" || (status === "paid" && sum.paid) || statusCue?.sentence === sum.sentence))
    evidence = { start: sum.money.start, end: sum.money.end, sentence: sum.sentence };
  else if (statusCue) evidence = { start: statusCue.start, end: statusCue.end, sentence: statusCue.sentence };
  return { ransom, evidence };
}
