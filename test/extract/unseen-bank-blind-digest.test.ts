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
// Round 3 (11 cases, c01-c11, 6 whole pages, labelled before any run): 3 passed before any fix (82 of 111 fields; 4 and 83 with
// c02's label as fixed below). Classes:
// a body's kind word ("The hospital said") taken as a name the headline's "hospital" picks (c01); an item's heading read
// apart from its paragraph (c01); a turn after a timestamp ("15:10 - Unrelated to Tournai:") joined to the incident by
// the place it names, and live-blog entries naming a responder or a day ("Monday and Tuesday") cut off though they say
// "the hospital" (c04); pages of bullets, numbers or slugs with no digest label (c03, c06, c10), with incident words
// missing ("broke into", "network security issue"); a rundown's slug read as a victim (c03); a headline joining two
// items (c11); "archives" published not read as leaked data (c01); "covering up to 40,000 patients" after a comma (c11).
// One label fixed by the guide (c02: a prevented encryption is encryption mentioned for the attack). After the fixes:
// 9 passed (107 of 111 fields).
// Round 4 (6 cases, d01-d06, written after round 3's fixes and labelled before any run): 1 passed before any fix (47 of
// 56 fields). Classes: timestamps written "4:55pm -" not read as entries, so the minister's entry gave a victim and a
// "For context: in 2017, ..." entry its sale of data (d03); unnamed bullets under a "FROM THE WIRES" heading and an
// unnamed list item ("A hacker is offering data taken from a Texas orthopedic clinic") read as the incident's (d01,
// d05); "a surgical practice" not read as a clinic (d02, left as a known gap: its cue changed output under the gates).
// After the fixes: 4 passed (53 of 56 fields).
// Round 5 (10 cases, e01-e10, new page kinds: a podcast transcript, a hospital's newsroom page with an FAQ, board
// minutes, a staff account on Reddit retold, a tracker digest, a machine-translated wire digest, a newsletter with a
// correction, an op-ed, a morning brief; 5 whole pages; written after round 4's fixes and labelled before any run): 4
// passed before any fix (81 of 99 fields). Classes: a fused brand's healthcare head ('UnitedHealth Group' read as
// 'Health Group') matched by the roundup label's 'Health' (e04); a tracker's lines opened by an arrow ('▸ Rhysida ·') not
// cut into items, and a line putting data up for auction telling no incident (e05); a morning brief's headline ('Five
// things to know this morning') read as an advice listicle (e10); dated accounts after 'It is not new.' ('In 2016, X
// paid ...', 'In 2017, WannaCry shut down ...') read as this incident's, and ambulances told by what they carry ('sent
// ambulances carrying trauma and stroke patients to other hospitals') not read as diverted, and a closure in a count of
// other bodies hit ('dozens of US hospitals and clinics have been hit, from a family practice ... that had to close')
// read as this incident's (e08); a newsletter's masthead holding care words ('Primary Care Security Notes: ...') read as
// a victim (e07); a podcast transcript cut into items by its speakers' turns, so the supplier's own turns ('NHS England
// says ... postponed', 'Qilin posted ... Synnovis data') went out of scope, and a leak whose object opens on a quantity
// glossed by the gang ('posted almost 400 gigabytes of what it says is Synnovis data') not read (e01). After the fixes:
// 9 passed (97 of 99 fields); dev score unchanged (0.987, every field as before).
import { BLIND_DIGEST_BANK } from "./unseen-bank-blind-digest";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "digest-e08":
    "relevance (closed on its branch, reopened at merge): the opinion-page rule of the hard and us branches reads a page labelled 'OPINION | Guest column' as a policy piece, relevant only when its headline names the body attacked; this column's headline does not, though its body tells the week's attack with its date and effects, which the guide counts as reporting it",
  "digest-e01":
    "victims: a name with no health word in a spoken apposition ('Synnovis, that's the pathology company that runs ...') is missed, two hospitals joined by 'and' ('King's College Hospital and Guy's and St Thomas'') are read as one name, and a blood service that appeals for donors ('NHS Blood and Transplant put out a call') is read as a victim (responders read as victims); attack types (label question): a reported demand beside the leak is read as extortion, as the rules read a ransom with a leak; the label, written first, reads only threats as extortion",
  "digest-a02":
    "relevance: the healthcare item is taken since a country word before a specialty makes a name ('American Addiction Centers, which runs ...'), but the digest's headline lists another item's 'arrest', read as an advice or arrest piece whose headline does not name the victim",
  "digest-a04":
    "victim type: a provider known by a name with no health word ('Planned Parenthood Los Angeles says hackers who broke into its network ... stole ... data on about 400,000 patients') is taken since its patients' data tells a healthcare body, but nothing tells its kind (clinic), so it is typed other-healthcare",
  "digest-a05":
    "victims: a French hospital named with a lower-case kind after the name ('the Versailles hospital centre, which runs the André-Mignot hospital') gives 'Versailles' alone",
  "digest-c08":
    "victims: an insurer known by a brand with no health word ('Blue Shield of California ... members' health information') is not read as healthcare, so nothing is relevant",
  "digest-d02":
    "type: a surgeons' practice ('Columbia Surgical Specialists, a surgical practice') is read as other healthcare, not a clinic",
  "digest-d04":
    "victims: the host hospitals a practice treats patients at ('radiation therapy at its sites at The Queen's Medical Center and Pali Momi Medical Center') are listed as victims; impact (label debatable): 'its systems are being restored' read as systems offline",
  "digest-a09":
    "relevance (advisory, kind (c)): a health-sector alert about a group in a roundup of non-healthcare victims ('warning hospitals that it has increasingly targeted the health sector') reads as a healthcare incident",
};

describeBank(
  "digest blind bank (roundups, newsletter digests, briefs, live blogs, show notes): each case matches its labels",
  BLIND_DIGEST_BANK,
  KNOWN_GAPS,
);
