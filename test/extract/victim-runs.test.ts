import { describe, expect, it } from "vitest";
import { capitalWords, nextRun, type RunWord } from "../../src/extract/victim-runs";
import { HOSTILE_SHAPES, hostileArticle } from "./hostile-articles";

// The grammar of a capitalised run as the regular expression it was first written as: the scanner must find the same
// runs, at the same places, split into the same words (the run's text cut at whitespace).
const CAP = String.raw`(?:(?:St|Ste|Mt|Ft)\.(?=[ \t]+\p{Lu})|[\p{Lu}][\p{L}\p{N}'’\-]*|\p{Ll}{1,4}\p{Lu}[\p{L}\p{N}\-]*|\d{1,6}[\p{L}][\p{L}\p{N}]*)`;
const JOIN = String.raw`(?:\s+(?:of(?:[ \t]+the)?|de|du|des|la|le|for|and|&|di|del)\s+|\s+(?:d|dell|dall)['’](?=\p{Lu})|\s+-\s+|\s+\([\p{Lu}][\p{Ll}.][\p{L}.]{0,14}(?:[ \t][\p{Lu}][\p{L}.]{1,15})?\)\s+|\s+\(\p{Lu}{2,6}\)\s+(?=(?:Healthcare|Health|Group|Limited|Ltd|Inc|LLC|Services|Hospital|Hospitals|Trust|Foundation|Clinic|Clinics|Dental|Medical|Care|Pharmacy|Imaging|Laboratories)(?![\p{L}\p{N}'’\-]))|[ \t]+)`;
const INNER_NUMBER = String.raw`\d{1,3}(?=[ \t]+\p{Lu})`;
// A kind's adjective in small letters after a head word of a French, Italian or Spanish name, or after another one.
const ADJECTIVES =
  "hospitalier|hospitalière|hospitaliers|hospitalo-universitaire|universitaire|universitaires|intercommunal|intercommunale|départemental|départementale|régional|régionale|spécialisé|ospedaliera|ospedaliero|ospedaliero-universitaria|universitaria|universitario|sanitaria|sanitario|locale|hospitalario|hospitalaria";
const HEADS = `Centre|Center|Groupe|Groupement|Hôpital|Hopital|Azienda|Complejo|Complexo|Hospital|Centro|Consorci|Consorcio|Institut|Instituto|Istituto|Clinique|Clínica|Clinica|Policlinico|${ADJECTIVES}`;
const ADJECTIVE_STEP = String.raw`(?<=(?<![\p{L}\p{N}'’\-])(?:${HEADS}))[ \t]+(?:${ADJECTIVES})(?=\s|$)`;
const RUN = new RegExp(`${CAP}(?:${JOIN}(?:${CAP}|${INNER_NUMBER})|${ADJECTIVE_STEP})*`, "uy");

// The pattern tried where the scanner tries a run: at a capital, a number's first digit or a non-ASCII character, or on
// up to four small letters before one.
function patternRuns(text: string): { start: number; words: string[] }[] {
  const out: { start: number; words: string[] }[] = [];
  let from = 0;
  next: for (;;) {
    for (let u = from; u < text.length; u++) {
      const c = text.charCodeAt(u);
      const digit = c >= 48 && c <= 57;
      if (c < 128 && !(c >= 65 && c <= 90) && !digit) continue;
      if (digit && u > from && /\d/.test(text[u - 1]!)) continue;
      let q = u;
      while (q > from && q > u - 4 && /[a-z]/.test(text[q - 1]!)) q--;
      for (; q <= u; q++) {
        RUN.lastIndex = q;
        const m = RUN.exec(text);
        if (m) {
          out.push({ start: m.index, words: m[0].split(/\s+/) });
          from = m.index + m[0].length;
          continue next;
        }
      }
    }
    return out;
  }
}

function scannedRuns(text: string): { start: number; words: string[] }[] {
  const out: { start: number; words: string[] }[] = [];
  const words: RunWord[] = [];
  for (let end = nextRun(text, 0, text.length, words); end >= 0; end = nextRun(text, end, text.length, words)) {
    out.push({ start: words[0]!.start, words: words.map((w) => w.w) });
    // Each word stands where it says, lower-cased as toLowerCase would, and the last one ends the run.
    const misplaced = words.filter(
      (w) => text.slice(w.start, w.start + w.w.length) !== w.w || w.lw !== w.w.toLowerCase(),
    );
    const last = words[words.length - 1]!;
    if (misplaced.length || last.start + last.w.length !== end)
      out.push({ start: -1, words: misplaced.map((w) => w.w) });
  }
  return out;
}

