// The digest blind bank (unseen-bank-blind-digest.ts): each case must match its labels field by field; the cases the
// extractor still gets wrong run as expected failures with their class of failure. Round 1 (11 cases, labelled before
// any run): 0 passed before any fix (66 of 111 fields); the biggest class, other items' groups, ransoms, counts,
// volumes, outages and attack kinds read as the healthcare item's (a01-a06, a08, a10, a11; and hard-c03, hard-d04 of
// the hard bank), was fixed once in scope (digest-items.ts: the page cut into items by layout, every other body's item
// out of scope for every field): 4 passed after (101 of 111 fields), the rest failing on classes of their own below; 'community health clinics' read as
// primary care then closed a07, and a roundup's credits line read as furniture a01 (6 passed, 103 of 111 fields).
// Round 2 (6 cases, written after round 1's fixes and labelled before any run): 3 passed before any fix (40 of 56
// fields): teaser-length bullets after "Also this week:" or "In brief" whose healthcare one has no healthcare word in
// its name (b02, b06), and a digest filed under sector headings with no roundup label (b04); with those read as digest
// items, and a fused "BlueCross BlueShield" brand read as a health insurer's name (b06), 5 passed (55 of 56 fields);
// patients "turned away from outpatient appointments" read as appointments cancelled, all 6 (56 of 56).
import { BLIND_DIGEST_BANK } from "./unseen-bank-blind-digest";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "digest-a02":
    "relevance: the healthcare item is taken since a country word before a specialty makes a name ('American Addiction Centers, which runs ...'), but the digest's headline lists another item's 'arrest', read as an advice or arrest piece whose headline does not name the victim",
  "digest-a04":
    "victim type: a provider known by a name with no health word ('Planned Parenthood Los Angeles says hackers who broke into its network ... stole ... data on about 400,000 patients') is taken since its patients' data tells a healthcare body, but nothing tells its kind (clinic), so it is typed other-healthcare",
  "digest-a05":
    "victims: a French hospital named with a lower-case kind after the name ('the Versailles hospital centre, which runs the André-Mignot hospital') gives 'Versailles' alone",
  "digest-a09":
    "relevance (advisory, kind (c)): a health-sector alert about a group in a roundup of non-healthcare victims ('warning hospitals that it has increasingly targeted the health sector') reads as a healthcare incident",
};

describeBank(
  "digest blind bank (roundups, newsletter digests, briefs, live blogs, show notes): each case matches its labels",
  BLIND_DIGEST_BANK,
  KNOWN_GAPS,
);
