// Whether an article tells of a new attack on a victim that was attacked before ("hit again", "its second
// cyberattack in a year"). Without dates (the `extract` command has none) that is the one sign that two stories on
// one victim are two incidents: a later attack on the same organisation is a different incident.

const ATTACK = String.raw`(?:cyber[- ]?attacks?|cyber[- ]?incidents?|ransomware attacks?|attacks?|breach(?:es)?|data breach(?:es)?|hacks?|intrusions?)`;
const CYBER = String.raw`\b(?:hit|attack|hack|breach|ransomware|cyber)`;
const ORDINAL = String.raw`(?:second|third|fourth|fifth|2nd|3rd|4th)`;

// One pattern, anchored on words that only these phrases share, so a long text is read once.
const REPEAT = new RegExp(
  [
    // "its second cyberattack in 14 months", "the third ransomware attack"
    String.raw`\b${ORDINAL}\s+(?:major\s+|separate\s+|such\s+|successful\s+)?${ATTACK}`,
    // "hit again", "was attacked for a second time", "breached once more"
    String.raw`\b(?:hit|attacked|targeted|breached|struck|compromised|victimi[sz]ed)\s+(?:again|once\s+more|(?:for\s+)?a\s+${ORDINAL}\s+time)\b`,
    // "for the second time in a year, X has been hit by hackers": an attack word in the same sentence, since
    // "for the second time" alone is as often a practice closing or a strike
    String.raw`\bfor\s+the\s+${ORDINAL}\s+time\b[^.!?\n]{0,120}?${CYBER}`,
    String.raw`${CYBER}[^.!?\n]{0,120}?\bfor\s+the\s+${ORDINAL}\s+time\b`,
    // "has once again been hit", "again fell victim"
    String.raw`\b(?:once\s+again|again)\s+(?:been\s+)?(?:hit|attacked|targeted|breached|fell\s+victim|fallen\s+victim)\b`,
    // "is recovering from another cyberattack", "suffered another breach"
    String.raw`\b(?:suffer(?:s|ed|ing)?|recover(?:s|ed|ing)?\s+from|hit\s+by|struck\s+by|victim\s+of|report(?:s|ed)?)\s+(?:yet\s+)?another\s+(?:major\s+)?${ATTACK}`,
  ].join("|"),
  "i",
);

/** Whether the text says its victim was attacked again: this attack follows an earlier one on the same victim. */
export function saysAttackedAgain(text: string): boolean {
  return REPEAT.test(text);
}
