// Groups the gazetteer does not know, named where the text introduces them as a group: "a previously unknown
// ransomware gang, Blackout, claimed", "the hacker, known as Zenbyte", "ransomware group D#nut Leaks".
// Design note: new groups appear every month and news names them with a small set of constructions (a group noun in
// apposition, "known as", "going by", "calling itself"). Only those constructions are read, the name must look like a
// name (a capital, a digit or a sign such as "#" in its first word) and ordinary sentence words are refused, so a
// capitalised word after "ransomware gang" that is a weekday, a month, a nationality or a determiner is not a group.
import { COUNTRY_NAMES } from "../model/countries";

// "the hacker, who goes by xenZen": a relative clause introduces the name as the participle does.
const INTRO =
  "known as|also known as|going by|goes by|(?:who|which) (?:goes|went) by|(?:who|which) (?:is|was) known as|calling (?:itself|himself|themselves)|who calls? (?:itself|himself|themselves)|dubbed|named|called|under the (?:name|alias|handle|moniker)";
const SELF_NAMED =
  "(?:who|which) (?:goes|went) by|(?:who|which) (?:is|was) known as|calling (?:itself|themselves)|calls (?:itself|themselves)|who call themselves|known as|also known as|going by|goes by";
// One word of a name: letters, digits and the signs groups put in names ("D#nut", "Lapsus$", "Ransomed.vc").
const WORD = "[\\p{L}\\p{N}][\\p{L}\\p{N}#$@&!_]{0,30}(?:\\.[\\p{L}]{1,8})?";
const NAME = `["']?(${WORD}(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}#$@&!_]{0,30}){0,2})["']?`;
// "ransomware gang Blackout", "a hacking group, called Foo,"; the intro verb is optional after a full group noun.
const AFTER_GROUP_NOUN = new RegExp(
  `\\b(?:[Rr]ansomware|[Ee]xtortion|[Hh]acking|[Hh]acker|[Hh]acktivist|[Cc]ybercrime|[Cc]yber-?criminal|[Cc]riminal|[Tt]hreat|[Dd]ata[- ]leak) (?:gang|group|operation|outfit|crew|collective|actor|cartel|team|syndicate)s?,?(?: (?:${INTRO}))? ${NAME}`,
  "gu",
);
// "a hacker going by xenZen", "an individual calling himself Foo": a bare noun needs the intro verb; "group" and "gang"
// need one that can only introduce a name ("a support group called Friends of the Ward" is no attacker).
const AFTER_INTRO = new RegExp(
  `\\b(?:(?:hackers?|attackers?|actors?|individual|cyber ?criminals?|perpetrators?|culprits?|persona),? (?:${INTRO})|(?:group|gang),? (?:${SELF_NAMED})) ${NAME}`,
  "gu",
);
// "Vexa Team, a relatively new ransomware gang, claimed": an appositive group noun after a comma, and the name before
// it (read backwards from the comma, so the pattern runs at commas only).
// A group noun followed by its verb opens the next clause, not an apposition: in "according to a notice seen by Cyber
// Ledger, a threat actor used stolen credentials" the name before the comma is the outlet's.
const APPOSITIVE_GROUP_NOUN =
  /, (?:a|an) (?:[a-z-]{1,20} ){0,3}(?:ransomware|extortion|hacking|hacker|hacktivist|cybercrime|cyber-?criminal|threat) (?:gang|group|operation|outfit|crew|collective|actor|cartel|team|syndicate)\b(?!'| (?:used|stole|gained|got|broke|accessed|copied|took|claimed|encrypted|exfiltrated|demanded|posted|leaked|hacked|breached|attacked|has|had|is|was|says|said|sent|emailed|contacted)\b)/g;
// A bare group noun in apposition introduces a group when its relative clause tells a crime: "Marketo, a group that sells
// stolen data, claimed ..." ("Alder Group, a group that runs clinics," is no attacker).
const APPOSITIVE_CRIMINAL_CLAUSE =
  /, (?:a|an) (?:[a-z-]{1,20} ){0,2}(?:gang|group|crew|outfit|collective|syndicate) (?:that|which|who) (?:[a-z-]{1,20} ){0,6}?(?:stolen|steals?|stole|sells? stolen|sold stolen|leaks?|leaked|extorts?|extorted|hacks?|hacked|breach(?:es|ed)|ransoms?)\b/g;
const NAME_BEFORE_COMMA =
  /(?:^|[^\p{L}\p{N}#$@&!_])((?:[\p{Lu}\p{N}][\p{L}\p{N}#$@&!_]{0,30} ){0,2}[\p{Lu}\p{N}][\p{L}\p{N}#$@&!_]{0,30})$/u;
// A name followed by a reporting verb is the researcher, not the group ("a threat actor Microsoft tracks as Storm-0501").
// A group speaking of what it did is no researcher: "the criminal group Nova says it took 300 gigabytes".
const REPORTER_AFTER =
  /^ (?:tracks|tracked|calls|called|dubs|dubbed|names|named|(?:says|said)(?! (?:it|they) (?:had |has |have )?(?:stole|stolen|took|taken|holds?|hacked|breached|attacked|encrypted|obtained|exfiltrated|copied)\b)|reports|reported|identified|identifies|describes|described|attributes|attributed|refers|monitors)\b/;

const INTRO_HINT =
  / (?:gang|group|operation|outfit|crew|collective|actor|cartel|team|syndicate|known as|going by|goes by|went by|calling|calls|call|dubbed|named|called|under the)s?[ ,.;:)]/;

// What AFTER_INTRO cannot match without (its intro phrases, with the spaces around them): most articles hold none, and
// this search costs a fraction of the pattern over the whole text. Keep in step with INTRO and SELF_NAMED.
const INTRO_PHRASE = / (?:known as|going by|goes by|went by|calling|calls|who calls?|dubbed|named|called|under the) /;

const NOT_A_NAME = new Set(
  (
    "a an the this that these those it its their his her our your my one some any another other same new unknown " +
    "previously relatively little notorious prolific infamous known well russian-speaking based who which whose " +
    "ransomware group gang hackers hacker cybercriminals claimed has had have is was are were said says also and or but " +
    "in on at of for from by with to as after before since during behind " +
    "monday tuesday wednesday thursday friday saturday sunday " +
    "january february march april may june july august september october november december " +
    "according however last earlier yesterday today recently now still then first both all each several many most what " +
    "when where while if because so not no just only meanwhile separately later additionally similarly instead overall " +
    "in-house " +
    "mr ms mrs dr health healthcare hospital medical"
  ).split(" "),
);

/** A group name the text introduces, with its span. */
export interface IntroducedName {
  name: string;
  start: number;
  end: number;
}

// The name as introduced, without a possessive or a closing dot, with trailing words that are not part of it cut.
function cleanName(raw: string): string | null {
  const words = raw.replace(/(?:'s|\.)$/, "").split(" ");
  while (words.length > 1 && NOT_A_NAME.has(words[words.length - 1]!.toLowerCase())) words.pop();
  const first = words[0]!;
  const lower = first.toLowerCase();
  if (NOT_A_NAME.has(lower) || COUNTRY_NAMES.has(first)) return null;
  if (!/[\p{Lu}\p{N}#$]/u.test(first)) return null;
  return words.join(" ");
}

/** Names introduced as a group's in `text`, left to right (each introduction once). */
export function findIntroducedNames(text: string): IntroducedName[] {
  const out: IntroducedName[] = [];
  // Every introduction holds one of these words; most articles hold none, and a plain search is cheaper than the patterns.
  if (!INTRO_HINT.test(text)) return out;
  for (const re of [APPOSITIVE_GROUP_NOUN, APPOSITIVE_CRIMINAL_CLAUSE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, m.index - 100), m.index));
      const name = before ? cleanName(before[1]!) : null;
      if (name)
        out.push({ name, start: m.index - before![1]!.length, end: m.index - before![1]!.length + name.length });
    }
  }
  for (const re of INTRO_PHRASE.test(text) ? [AFTER_GROUP_NOUN, AFTER_INTRO] : [AFTER_GROUP_NOUN]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const name = cleanName(m[1]!);
      if (!name) continue;
      const start = m.index + m[0].lastIndexOf(m[1]!);
      if (REPORTER_AFTER.test(text.slice(start + name.length, start + name.length + 14))) continue;
      out.push({ name, start, end: start + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
