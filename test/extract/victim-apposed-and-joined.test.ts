// Names introduced by a healthcare description before them and a comma ("its affiliated care home, Willowmere House")
// are listed beside the victim they are joined to; two names joined by "and" are two bodies even when they share leading
// words ("Fenwick Valley Medical Center and the independent Fenwick Valley Pharmacy"), while a site named elsewhere
// still folds into its owner; beds describe a place of care ("Ashcombe Memorial, which has 220 beds").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("names joined to the victim", () => {
  it.each<[string, string, string[]]>([
    [
      "a care home by its description and a comma",
      "Ransomware hit Kestrel County Hospital and its affiliated care home, Willowmere House, on Tuesday.",
      ["Kestrel County Hospital", "Willowmere House"],
    ],
    [
      "a clinic after 'a nearby'",
      "Hackers breached Kestrel County Hospital and a nearby rehabilitation clinic, Oakfield Lodge, last week.",
      ["Kestrel County Hospital", "Oakfield Lodge"],
    ],
    [
      "a partner named for its help, not joined to the attack",
      "Kestrel County Hospital said ransomware took its systems offline. Its partner clinic, Oakfield Lodge, stepped in to see patients.",
      ["Kestrel County Hospital"],
    ],
    [
      "a body and one sharing its leading words, joined by 'and'",
      "Ransomware hit Fenwick Valley Medical Center and the independent Fenwick Valley Pharmacy next door on Monday.",
      ["Fenwick Valley Medical Center", "Fenwick Valley Pharmacy"],
    ],
    [
      "a site named in another sentence",
      "Fenwick Valley Medical Center said ransomware hit its network. The Fenwick Valley Downtown Pharmacy is open as usual.",
      ["Fenwick Valley Medical Center"],
    ],
  ])("%s", (_name, text, victims) => {
    expect(extract("Cyber attack", text).victim_orgs).toEqual(victims);
  });
});

describe("a place of care described by its beds", () => {
  it.each<[string, string, string, string[], string | null]>([
    [
      "beds",
      "Data of 3,000 patients exposed",
      "Ashcombe Memorial, which has 220 beds, said hackers exposed the data of 3,000 patients.",
      ["Ashcombe Memorial"],
      "hospital",
    ],
    [
      "employees are no beds",
      "Data exposed",
      "Ashcombe Holdings, which has 220 employees, said hackers exposed the data of 3,000 customers.",
      [],
      null,
    ],
  ])("%s", (_name, title, text, victims, type) => {
    const e = extract(title, text);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.victim_type).toBe(type);
  });
});
