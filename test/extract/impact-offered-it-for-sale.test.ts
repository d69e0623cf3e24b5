// Stolen data offered for sale is data leaked, told by a pronoun after the theft ("copied the data of 547,000 customers
// and offered it for sale") or as data "advertised on" a dark-web site (blind-ff01).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("impact: data offered for sale, told by a pronoun or an advert", () => {
  it.each([
    [
      "offered it for sale",
      "An employee of Corrow Health Insurance copied the data of 547,000 customers and offered it for sale on the dark web.",
    ],
    [
      "put them up for sale",
      "Hackers stole patient records from Corrow Valley Hospital and then put them up for sale on a forum.",
    ],
    [
      "records advertised on a site",
      "After a breach at Corrow Valley Hospital, a researcher spotted its patient records advertised on a dark web site.",
    ],
  ])("%s", (_label, text) => {
    expect(extract("Health data breach", text).impact).toContain("data-leaked");
  });

  it.each([
    [
      "a threat to put it up for sale",
      "Hackers stole patient records from Corrow Valley Hospital and threatened to put them up for sale.",
    ],
    [
      "a job advertised on a site",
      "Corrow Valley Hospital, hit by a cyberattack last week, advertised on its website for a new security chief.",
    ],
  ])("%s is no leak", (_label, text) => {
    expect(extract("Health data breach", text).impact).not.toContain("data-leaked");
  });
});
