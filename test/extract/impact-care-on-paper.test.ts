// Care given on paper is a fallback to paper records, as work done on paper is: "kept caring for patients on paper",
// "treating patients on paper", "GPs saw patients on paper". The idiom "on paper" opening a judgement is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Harlow Community Hospital";
const LEAD = "Ransomware encrypted the servers of Harlow Community Hospital on Sunday.";
describe("impact: care given on paper", () => {
  it.each([
    `${LEAD} Nurses kept caring for patients on paper while the systems were rebuilt.`,
    `${LEAD} Doctors were treating patients on paper for most of the week.`,
    `${LEAD} At its clinics, GPs saw patients on paper until Thursday.`,
    `${LEAD} Staff attended to patients on paper while the record system was down.`,
  ])("%s", (text) => {
    expect(extract(T, text).impact).toContain("paper-records");
  });

  it("reads no fallback in the idiom", () => {
    expect(extract(T, `${LEAD} On paper, the hospital's backups had looked sound.`).impact).not.toContain(
      "paper-records",
    );
  });
});
