// Towns as US newsrooms write them: a headline's town of two words or more and a trade's initials before a lower-case
// noun ("Spring Lake ENT practice closes") describe a body, as "Ohio ENT practice" does, when the town is known or the
// text places something in it ("in Spring Lake, Mich."); the abbreviated state after the town ("Mich.") is a place, not
// a victim. Initials after a name the text never places still name. Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a town and a trade's initials before a lower-case noun describe the victim", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a two-word town the body places with a state",
      "Spring Lake ENT practice closes after ransomware",
      "Hackers locked every file at Willowmere Ear and Sinus Center, a two-doctor practice in Spring Lake, Mich., and asked for $9,000.",
      ["Willowmere Ear and Sinus Center"],
    ],
    [
      "a three-word town the body places",
      "Cedar Bluff Falls IVF clinic hit by hackers",
      "Patient files were stolen from Orlen Fertility Partners, a clinic in Cedar Bluff Falls, Ala., the practice said on Monday.",
      ["Orlen Fertility Partners"],
    ],
    [
      "a known two-word place",
      "Kansas City ENT practice hacked",
      "Intruders encrypted the booking system at Harlowe Ear Associates, which said patient records may have been viewed.",
      ["Harlowe Ear Associates"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string, string, string[]]>([
    [
      "a practice's own name of a word and initials, repeated in the body",
      "Marrow Hill ENT practice closes after ransomware",
      "Marrow Hill ENT said hackers locked every file at the practice and asked for $9,000. Marrow Hill ENT will not pay.",
      ["Marrow Hill ENT"],
    ],
    [
      "the abbreviated state after the town, no headline description",
      "Ransomware closes practice",
      "Hackers locked every file at Willowmere Ear and Sinus Center, a two-doctor practice in Spring Lake, Mich., and asked for $9,000.",
      ["Willowmere Ear and Sinus Center"],
    ],
  ])("not: %s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
