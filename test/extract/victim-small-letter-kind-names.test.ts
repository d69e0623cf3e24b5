// French, Italian and Spanish names write their kind's adjectives in small letters ("Centre hospitalier de Brissac",
// "Azienda sanitaria locale di Valdora"): the adjective goes on with the name, so the hospital is found as written.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a name whose kind's adjective is in small letters", () => {
  it.each([
    [
      "Centre hospitalier and a place",
      "The Centre hospitalier de Brissac was hit by ransomware on Sunday.",
      ["Centre hospitalier de Brissac"],
    ],
    [
      "two adjectives",
      "Hackers encrypted the servers of the Centre hospitalier universitaire de Valmont on Monday.",
      ["Centre hospitalier universitaire de Valmont"],
    ],
    [
      "a name going on in capitals",
      "The Centre hospitalier Nord Vendéen said a cyberattack had encrypted its systems.",
      ["Centre hospitalier Nord Vendéen"],
    ],
    [
      "an Italian local health authority",
      "Ransomware hit the Azienda sanitaria locale di Valdora on Friday.",
      ["Azienda sanitaria locale di Valdora"],
    ],
  ])("%s", (_label, body, victims) => {
    expect(extract("Hospital hit by cyberattack", body).victim_orgs).toEqual(victims);
  });
});
