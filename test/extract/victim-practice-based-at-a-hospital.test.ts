// A practice "based at" or "located at" a hospital is told by where it works: the hospital it is based at receives no
// attack, and where it is the only healthcare name the text gives with a health word, the practice described beside the
// attack is the victim in its place.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a practice based at a hospital", () => {
  it.each([
    [
      "a practice based at a hospital, its patients' files scrambled",
      "Hackers scrambled the files of 12,000 patients of the Orrin Vale Group, a cardiology practice based at Saint Hild Hospital in Kew, in a ransomware attack.",
      ["Orrin Vale Group"],
    ],
    [
      "a practice located at a hospital, its own files encrypted",
      "Hackers encrypted the records of Orrin Imaging, a radiology practice located at Saint Hild Hospital, in a ransomware attack.",
      ["Orrin Imaging"],
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Ransomware attack", body).victim_orgs).toEqual(want);
  });

  it("a hospital attacked in its own right is still a victim", () => {
    const e = extract(
      "Ransomware attack",
      "Saint Hild Hospital was hit by ransomware, and Orrin Imaging, a radiology practice based at the hospital, lost its scheduling system too.",
    );
    expect(e.victim_orgs).toContain("Saint Hild Hospital");
  });
});
