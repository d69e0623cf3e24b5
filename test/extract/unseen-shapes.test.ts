// The bank of unseen-shaped articles (unseen-shapes-bank.ts): each case must match its labels field by field, and a
// page built around an excerpt must give exactly the excerpt's output. Cases the extractor still gets wrong are listed
// in KNOWN_GAPS with the class of failure; they run as expected failures, so fixing one makes this file fail until the
// entry is removed.
import { describe, expect, it } from "vitest";
import { ALL_PAGE_PAIRS, BANK } from "./unseen-shapes-bank";
import { differences, shownFields } from "./unseen-shapes-check";
import { extract } from "./helpers";

const KNOWN_GAPS: Record<string, string> = {};

describe("unseen shapes: each case matches its labels", () => {
  const known = BANK.filter((c) => c.id in KNOWN_GAPS);
  const held = BANK.filter((c) => !(c.id in KNOWN_GAPS));
  it.each(held.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    expect(differences(c.want, extract(c.title, c.text))).toEqual([]);
  });
  if (known.length)
    it.fails.each(known.map((c) => [`${c.id}: ${KNOWN_GAPS[c.id]}`, c] as const))("known gap %s", (_id, c) => {
      expect(differences(c.want, extract(c.title, c.text))).toEqual([]);
    });
  it("lists only cases of the bank as known gaps", () => {
    expect(Object.keys(KNOWN_GAPS).filter((id) => !BANK.some((c) => c.id === id))).toEqual([]);
  });
});

describe("unseen shapes: a page gives its excerpt's output", () => {
  it.each(ALL_PAGE_PAIRS.map((p) => [p.id, p] as const))("%s", (_id, p) => {
    expect(shownFields(extract(p.page.title, p.page.text))).toEqual(
      shownFields(extract(p.excerpt.title, p.excerpt.text)),
    );
  });
});
