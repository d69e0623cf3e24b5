/**
 * Syndication notes that trade journals put in the body of a republished story. The whole note is
 * kept ("Source: v3") so the cluster stage and the UI can show where a story first ran.
 */
// A "Source:" line, tried (sticky) only where a line starts with "source:": run over every position of
// every item's text, the multi-line `^` made this the costliest step of normalising a feed.
const SOURCE_LINE = /^[ \t]*(source:[ \t]*[^\n]{2,80}?)[ \t]*\.?$/imy;
// In order; each group's patterns all need one of its words.
const PHRASES: { words: string[]; patterns: RegExp[] }[] = [
  {
    words: ["originally", "first"],
    patterns: [
      /\b((?:this|the)\s+(?:article|story|post|piece|report)\s+(?:was\s+)?(?:originally|first)\s+(?:appeared|published|ran|posted)\s+(?:on|in|at|by)\s+[^\n.]{2,80})/i,
      /\b((?:originally|first)\s+(?:appeared|published|posted)\s+(?:on|in|at|by)\s+[^\n.]{2,80})/i,
    ],
  },
  {
    words: ["reprinted", "republished", "syndicated"],
    patterns: [/\b((?:reprinted|republished|syndicated)\s+(?:with\s+permission\s+)?from\s+[^\n.]{2,80})/i],
  },
];

/** Finds a syndication note in plain text and returns it trimmed, or null. */
export function findProvenance(text: string): string | null {
  const note = sourceLine(text);
  if (note !== null) return note;
  // A pattern can only match where one of its words is (its ASCII letters in any case), so most texts skip the
  // patterns altogether; lower-casing maps those letters and nothing else onto them.
  const lower = text.toLowerCase();
  for (const { words, patterns } of PHRASES) {
    if (!words.some((word) => lower.includes(word))) continue;
    for (const pattern of patterns) {
      const match = pattern.exec(text);
      if (match) return tidy(match[1]!);
    }
  }
  return null;
}

// The first line that SOURCE_LINE matches from its start: such a line holds "source:" after nothing but blanks,
// so only the colons of the text need looking at.
function sourceLine(text: string): string | null {
  for (let colon = text.indexOf(":"); colon >= 0; colon = text.indexOf(":", colon + 1)) {
    const word = colon - 6;
    if (word < 0 || text.slice(word, colon).toLowerCase() !== "source") continue;
    let start = word;
    while (start > 0 && (text[start - 1] === " " || text[start - 1] === "\t")) start--;
    // `^` in multi-line mode: the start of the text or after any line terminator.
    if (start > 0 && !"\n\r\u2028\u2029".includes(text[start - 1]!)) continue;
    SOURCE_LINE.lastIndex = start;
    const match = SOURCE_LINE.exec(text);
    if (match) return tidy(match[1]!);
  }
  return null;
}

function tidy(note: string): string {
  return note.trim().replace(/\s+/g, " ");
}
