// Articles built to be expensive: each repeats one shape that once made a part of extraction super-linear (a run of
// capitalised words compared span against span, digits retried at every position, unclosed tags scanned to the end,
// names counted once per mention, group names read per mention). Shared by the bounded-work test and the extract bench.
import type { ArticleText } from "../../src/model/article";

/** One hostile shape: a name and a generator of exactly `length` characters of body text. */
export interface HostileShape {
  name: string;
  body: (length: number) => string;
}

// A fixed-seed generator, so every run builds the same articles.
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function fill(length: number, piece: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const p = piece();
    parts.push(p);
    n += p.length;
  }
  return parts.join("").slice(0, length);
}

const CAPITALISED =
  "Regional Health Medical Center Valley North Memorial Hospital Saint Community Care Group Network System Trust Clinic River Lake Mount County University Services Partners Alliance".split(
    " ",
  );

// Invented pronounceable words ("Kavelo"), so every organisation name is distinct.
function inventedWord(next: () => number): string {
  let w = "";
  for (let i = 0; i < 3; i++) w += "bcdfghklmnprstvz"[Math.floor(next() * 16)]! + "aeiou"[Math.floor(next() * 5)]!;
  return w[0]!.toUpperCase() + w.slice(1);
}

/** The hostile shapes, each named for what it repeats. */
export const HOSTILE_SHAPES: HostileShape[] = [
  {
    name: "capitalised words",
    body: (n) => {
      const r = random(1);
      return fill(n, () => `${CAPITALISED[Math.floor(r() * CAPITALISED.length)]!} `);
    },
  },
  {
    name: "capitalised words joined by and",
    body: (n) => {
      const r = random(2);
      return fill(n, () => `${CAPITALISED[Math.floor(r() * CAPITALISED.length)]!}${r() < 0.1 ? " and " : " "}`);
    },
  },
  { name: "acronyms", body: (n) => fill(n, () => "ABCDEF ") },
  { name: "digits without a break", body: (n) => fill(n, () => "1234567890") },
  {
    name: "runs of numbers",
    body: (n) => {
      const r = random(3);
      return fill(n, () => `${Math.floor(r() * 1000)},${String(Math.floor(r() * 1000)).padStart(3, "0")} `);
    },
  },
  {
    name: "numbers with units",
    body: (n) => {
      const r = random(4);
      return fill(n, () => `${Math.floor(r() * 100)} million patients $${Math.floor(r() * 100)}m ransom 5 TB data `);
    },
  },
  {
    name: "similar sentences",
    body: (n) =>
      fill(
        n,
        () => "Ransomware attack on Memorial Hospital disrupted care, LockBit said, demanding a $2 million ransom. ",
      ),
  },
  { name: "unclosed block tags", body: (n) => fill(n, () => "<div ") },
  { name: "unclosed attributes", body: (n) => fill(n, () => '<a href="x" title="Memorial Hospital ') },
  { name: "unclosed scripts", body: (n) => fill(n, () => "<script>var a = 1; ") },
  {
    name: "repeated group names",
    body: (n) => fill(n, () => "LockBit ALPHV BlackCat Hive gang Play ransomware Royal group "),
  },
  { name: "one group name", body: (n) => fill(n, () => "LockBit ") },
  { name: "names with acronyms", body: (n) => fill(n, () => "Memorial Hospital (MH) ( ") },
  { name: "abbreviations", body: (n) => fill(n, () => "St. Dr. U.S. Inc. ") },
  {
    name: "distinct hospital names",
    body: (n) => {
      const r = random(5);
      return fill(n, () => `${inventedWord(r)} Hospital and ${inventedWord(r)} Health. `);
    },
  },
  {
    name: "distinct described names",
    body: (n) => {
      const r = random(6);
      return fill(n, () => `${inventedWord(r)}, a health insurer, was hit. `);
    },
  },
  {
    name: "distinct names and longer forms",
    body: (n) => {
      const r = random(7);
      return fill(n, () => `${inventedWord(r)} Health and ${inventedWord(r)} Health System. `);
    },
  },
];

/** An article with the given body; the headline repeats the body's opening, as pages of one shape do. */
export function hostileArticle(shape: HostileShape, length: number): ArticleText {
  const text = shape.body(length);
  return { url: "https://example.test/hostile", site: "example.test", title: text.slice(0, 120), text };
}

/** An ordinary article of `length` characters: the given news paragraphs repeated. */
export function ordinaryArticle(paragraphs: string[], length: number): ArticleText {
  let i = 0;
  const text = fill(length, () => `${paragraphs[i++ % paragraphs.length]!}\n\n`);
  return { url: "https://example.test/ordinary", site: "example.test", title: paragraphs[0]!.split(". ")[0]!, text };
}
