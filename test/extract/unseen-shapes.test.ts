// The bank of unseen-shaped articles (unseen-shapes-bank.ts): each case must match its labels field by field, and a
// page built around an excerpt must give exactly the excerpt's output. Cases the extractor still gets wrong are listed
// in KNOWN_GAPS with the class of failure; they run as expected failures, so fixing one makes this file fail until the
// entry is removed.
import { describe, expect, it } from "vitest";
import { ALL_PAGE_PAIRS, BANK } from "./unseen-shapes-bank";
import { describeBank, shownFields } from "./unseen-shapes-check";
import { extract } from "./helpers";

const KNOWN_GAPS: Record<string, string> = {};

describeBank("unseen shapes: each case matches its labels", BANK, KNOWN_GAPS);

describe("unseen shapes: a page gives its excerpt's output", () => {
  it.each(ALL_PAGE_PAIRS.map((p) => [p.id, p] as const))("%s", (_id, p) => {
    expect(shownFields(extract(p.page.title, p.page.text))).toEqual(
      shownFields(extract(p.excerpt.title, p.excerpt.text)),
    );
  });
});
