// "Former Carrow Hospital nurse charged": a headline's "Former" belongs to the employee after the name, not to the name,
// which opens on the body's own first word.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: 'Former' before a body's name in a headline", () => {
  it.each<[string, string, string[]]>([
    [
      "Former Carrow Hospital nurse charged with selling patient data",
      "Prosecutors say the nurse sold the records of 3,000 patients of Carrow Hospital.",
      ["Carrow Hospital"],
    ],
    [
      "Former Brightwater Dental Group employee admits stealing records",
      "The employee copied patient files before leaving Brightwater Dental Group, the practice said.",
      ["Brightwater Dental Group"],
    ],
  ])("%s", (title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});
