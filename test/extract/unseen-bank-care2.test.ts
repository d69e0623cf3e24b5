// Runs the second care bank (impact on care, relevance, country, background cues and reworded dev articles). Cases the
// extractor still gets wrong are listed in KNOWN_GAPS with their class of failure and run as expected failures, so
// fixing one makes this file fail until its entry is removed.
import { expect, it } from "vitest";
import { CARE2_BANK } from "./unseen-bank-care2";
import { describeBank } from "./unseen-shapes-check";

const KNOWN_GAPS: Record<string, string> = {
  "cc1-pos-tracker-timer":
    "attackers: a name that needs a cue ('Medusa') as the subject of 'has added X to its leak site' is not read",
  "cc2-rw-a046": "attack types: 'the LockBit ransomware operation ... last month's attack' not read as ransomware",
  "cc3-background-two-years-ago": "country: a town under 50,000 people (Clitheroe) is not in the place list",
  "cc3-rw-a071":
    "attack types: ransomware and extortion are told only by the gang's described speciality (generic) and 'a ransomware group'",
};

describeBank("care bank 2: each case matches its labels", CARE2_BANK, KNOWN_GAPS);

it("the care bank 2 holds at least 30 cases", () => {
  expect(CARE2_BANK.length).toBeGreaterThanOrEqual(30);
});
