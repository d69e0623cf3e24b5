// Security companies quoted on an attack are sources, never its victims, even when their names hold a health word
// ("threat intelligence firm Northgate Labs", "researchers at Halden Labs", "Kestrel Labs, a cybersecurity company,").
// The gazetteer of named firms (data/org-cues.ts NOT_A_VICTIM) cannot know every one; the text's description of them can.

const SECURITY = String.raw`(?:cyber-?\s?security|security|infosec|threat[- ]intel(?:ligence)?|incident[- ]response|(?:digital )?forensics?|dark[- ]web (?:monitoring|intelligence)|blockchain (?:analytics|analysis)|ransomware (?:negotiation|recovery|tracking))`;
const SECURITY_BEFORE = new RegExp(
  String.raw`(?<!\b(?:breach(?:es)?|attacks?|hack|intrusion|compromise|incident) (?:at|on|of|against) (?:the )?)\b(?:${SECURITY}\s+(?:firm|company|vendor|provider|outfit|specialist|consultancy|group|researchers?|analysts?|experts?)|(?:researchers|analysts|experts) (?:at|from|with))\s+$`,
  "i",
);
const SECURITY_AFTER = new RegExp(
  String.raw`^,\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,2}?${SECURITY}\s+(?:firm|company|vendor|provider|outfit|specialist|consultancy|group)\b`,
  "i",
);

// A security company can be attacked too ("the data breach at cybersecurity firm Fortra"): that mention is no source.
// The last word SECURITY_BEFORE can end on: it runs on every candidate name, so the word before the name gates it.
const BEFORE_ENDS = new Set(
  "firm company vendor provider outfit specialist consultancy group researcher researchers analyst analysts expert experts at from with".split(
    " ",
  ),
);
// The longest of BEFORE_ENDS: a longer last word is passed over without being cut out and lower-cased.
const LONGEST_END = 11;
const WHITE = /\s/;
const isWhite = (c: number) => (c < 128 ? c === 32 || (c >= 9 && c <= 13) : WHITE.test(String.fromCharCode(c)));
// The last word of doc[from, to) after its trailing whitespace, lower-cased, or "" when it is too long to be one of
// BEFORE_ENDS (as `text.trimEnd()` cut at its last space would read it). Read in place: this runs for every candidate name.
function lastWordIn(doc: string, from: number, to: number): string {
  let e = to;
  while (e > from && isWhite(doc.charCodeAt(e - 1))) e--;
  let b = e;
  while (b > from && doc.charCodeAt(b - 1) !== 32) if (e - --b > LONGEST_END) return "";
  return doc.slice(b, e).toLowerCase();
}

// "a security breach at Fortra, the cybersecurity firm that ...": the firm named as the place of the breach is its victim,
// whatever its apposition says it does.
const BREACHED_AT = /\b(?:breach(?:es)?|attacks?|hack|intrusion|compromise|incident) (?:at|on|of|against) (?:the )?$/i;

/**
 * True when the text around a name doc[start, end) describes it as a security company; what is read before it opens
 * at `from` (its sentence's start) and reaches back at most 60 characters.
 */
export function isSecurityFirm(doc: string, from: number, start: number, end: number): boolean {
  const lo = Math.max(from, start - 60);
  return (
    (BEFORE_ENDS.has(lastWordIn(doc, lo, start)) && SECURITY_BEFORE.test(doc.slice(lo, start))) ||
    (doc.charCodeAt(end) === 44 &&
      SECURITY_AFTER.test(doc.slice(end, end + 60)) &&
      !BREACHED_AT.test(doc.slice(lo, start)))
  );
}
