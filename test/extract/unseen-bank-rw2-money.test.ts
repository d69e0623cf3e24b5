// The second reworded money bank (unseen-bank-rw2-money.ts): dev articles told again for their ransom, head-counts,
// volumes, countries and attackers must give the dev labels. Cases still wrong are listed in KNOWN_GAPS with their class
// of failure and run as expected failures, so fixing one makes this file fail until its entry is removed.
import { RW2_MONEY_ROUND_1, RW2_MONEY_ROUND_2 } from "./unseen-bank-rw2-money";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  // Round 1 (28 cases; 18 passed before any fix, 24 after). Fixed classes: handing over a sum written with a currency
  // sign (the refusal pattern's trailing word boundary could not stand before "$" or "£"), an ultimatum as a demand ("has
  // two days to find 900,000 US dollars or see", "told to pay up by July 5 or see"), a hacker introduced by a relative
  // clause ("who goes by xenZen"), records covering a head-count refining a round figure ("half a million" ->
  // "1.2 million records covering 550,000"), a sentence opening on an earlier time and naming another organisation
  // ("Earlier this year the doctors at Brookside ENT ... refused to pay a $6,500 ransom"). Closed later (session 12): a
  // sum that reached the attackers' wallet with no pay-word, and a group after "tied to" whose apposition claims the
  // attack (a007).
  "money-rw2-b213": "relevance: a regulator's fine for a ransomware attack on an NHS supplier read as not relevant",
  // Round 2 (12 cases, written after round 1's fixes; 8 passed before any fix, 9 after). Fixed class: a note telling
  // the victim to get in touch with the hackers (a demand); also read: "looked through the files of 14 patients".
  "money-rw2-a022":
    "attackers: the group named only in the advisory's general sentence, then 'the group hit OakBend' for this incident",
  "money-rw2-b212": "relevance: ambulance pager messages published online read as not relevant",
  "money-rw2-a015":
    "attackers: a group in a concurrent event ('The claims come as the Monti gang admits hitting Wayne Memorial Hospital') listed",
};

describeBank(
  "second reworded money bank: each case matches its dev labels",
  [...RW2_MONEY_ROUND_1, ...RW2_MONEY_ROUND_2],
  KNOWN_GAPS,
);
