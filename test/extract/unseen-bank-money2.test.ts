// The second money bank (unseen-bank-money2.ts): ransom, attack types, people affected, data volume and attacker groups
// as other newsrooms write them, and dev articles reworded. Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { MONEY2_ROUND_1, MONEY2_ROUND_2 } from "./unseen-bank-money2";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "mm1-habit-range-then-ask":
    "attack types: the claim 'and says it holds patient files' far from its subject is no theft",
  "mm1-leaked-builder":
    "attackers: a gang whose leaked builder others used ('but the attackers are not LockBit') is listed",
  "mm1-rw-a091":
    "attack types: 'the data was not compromised until January 7' is no theft (data compromised counts only when no other type is stated)",
  "mm2-rw-a038":
    "label disputed: the dev label calls the attack ransomware though the excerpt only calls LockBit 'the ransomware gang' (the guide says that alone does not make it one)",
};

describeBank("unseen money bank 2: each case matches its labels", [...MONEY2_ROUND_1, ...MONEY2_ROUND_2], KNOWN_GAPS);
