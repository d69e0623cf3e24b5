// The fourth reworded money bank (unseen-bank-rw4-money.ts): dev articles told again in other newsrooms' voices must
// give the dev labels for ransom, head-counts, volumes, countries and attackers. Cases still wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { RW4_MONEY_ROUND_1 } from "./unseen-bank-rw4-money";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (17 cases; 12 passed before any fix).
  "money-rw4-b104":
    "ransom_status: a payment told through a decision noun ('made the deliberate decision to pay the ransom requested') read as a demand",
  "money-rw4-b239":
    "ransom_status: a demand negated inside its object ('The perpetrators demanded no ransom') read as a demand",
};

describeBank("fourth reworded money bank: each case matches its dev labels", [...RW4_MONEY_ROUND_1], KNOWN_GAPS);