// Pieces the grammar treats specially, joined at random: abbreviations, joiners, brackets, numbers, small-letter
// openings, apostrophes, whitespace of each kind, non-ASCII capitals and small letters, astral letters, lone surrogates.
const PIECES = [
  "St.",
  "Ste.",
  "Mt.",
  "Ft.",
  "St",
  "Mt.Sinai",
  "of",
  "of the",
  "of\tthe",
  "the",
  "theatre",
  "de",
  "des",
  "del",
  "d'",
  "d’",
  "dell'",
  "d'Arles",
  "dall'Ospedale",
  "de'Medici",
  "du",
  "la",
  "le",
  "for",
  "and",
  "And",
  "&",
  "-",
  "–",
  "(",
  ")",
  "(Texas)",
  "(New York)",
  "(Mass.)",
  "(Ky.)",
  "(U.S.)",
  "(HHS)",
  "(Abcdefghijklmnop)",
  "(New Abcdefghijklmnopq)",
  "(N)",
  "eHealth",
  "iCare",
  "abcdeFg",
  "abcD",
  "23andMe",
  "1234567ab",
  "123456ab",
  "6",
  "12",
  "1234",
  "2023",
  "Kestrel",
  "Centre",
  "Hospital",
  "hospitalier",
  "universitaire",
  "sanitaria",
  "Queen's",
  "Children’s",
  "Wrenfield-Smith",
  "HEALTH",
  "Ärzte",
  "ärzteK",
  "école",
  "Émile",
  "ǅemal",
  "\u{1d400}bc",
  "a\u{1d41a}B",
  "\ud800",
  "\udc00x",
  "Ω",
  ",",
  ".",
  ":",
  "'",
  '"',
];
const GAPS = [" ", " ", " ", "  ", "\t", "\n", "", " \n ", "\u00a0"];

function randomText(seed: number, pieces: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let t = "";
  for (let i = 0; i < pieces; i++)
    t += PIECES[Math.floor(next() * PIECES.length)]! + GAPS[Math.floor(next() * GAPS.length)]!;
  return t;
}

describe("capitalised runs", () => {
  it.each([
    ["St. Aldric's Regional Medical Center said", ["St.", "Aldric's", "Regional", "Medical", "Center"]],
    ["at Wrenfield (Texas) Hospital on", ["Wrenfield", "(Texas)", "Hospital"]],
    ["the Department of Health and Human Services", ["Department", "of", "Health", "and", "Human", "Services"]],
    ["University of the Highlands", ["University", "of", "the", "Highlands"]],
    ["Deep 6 AI was hit", ["Deep", "6", "AI"]],
    ["23andMe said", ["23andMe"]],
    ["an eHealth Exchange outage", ["eHealth", "Exchange"]],
    ["Kestrel Health - Northern Region", ["Kestrel", "Health", "-", "Northern", "Region"]],
    ["le Centre hospitalier universitaire de Brissac a", ["Centre", "hospitalier", "universitaire", "de", "Brissac"]],
    ["the Hospital general manager", ["Hospital"]],
    ["le Centre hospitalier d'Oloron-Sainte-Marie a", ["Centre", "hospitalier", "d'Oloron-Sainte-Marie"]],
    ["l'Ospedale dell’Angelo di Mestre", ["Ospedale", "dell’Angelo", "di", "Mestre"]],
  ])("reads %j", (text, words) => {
    expect(scannedRuns(text)[0]!.words).toEqual(words);
  });

  it("finds what the pattern finds, on random text", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 60);
      expect(scannedRuns(text), text).toEqual(patternRuns(text));
    }
  });

  it("reads a sentence of a longer text up to its limit, as the pattern reads the sentence cut out", () => {
    for (let seed = 1; seed <= 100; seed++) {
      const text = randomText(seed, 40);
      const [from, limit] = [seed % 7, text.length - (seed % 11)];
      const words: RunWord[] = [];
      const scanned: { start: number; words: string[] }[] = [];
      for (let end = nextRun(text, from, limit, words); end >= 0; end = nextRun(text, end, limit, words))
        scanned.push({ start: words[0]!.start - from, words: words.map((w) => w.w) });
      expect(scanned, text).toEqual(patternRuns(text.slice(from, limit)));
    }
  });

  it("finds what the pattern finds, on the hostile pages", () => {
    for (const shape of HOSTILE_SHAPES) {
      const { text } = hostileArticle(shape, 4_000);
      expect(scannedRuns(text), shape.name).toEqual(patternRuns(text));
    }
  });
});

// The words in capitals as the pattern the scanner replaced finds them.
const patternCapitals = (text: string) =>
  [...text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu)].map((m) => m[0]);

describe("words in capitals", () => {
  it.each([
    ["the UMCG in Groningen said the UMCG website", ["UMCG", "UMCG"]],
    ["NHS and HSE, not AI or UK", ["NHS", "HSE"]],
    ["KESTREL and ABCDEFG are too long, AB too short", []],
    ["COVID19, A1C and HbA1c hold digits or small letters", []],
    ['(CCSC) and "HHS" and HHS\'s', ["CCSC", "HHS", "HHS"]],
    ["ÄRZTE, ÉCOLE and É\u0301COLE", ["ÄRZTE", "ÉCOLE", "COLE"]],
    ["ǅEMAL and \u{1d400}\u{1d401}\u{1d402} and x\u{1d400}\u{1d401}\u{1d402}", ["\u{1d400}\u{1d401}\u{1d402}"]],
  ])("reads %j", (text, words) => {
    expect(capitalWords(text, 3, 6)).toEqual(words);
    expect(capitalWords(text, 3, 6)).toEqual(patternCapitals(text));
  });

  it("finds what the pattern finds, on random text and the hostile pages", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed, 60);
      expect(capitalWords(text, 3, 6), text).toEqual(patternCapitals(text));
    }
    for (const shape of HOSTILE_SHAPES) {
      const { text } = hostileArticle(shape, 4_000);
      expect(capitalWords(text, 3, 6), shape.name).toEqual(patternCapitals(text));
    }
  });
});
