import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on Harlow Clinic";

// The data leaked told by a pronoun with a share of it before ("a first part of it") or offered for sale.
describe("a share of the data or an offer for sale, told by a pronoun", () => {
  it.each([
    [
      "a first part of it on a leak site",
      "The gang says it stole 600GB of patient data from Harlow Clinic and has published a first part of it on its leak site.",
      true,
    ],
    [
      "a large portion of them",
      "The hackers took patient files from Harlow Clinic and released a large portion of them on their leak site.",
      true,
    ],
    [
      "offered them for sale",
      "An employee copied patient records from Harlow Clinic and offered them for sale on a dark web forum.",
      true,
    ],
    [
      "a threat to publish a part of it is no leak",
      "The gang stole data from Harlow Clinic and threatened to publish a first part of it on its leak site.",
      false,
    ],
    ["a purpose is no leak", "The hackers took records from Harlow Clinic in order to offer them for sale.", false],
  ])("%s", (_name, text, leaked) => {
    expect(extract(T, text).impact.includes("data-leaked")).toBe(leaked);
  });
});
