// Names that translated news keeps in their own language's sentence case ("Centre hospitalier Sud Francilien", "Azienda
// ospedaliera di Padova"), a name going on after its bracketed acronym ("Managed Care of North America (MCNA) Dental"),
// a practice named for its doctors ("Harbour Children's Health Physicians") typed a clinic unless they are family
// doctors, and a place before "-based operator of" hospitals giving the country (an operator of ransomware does not).
import { describe, expect, it } from "vitest";
import type { VictimType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("victims: institution names in sentence case, names after an acronym", () => {
  it.each<[string, string, string[]]>([
    [
      "a French hospital centre with a two-word name",
      "Hackers paralysed the Centre hospitalier Val de Brenne on Sunday, the hospital said.",
      ["Centre hospitalier Val de Brenne"],
    ],
    [
      "a French university hospital centre",
      "The Centre hospitalier universitaire de Montclair was hit by ransomware on Sunday.",
      ["Centre hospitalier universitaire de Montclair"],
    ],
    [
      "an Italian hospital authority",
      "A ransomware attack hit the Azienda ospedaliera di Vallemonte on Sunday.",
      ["Azienda ospedaliera di Vallemonte"],
    ],
    [
      "a Spanish university hospital",
      "A ransomware attack hit the Hospital universitario de Santa Lucía on Sunday.",
      ["Hospital universitario de Santa Lucía"],
    ],
    [
      "a name that goes on after its acronym",
      "Kestrel Care of New England (KCNE) Dental said hackers stole patient records.",
      ["Kestrel Care of New England (KCNE) Dental"],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Cyber attack", text).victim_orgs).toEqual(want);
  });
});

describe("victim type: a practice named for its doctors", () => {
  it.each<[string, string, VictimType]>([
    [
      "physicians at the end of the name",
      "Hackers stole patient files from Harbour Children's Health Physicians.",
      "clinic",
    ],
    [
      "family physicians are primary care",
      "Hackers stole patient files from Harbour Family Physicians.",
      "primary-care",
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Data breach", text).victim_type).toBe(want);
  });
});

describe("country: a place before '-based operator of'", () => {
  it.each<[string, string, string | null]>([
    [
      "the operator of hospitals is a business",
      "Harbour Health, the Memphis-based operator of 40 hospitals, said hackers stole patient data.",
      "US",
    ],
    [
      "the operators of ransomware are the attackers",
      "Harbour Health said hackers stole patient data, blaming Russia-based operators of the ransomware.",
      null,
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Data breach", text).country).toBe(want);
  });
});
