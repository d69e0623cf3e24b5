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
const lastWord = (t: string) => {
  const e = t.trimEnd();
  return e.slice(e.lastIndexOf(" ") + 1).toLowerCase();
};

// "a security breach at Fortra, the cybersecurity firm that ...": the firm named as the place of the breach is its victim,
// whatever its apposition says it does.
const BREACHED_AT = /\b(?:breach(?:es)?|attacks?|hack|intrusion|compromise|incident) (?:at|on|of|against) (?:the )?$/i;

/** True when the text around a name describes it as a security company (`before` ends where the name starts). */
export function isSecurityFirm(before: string, after: string): boolean {
  return (
    (BEFORE_ENDS.has(lastWord(before)) && SECURITY_BEFORE.test(before)) ||
    (after.charCodeAt(0) === 44 && SECURITY_AFTER.test(after) && !BREACHED_AT.test(before))
  );
}
