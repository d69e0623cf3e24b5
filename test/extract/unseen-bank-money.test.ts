// The money bank (unseen-bank-money.ts): ransom status and amount, people affected, data volume and attacker groups as
// other newsrooms write them. Cases the extractor still gets wrong are listed in KNOWN_GAPS with their class of failure
// and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { MONEY_ROUND_1, MONEY_ROUND_2, MONEY_ROUND_3, MONEY_ROUND_4 } from "./unseen-bank-money";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "m2-reward": "relevance: the attack is told only in a relative clause ('the gang that attacked X')",
  "m2-people-beds-visits": "victim: 'Ridgeback Memorial' has no healthcare word, so not relevant",
  "m2-volume-gigs": "relevance: 'took data from' a clinic is no cyber phrase",
};

describeBank(
  "unseen money bank: each case matches its labels",
  [...MONEY_ROUND_1, ...MONEY_ROUND_2, ...MONEY_ROUND_3, ...MONEY_ROUND_4],
  KNOWN_GAPS,
);
