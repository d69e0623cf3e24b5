// Attack types told in a claim's own words: a haul counted in words between the verb of taking and the data ("took more
// than one million records") is theft, and a threat to publish "if it is not paid" is extortion as "unless" is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const types = (text: string) => extract("Hackers claim attack on Marlow Vale Hospital", text).attack_types;

describe("attack types: hauls counted in words, threats on condition of payment", () => {
  it.each<[string, string, string[]]>([
    [
      "a haul counted in words after 'took'",
      "The gang says it took more than two million patient records from Marlow Vale Hospital.",
      ["data-theft"],
    ],
    [
      "a haul counted in words after 'obtained'",
      "Hackers obtained well over half a million records from Marlow Vale Hospital, the trust said.",
      ["data-theft"],
    ],
    [
      "a threat to publish if the ransom is not paid",
      "The group behind the Marlow Vale Hospital attack will release the scans if the ransom isn't paid by Friday.",
      ["extortion"],
    ],
    [
      "a threat to leak if the hospital does not pay",
      "The attackers say they will leak everything if Marlow Vale Hospital does not pay.",
      ["extortion"],
    ],
    [
      "a threat to sell if the victim fails to pay",
      "Marlow Vale Hospital's files will be sold to the highest bidder if the hospital fails to pay, the gang wrote.",
      ["extortion"],
    ],
  ])("%s", (_name, text, want) => {
    expect(types(text)).toEqual(expect.arrayContaining(want));
  });

  it.each<[string, string]>([
    [
      "steps taken are no haul",
      "Marlow Vale Hospital took more than a dozen steps to secure its systems after the attack.",
    ],
    [
      "a publication that does not wait on payment",
      "Marlow Vale Hospital will publish its annual report if the board does not object, a spokesperson said.",
    ],
  ])("%s", (_name, text) => {
    expect(types(text)).not.toContain("data-theft");
    expect(types(text)).not.toContain("extortion");
  });
});
