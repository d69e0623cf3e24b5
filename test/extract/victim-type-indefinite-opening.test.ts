// A story that opens on its victim's kind as an indefinite subject ("A network of community health centers in Oregon
// says ...") and names it only later is typed by that opening, as by an apposition, over the words of a name that say
// less ("Riverbend Medical Centers"). An opening subject that is no victim (a gang, a researcher) types nothing. Every
// organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("the opening sentence's indefinite subject types the victim named later", () => {
  it.each<[string, string, string, string]>([
    [
      "a network of community health centers says",
      "Hackers may have reached records of Oregon patients",
      "A network of community health centers in Oregon says hackers may have got into the records of thousands of patients.\n\nIn a statement, nonprofit Riverbend Medical Centers (RMC), based in Salem, said it had detected unusual network activity on October 10.",
      "primary-care",
    ],
    [
      "a chain of dental offices has told regulators",
      "Data breach at Oregon practices",
      "A chain of dental offices in Oregon has told regulators that hackers may have reached the records of 20,000 patients.\n\nRiverbend Medical Group, based in Salem, said it found the intrusion on May 2.",
      "dental",
    ],
    [
      "a behavioral health provider is notifying",
      "Patients notified of breach",
      "A behavioral health provider in Ohio is notifying 4,000 patients that an email account was breached.\n\nLakeshore Medical Associates said the account was accessed in March.",
      "mental-health",
    ],
  ])("%s", (_shape, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });

  it.each<[string, string, string, string]>([
    [
      "a gang as the opening subject",
      "Gang claims hospital attack",
      "A ransomware gang that specialises in data theft says it has stolen files from an Oregon hospital.\n\nRiverbend Regional Hospital said on Monday it was investigating the claim.",
      "hospital",
    ],
  ])("not: %s", (_shape, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});
