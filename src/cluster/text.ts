// Lines that differ between copies of one story without changing it: syndication notes, bylines,
// share/related furniture. Dropping them keeps a reprint's signature equal to the original's.
const BOILERPLATE_LINE: RegExp[] = [
  /^\s*(source|via)\s*:\s*\S.{0,80}$/i,
  /^\s*(originally published (by|on|in)|this (article|story) (first )?appeared (on|in))\b.{0,80}$/i,
  /^\s*(?:[Bb]y|BY|[Ww]ritten by|[Pp]osted by|[Aa]uthor:?)\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:[,|–-].{0,60})?$/u,
  /^\s*(filed under|tags?|topics?|categories|related( news| articles| stories)?|read more|see also|share( this)?|image|photo|credit)\s*[:\-–].{0,200}$/i,
  /^\s*-?\s*(posted|updated|published)\b.{0,60}$/i,
  /^\s*\d{1,2}(st|nd|rd|th)? \w+ \d{4}\s*$/,
  /^\s*\w+ \d{1,2},? \d{4}\s*$/,
];

/** Removes syndication notes, bylines and page furniture line by line. */
export function stripBoilerplate(text: string): string {
  return text
    .split(/\r?\n/)
    .filter((line) => !BOILERPLATE_LINE.some((re) => re.test(line)))
    .join("\n");
}

/** Lower-case words without accents or punctuation: the form both signatures and name keys compare. */
export function foldWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]/g, "")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
