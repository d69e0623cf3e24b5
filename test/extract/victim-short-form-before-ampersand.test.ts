import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A name joined by "&" ("Harwood Clinic & Surgery Centers") is one body, which the text goes on to call by the part
// before the "&" ("Harwood Clinic said ..."): that part is the same victim, however often it recurs. A system and its
// hospital whose name goes on without "&" ("Ravel Health" and "Ravel Health Medical Center") stay two.
describe("the part of a name before its '&'", () => {
  it.each([
    [
      "a short form told twice after the full name",
      "Harwood Clinic says hackers took data on 12,400 patients",
      "Harwood Clinic & Surgery Centers in Boise, Idaho, is notifying 12,400 patients that hackers copied their files. Harwood Clinic said it did not pay. Harwood Clinic, which runs two surgery centers, is offering credit monitoring.",
      ["Harwood Clinic & Surgery Centers"],
    ],
    [
      "a system and its hospital named apart",
      "Ravel Health hit by ransomware",
      "Ransomware hit Ravel Health and its Ravel Health Medical Center in Tulsa, Oklahoma. Ravel Health said surgeries were postponed. Ravel Health runs four clinics as well.",
      ["Ravel Health", "Ravel Health Medical Center"],
    ],
  ])("%s", (_name, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
