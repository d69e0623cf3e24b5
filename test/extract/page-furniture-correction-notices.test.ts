// A correction notice says what an earlier version of the story got wrong, dated or not ("Correction, 3 May 2024:",
// "Clarification (May 3):", "An earlier version of this article said ..."): the group, victim or figure it withdraws is
// not this incident's (unseen-bank-blind-intl.ts, round 9).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY =
  "Private clinic group Harrowgate Clinics says an attacker gained access to its billing system on 2 May and copied the names and card details of patients. The group has informed the police and is notifying those affected.";

describe("page furniture: correction notices", () => {
  it.each([
    "Correction, 3 May 2024: An earlier version of this article said the Akira gang had claimed the attack. No group has claimed it.",
    "Clarification (May 3): An earlier version of this story said that Akira had claimed the attack; that claim concerned another company.",
    "Correction, May 3, 2024: This article previously said the Akira ransomware gang claimed responsibility. It did not.",
    "An earlier version of this article said the Akira ransomware gang had claimed the attack. It has been corrected.",
  ])("%s", (notice) => {
    expect(extract("Harrowgate Clinics says card data copied", `${notice}\n\n${STORY}`).attacker_groups).toEqual([]);
  });

  it("still reads a group the story itself names after a dated line", () => {
    expect(
      extract(
        "Harrowgate Clinics says card data copied",
        `${STORY}\n\nOn 6 May the Akira ransomware gang claimed the attack on its leak site.`,
      ).attacker_groups,
    ).toEqual(["Akira"]);
  });
});
