// An incident named as an example of a kind ("attacks like the 2024 one on X", "breaches such as the one at Y") is not
// the incident the article reports: its sentence is background. A sentence that tells this attack stays in scope.
import { describe, expect, it } from "vitest";
import { classifySentences } from "../../src/extract/scope";
import { buildDocument, splitSentences } from "../../src/extract/text";
import { extract } from "./helpers";

function background(sentence: string): boolean {
  const sentences = splitSentences(buildDocument("Headline", sentence));
  classifySentences(sentences);
  return sentences.find((s) => !s.inTitle)!.background;
}

describe("an incident given as an example", () => {
  it.each<[string, boolean]>([
    ["Regulators cite attacks like the 2023 one on Pellham Children's Hospital as the reason for the rules.", true],
    ["Outages such as the one at Corrow Valley Clinic last spring cost millions.", true],
    ["Insurers have paid out for breaches such as the attack on Hartside Dental.", true],
    ["Boards fear incidents like the hack of Mirren Health, which took weeks to undo.", true],
    ["Pellham Children's Hospital said the attack looked like the work of a ransomware gang.", false],
    ["The clinic said patients such as those on dialysis were moved to Corrow General.", false],
  ])("%s", (sentence, want) => {
    expect(background(sentence)).toBe(want);
  });
});

describe("an article that names a hospital attack only as an example", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a column on backups",
      "Why boards now ask about offline backups",
      "Directors are asking harder questions about recovery. Consultants point to attacks like the 2025 one on Brisford General Hospital, which took a month to recover from, as the turning point.",
      false,
    ],
    [
      "a report of the attack itself",
      "Brisford General Hospital hit by ransomware",
      "Brisford General Hospital said a ransomware attack took its systems offline on Tuesday. Attacks like this one on hospitals are rising, experts said.",
      true,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});
