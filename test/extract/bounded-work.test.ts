// Extraction must stay linear in its input on pages built to be expensive. Time is not measured (a loaded machine would
// make the test flaky): the work is counted as calls of the primitives every rule is built from (regex executions,
// substring searches) and elements walked by array methods, and doubling the page must about double the count. Backtracking inside one regex execution is
// not counted here; `npm run bench -- extract` times each hostile page beside an ordinary one of the same length. Nor is
// the capitalised-run scanner (src/extract/victim-runs.ts), which calls none of these: it reads forward from where the
// last run ended and looks back at most four characters, and test/extract/victim-runs.test.ts holds it to its pattern.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractEntities } from "../../src/extract";
import type { ArticleText } from "../../src/model/article";
import { HOSTILE_SHAPES, hostileArticle, ordinaryArticle } from "./hostile-articles";

const ORDINARY = [
  "Harrowgate Community Hospital said on Tuesday that a ransomware attack had forced it to divert ambulances and postpone elective surgery.",
  "The LockBit gang claimed the attack on its leak site and demanded a ransom of $2.5 million, threatening to publish 400 GB of patient records.",
  "A spokesperson for the hospital, which serves about 120,000 people in northern Ohio, said staff had switched to paper records while systems were offline.",
  "The hospital notified the Department of Health and Human Services and the FBI. It said it would not pay the ransom.",
  "Meanwhile Kestrel Valley Clinic, a physical therapy practice in Dayton, reported that its scheduling software supplier had been breached in a separate incident last year.",
  "Security researchers at a threat intelligence firm said the group has posted data from more than 30 healthcare organisations since January, including two dental chains in Texas.",
];

// Calls of the counted primitives while `fn` runs, and the elements the array methods walk over; apart, the characters
// substring searches pass over, since one search that runs on to the end of the page for every name is quadratic in
// characters though linear in calls.
const counted = { n: 0, scanned: 0 };
const originals = {
  exec: RegExp.prototype.exec,
  indexOf: String.prototype.indexOf,
  includes: String.prototype.includes,
};
const WALKS = ["some", "every", "filter", "find", "findIndex", "map", "forEach", "reduce"] as const;
const walks = Object.fromEntries(WALKS.map((m) => [m, Array.prototype[m]])) as Record<
  (typeof WALKS)[number],
  (...a: unknown[]) => unknown
>;
beforeAll(() => {
  for (const m of WALKS)
    Object.defineProperty(Array.prototype, m, {
      configurable: true,
      writable: true,
      value(this: unknown[], ...a: unknown[]) {
        counted.n += this.length;
        return walks[m].apply(this, a);
      },
    });
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    counted.n++;
    return originals.exec.call(this, s);
  };
  String.prototype.indexOf = function (this: string, ...a: [string, number?]) {
    counted.n++;
    const at = originals.indexOf.apply(this, a);
    counted.scanned += (at < 0 ? this.length : at) - Math.min(this.length, Math.max(0, a[1] ?? 0));
    return at;
  };
  String.prototype.includes = function (this: string, ...a: [string, number?]) {
    counted.n++;
    const at = originals.indexOf.apply(this, a);
    counted.scanned += (at < 0 ? this.length : at) - Math.min(this.length, Math.max(0, a[1] ?? 0));
    return at >= 0;
  };
});
afterAll(() => {
  for (const m of WALKS)
    Object.defineProperty(Array.prototype, m, { configurable: true, writable: true, value: walks[m] });
  Object.assign(RegExp.prototype, { exec: originals.exec });
  Object.assign(String.prototype, { indexOf: originals.indexOf, includes: originals.includes });
});

function work(a: ArticleText): number {
  return measure(a).n;
}

function measure(a: ArticleText): { n: number; scanned: number } {
  counted.n = 0;
  counted.scanned = 0;
  extractEntities(a);
  return { ...counted };
}

describe("work on hostile pages", () => {
  // Small enough that a cubic regression fails in seconds rather than hanging the run.
  const length = 3_000;
  it("an ordinary page grows linearly: twice the text, about twice the work", () => {
    expect(work(ordinaryArticle(ORDINARY, 2 * length)) / work(ordinaryArticle(ORDINARY, length))).toBeLessThan(2.25);
  });

  it.each(HOSTILE_SHAPES.map((s) => [s.name, s] as const))(
    "%s: twice the text, about twice the work",
    (_name, shape) => {
      expect(work(hostileArticle(shape, 2 * length)) / work(hostileArticle(shape, length))).toBeLessThan(2.25);
    },
  );

  it.each(HOSTILE_SHAPES.map((s) => [s.name, s] as const))(
    "%s: twice the text, about twice the characters searched",
    (_name, shape) => {
      const scanned = (n: number) => measure(hostileArticle(shape, n)).scanned;
      expect(scanned(2 * length) / scanned(length)).toBeLessThan(2.25);
    },
  );
});
