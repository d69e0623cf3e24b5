// A count of records stated before a count of the people told of the breach or hit by it: the attackers' claim of so
// many records gives way to the victim's head-count (unseen-bank-rw4-pages.ts), while people counted for other reasons
// ("300 people called the helpline") do not displace the records.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("people affected: records, then people told or hit", () => {
  it.each([
    [
      "The Ravenhold gang says a database with at least 2.1M records of patient data will soon be released. Marlow Pharmacy Services has sent letters to 3.4 million individuals, current and former patients, saying hackers took names and prescriptions.",
      3400000,
    ],
    [
      "Hackers claim to hold 900,000 records stolen from Marlow Pharmacy Services. The company said 612,400 patients were affected by the breach.",
      612400,
    ],
    [
      "The group posted 1.2 million records it says it took from Marlow Pharmacy Services. The company has notified 480,000 patients of the breach.",
      480000,
    ],
    // People counted for another reason leave the records standing.
    [
      "Hackers stole 800,000 patient records from Marlow Pharmacy Services. About 300 people called the breach helpline in its first week.",
      800000,
    ],
    // People first: the first count stands as before.
    [
      "Marlow Pharmacy Services has notified 52,000 patients of the breach. The hackers claim to hold 75,000 records.",
      52000,
    ],
  ])("%s", (body, want) => {
    expect(extract("Data breach at Marlow Pharmacy Services", body).people_affected).toBe(want);
  });
});
