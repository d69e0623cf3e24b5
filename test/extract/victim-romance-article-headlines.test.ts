// A headline in the original language opens on its article ("El Hospital Clínic ...", "Il Policlinico ...", "La
// Clínica ..."): before a health word the article is no part of the name, so the headline's name and the body's are one
// victim; a name whose own first word is an article ("El Camino Hospital", "Le Bonheur Children's Hospital") keeps it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a Romance article opening a headline", () => {
  it.each([
    [
      "Spanish",
      "El Hospital Universitari Sant Roc no pagará el rescate",
      "The Hospital Universitari Sant Roc will not pay the ransom demanded by the hackers who attacked it.",
      ["Hospital Universitari Sant Roc"],
    ],
    [
      "Italian",
      "Il Policlinico San Matteo colpito da ransomware",
      "Policlinico San Matteo in Pavia said hackers had encrypted its servers.",
      ["Policlinico San Matteo"],
    ],
    [
      "a name opening on an article keeps it",
      "El Camino Hospital hit by cyberattack",
      "El Camino Hospital in California said hackers had encrypted its servers.",
      ["El Camino Hospital"],
    ],
  ])("%s", (_label, title, body, victims) => {
    expect(extract(title, body).victim_orgs).toEqual(victims);
  });
});
