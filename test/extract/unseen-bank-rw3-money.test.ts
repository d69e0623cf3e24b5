// The third reworded money bank (unseen-bank-rw3-money.ts): dev articles told again for their ransom, head-counts,
// volumes, countries and attackers must give the dev labels. Cases still wrong are listed in KNOWN_GAPS with their class
// of failure and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { RW3_MONEY_ROUND_1, RW3_MONEY_ROUND_2 } from "./unseen-bank-rw3-money";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (20 cases; 18 passed before any fix). Fixed class: a gang's habit told through its usual method or an
  // indefinite victim ("Its usual method is to threaten ... unless a victim pays a ransom").
  "money-rw3-b211":
    "country: a regulator's name ('informed the Information Commissioner') read as GB, where the dev label leaves a text with no place null (other dev labels read the ICO as GB)",
  // Round 2 (11 cases, written after round 1's fixes; 10 passed before any fix). Fixed class: a threat on condition
  // that the gang's own demand is met ("will be published shortly unless its ransom demand is met").
};

describeBank(
  "third reworded money bank: each case matches its dev labels",
  [...RW3_MONEY_ROUND_1, ...RW3_MONEY_ROUND_2],
  KNOWN_GAPS,
);
