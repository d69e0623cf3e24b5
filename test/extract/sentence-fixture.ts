import type { Sentence } from "../../src/extract/text";

/** A sentence standing alone (first of its paragraph, not in the title, no flags set), for scanners' unit tests. */
export const sentence = (text: string): Sentence => ({
  index: 0,
  start: 0,
  end: text.length,
  text,
  paragraph: 0,
  inTitle: false,
  background: false,
  generic: false,
  boilerplate: false,
});
