import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Spoken and informal news refers back to the stolen data with a pronoun and a part of it: "published a chunk of it",
// "posted a portion of them". Told as what happened, that is a leak; threatened or planned, it is not.
describe("a leak of part of 'it'", () => {
  it.each([
    [
      "a chunk of it published",
      "Gang claims Kestrel Dental attack",
      "A gang called Zorvex claimed the attack on Kestrel Dental in Oregon and said it took 40GB of patient records. Zorvex published a chunk of it on Sunday.",
      true,
    ],
    [
      "a portion of them posted",
      "Wexley Orthopedics confirms theft of patient files",
      "Hackers stole patient files from Wexley Orthopedics in Maine last month. The criminals have since posted a portion of them online.",
      true,
    ],
    [
      "part of it threatened",
      "Gang claims Kestrel Dental attack",
      "A gang called Zorvex claimed the attack on Kestrel Dental in Oregon and said it took 40GB of patient records. Zorvex threatened to publish part of it on Sunday.",
      false,
    ],
    [
      "some of it to be released",
      "Gang claims Kestrel Dental attack",
      "A gang called Zorvex claimed the attack on Kestrel Dental in Oregon and said it took 40GB of patient records. It says it will release some of it next week.",
      false,
    ],
  ])("%s", (_name, title, text, leaked) => {
    expect(extract(title, text).impact.includes("data-leaked")).toBe(leaked);
  });
});
