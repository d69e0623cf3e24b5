// The second money bank (unseen-bank-money2.ts): ransom, attack types, people affected, data volume and attacker groups
// as other newsrooms write them, and dev articles reworded. Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { MONEY2_ROUND_1 } from "./unseen-bank-money2";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "mm1-words-and-a-half": "ransom: a sum in words with a fraction ('two and a half million dollars') not read",
  "mm1-habit-range-then-ask": "attack types: the claim 'and says it holds patient files' far from its subject is no theft",
  "mm1-demand-raised": "ransom: a demand raised ('then raised the demand to $3 million') keeps the first sum",
  "mm1-negotiated-insurer-paid": "ransom: the sum a relative clause says was paid ('$1.1 million, which the insurer then paid') lost",
  "mm1-insurer-paid-no-sum": "attack types: an encrypted 'archive' is no encrypted thing",
  "mm1-countdown": "attack types: a countdown 'before 120 GB of patient records are released' is no threat or theft",
  "mm1-pounds-k": "victim: 'Thornleigh GP Federation' is not read as a victim, so not relevant",
  "mm1-people-revised": "people: a count revised upward ('raised that figure to 11,500') keeps the first",
  "mm1-volume-half-tb": "volume: 'half a terabyte' not read",
  "mm1-volume-mb": "relevance: 'an intruder downloaded 350 MB ... from X's file server' is no cyber phrase",
  "mm1-affiliate": "attack types: encrypted 'schedules' are no encrypted thing",
  "mm1-denied-then-other": "attackers: a group that denied involvement is listed",
  "mm1-quoted-name": "attack types: 'will publish them on Friday' (a threat told as a plan) is no extortion",
  "mm1-leaked-builder": "attackers: a gang whose leaked builder others used ('but the attackers are not LockBit') is listed",
  "mm1-rw-b214": "attack types: 'papers were leaked through Telegram chatbots' is no theft, so the demand is no extortion",
  "mm1-rw-a091": "attack types: 'the data was not compromised until January 7' read as negated",
  "mm1-rw-b307": "attack types: a demand with the victim between verb and sum ('asked X for $750,000') is no ransom cue",
  "mm1-rw-b318": "ransom: 'accused the centre of refusing to make a deal' is no refusal",
};

describeBank("unseen money bank 2: each case matches its labels", [...MONEY2_ROUND_1], KNOWN_GAPS);
