// French and Italian names fuse an elided joiner to the word after it ("Centre hospitalier d'Aubrac-Vallon", "Ospedale
// dell'Orsina"): the name goes on past it as it does past "de" or "di", and the place after the joiner is no name of
// its own.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a name going on past an elided joiner", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a French hospital centre, 'd'' before a hyphenated town",
      "Cyberattack on the Aubrac-Vallon hospital",
      "The Centre hospitalier d'Aubrac-Vallon said it had been hit by ransomware on Monday.",
      ["Centre hospitalier d'Aubrac-Vallon"],
    ],
    [
      "a university hospital's acronym, 'd'' with a curly apostrophe",
      "Hackers hit French hospital",
      "Hackers hit the CHU d’Ambrolle on Sunday, forcing its staff onto paper.",
      ["CHU d’Ambrolle"],
    ],
    [
      "an Italian hospital, 'dell''",
      "Cyberattack on Italian hospital",
      "The Ospedale dell'Orsina in Calvena said hackers had encrypted its servers.",
      ["Ospedale dell'Orsina"],
    ],
  ])("%s", (_label, title, body, victims) => {
    expect(extract(title, body).victim_orgs).toEqual(victims);
  });
});
