// Victim type reads sentences with the victims' names blanked out, and reads each type's cues only where the blanked
// sentence holds a gate word. Blanking can leave a new word at a name's edge ("Orvale" out of "Orvaleclinic"); these
// cases check that such a word still opens its gate, and that cues inside the name stay unread.
import { describe, expect, it } from "vitest";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { extractVictimType } from "../../src/extract/victim-type";
import type { VictimSpan } from "../../src/extract/victim";

function typeOf(body: string, name: string): string | null {
  const doc = buildDocument("Breach notice", body);
  const sentences = splitSentences(doc);
  const start = doc.indexOf(name);
  const sentence = sentences.find((s) => s.start <= start && start < s.end)!;
  const victim: VictimSpan = { name, start, end: start + name.length, sentence, healthcare: true };
  return extractVictimType(sentences, [victim], (s) => s.text.includes(name), doc)?.type ?? null;
}

describe("victim type over blanked names", () => {
  it.each([
    // The word left after the name is a cue the whole word hid.
    ["Orvale Group said data was stolen. Staff at Orvale Groupclinic sites saw the notice.", "Orvale Group", "clinic"],
    ["Orvale Group said data was stolen. Its Orvale Grouppharmacy counters closed.", "Orvale Group", "pharmacy"],
    // ... and before it.
    ["Orvale Group said data was stolen. The dentalOrvale Group team wrote to patients.", "Orvale Group", "dental"],
    // A cue inside a repeated name counts once, from the name, not again from each sentence that repeats it.
    [
      "Orvale Dental Care said data was stolen. Orvale Dental Care wrote to patients. The hospital nearby was unaffected.",
      "Orvale Dental Care",
      "dental",
    ],
  ])("%s", (body, name, type) => {
    expect(typeOf(body, name)).toBe(type);
  });
});
