// Dev articles reworded a third time for the attack-type, impact and relevance fields (unseen-bank-rw3-attacks.ts): the
// same facts told in other words must give the dev labels. Cases the extractor still gets wrong are listed in
// KNOWN_GAPS with their class of failure and run as expected failures, so fixing one makes this file fail until its
// entry is removed.
import { RW3_ATTACKS_BANK } from "./unseen-bank-rw3-attacks";
import { describeBank } from "./unseen-shapes-check";

// Round 1 (20 cases: 18 relevant, 2 not relevant): 18/20 before any fix, 20/20 after the fixes of
// impact-asides-and-prospects.test.ts (an aside between an effect's subject and its verb, "Customers' data, tax details
// included, was leaked"; a present ability, "once it is able to reschedule appointments", as a prospect).
// Round 2 (10 cases: 9 relevant, 1 not relevant), written after those fixes: 9/10 before any fix. attacks-rw3-a015
// failed on attack types because the rewording had dropped the dev text's "ransomware incidents" (a slip of the bank,
// corrected: the fact is kept now) and on attackers, a known gap of that field.
const KNOWN_GAPS: Record<string, string> = {
  "attacks-rw3-a015":
    "attackers: a concurrent claim by another gang in a 'The claims come as the Monti ransomware gang admits to compromising X' sentence lists that gang",
};

describeBank(
  "third attack and impact rewordings of dev articles: each case matches its dev labels",
  RW3_ATTACKS_BANK,
  KNOWN_GAPS,
);
