// Taking told as a participle ("..., taking names, dates of birth and ...") or past an apposition ("The files, used for
// billing, were taken") or past coordinated adjectives ("copied the personal and medical information of") is data
// theft; taking steps, care or action about data is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Hospital is notifying patients after a cyberattack.";

describe("verbs of taking data", () => {
  it.each<[string, boolean]>([
    [
      "Intruders logged in with a vendor's password in May, taking names, addresses and dates of birth of 9,000 patients.",
      true,
    ],
    ["The attackers were inside for a week, taking the names of every patient seen at its clinics.", true],
    ["The spreadsheets, kept for the billing team, were stolen over a weekend.", true],
    ["The records, which covered ten years of visits, had been copied before the servers were locked.", true],
    // Coordinated adjectives before the data noun (us-f04).
    ["Hackers copied the personal and medical information of 3,900 people from its network.", true],
    ["The intruder downloaded the names and home addresses of staff.", true],
    ["The hospital has taken steps to protect data.", false],
    ["The CEO said restoring from backups could have taken weeks, and that patient records were safe.", false],
    ["Staff are taking care of patient records by hand.", false],
    ["The trust is taking precautions with its files.", false],
  ])("%s", (sentence, theft) => {
    expect(extract("Data breach at Kestrel Hospital", `${LEAD} ${sentence}`).attack_types.includes("data-theft")).toBe(
      theft,
    );
  });
});
