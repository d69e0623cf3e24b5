// The fourth reworded money bank (unseen-bank-rw4-money.ts): dev articles told again in other newsrooms' voices must
// give the dev labels for ransom, head-counts, volumes, countries and attackers. Cases still wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { RW4_MONEY_ROUND_1, RW4_MONEY_ROUND_2 } from "./unseen-bank-rw4-money";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (17 cases; 12 passed before any fix). Fixed classes: a tactic glossed where it is named ("double
  // extortion": ...); a definition opening on an indefinite kind with its source ("A ransomware attack, as CISA
  // describes it, encrypts ..."); a vendor's customers said to be organisations; a demand negated inside its object
  // ("demanded no ransom"); a payment told through a decision noun after a deliberation ("after weighing ... made the
  // decision to pay").
  // Round 2 (12 cases, written after round 1's fixes; 11 passed before any fix). The twelfth (b237) failed on its
  // country because the rewording had dropped the dev text's only place ("Star Health India customers"), now kept.
};

describeBank(
  "fourth reworded money bank: each case matches its dev labels",
  [...RW4_MONEY_ROUND_1, ...RW4_MONEY_ROUND_2],
  KNOWN_GAPS,
);
