import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A correction notice retells what an earlier version of the story got wrong ("An earlier version of this article said
// ...", "The earlier version also said ..."): those claims are withdrawn, so none of them is a fact of the incident,
// whether the notice has a label or not and however long its line runs. The story's own facts stay.
describe("a correction notice's withdrawn claims", () => {
  it.each([
    [
      "an unlabelled notice after the story",
      "Clinic says hackers copied patient files",
      "Hackers copied patient files from Hallam Street Clinic in Toledo, Ohio, between March 2 and March 9, the clinic said on Tuesday. About 14,000 patients are being notified.\nAn earlier version of this article said 140,000 patients were affected and that the clinic's servers were encrypted by ransomware.",
      { people: 14000, attacks: ["data-theft"], ransom: "not-mentioned" },
    ],
    [
      "a labelled notice whose line runs long",
      "Clinic says hackers copied patient files",
      "Correction: An earlier version of this story gave the wrong dates for the intrusion at Hallam Street Clinic and misstated how many of its patients were being notified by letter. The clinic gave the dates as March 2 to March 9. The earlier version also said the clinic had paid a ransom after its servers were encrypted; the clinic said neither happened.\nHackers copied patient files from Hallam Street Clinic in Toledo, Ohio, between March 2 and March 9, the clinic said on Tuesday. About 14,000 patients are being notified.",
      { people: 14000, attacks: ["data-theft"], ransom: "not-mentioned" },
    ],
  ])("%s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect({ people: e.people_affected, attacks: e.attack_types, ransom: e.ransom.status }).toEqual(want);
  });
});
