// Name forms other newsrooms use for one victim, and near names that stay different organisations.
import { describe, expect, it } from "vitest";
import { nameWord, nameWords } from "../../src/cluster/name-words";
import { scoreMatch } from "../../src/cluster/match";
import { articleProfile } from "../../src/cluster/profile";
import { compareVictims, victimKeys } from "../../src/cluster/victim-keys";
import type { Entities } from "../../src/model";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { NO_ENTITIES } from "../fixtures/cluster/stories";

describe("name words", () => {
  it.each([
    { name: "St. Brannoc's Hospital", words: ["st", "brannoc", "hospital"] },
    { name: "Saint Brannocs Hospital", words: ["st", "brannoc", "hospital"] },
    { name: "Mount Ferrow Clinics", words: ["mt", "ferrow", "clinic"] },
    { name: "Quell & Dorran Surgery", words: ["quell", "and", "dorran", "surgery"] },
    { name: "Texas - Orlin Bay Health", words: ["orlin", "bay", "health"] },
    { name: "Hôtel-Dieu Varenne", words: ["hotel", "dieu", "varenne"] },
  ])("reads $name as $words", ({ name, words }) => {
    expect(nameWords(name)).toEqual(words);
  });

  it.each(["glass", "campus", "pelvis", "bus"])("keeps the final s of %s", (w) => {
    expect(nameWord(w)).toBe(w);
  });
});

describe("one victim in the forms other newsrooms write", () => {
  it.each([
    {
      a: "St. Brannoc's Regional Medical Center",
      b: "Saint Brannoc Regional Medical Center",
      why: "saint and possessive",
    },
    { a: "St Brannocs Regional Medical Center", b: "St. Brannoc's Regional Medical Center", why: "no apostrophe" },
    { a: "Mount Ferrow Hospital", b: "Mt. Ferrow Hospital", why: "mount" },
    { a: "Klinikum Orsenbach", b: "Orsenbach Kliniken gGmbH", why: "German hospital words and legal form" },
    { a: "Universitätsklinikum Velmar", b: "Velmar University Hospital", why: "German university hospital" },
    { a: "University Hospital Velmar", b: "Velmar University Hospital", why: "word order" },
    { a: "Centre Hospitalier de Marvoux", b: "Hôpital de Marvoux", why: "French hospital words" },
    { a: "Ospedale Sant'Orvieno", b: "Azienda Ospedaliera Sant'Orvieno", why: "Italian hospital words" },
    { a: "Ohio - Dunmarsh Valley Health", b: "Dunmarsh Valley Health", why: "a dateline left before the name" },
    { a: "Quell & Dorran Surgery", b: "Quell and Dorran Surgery", why: "ampersand" },
  ])("$a is $b ($why)", ({ a, b }) => {
    expect(compareVictims(victimKeys([a]), victimKeys([b]))).not.toBe("conflict");
    expect(compareVictims(victimKeys([b]), victimKeys([a]))).not.toBe("conflict");
  });

  it("ties an acronym to the initials of a name that had a dateline in front", () => {
    expect(compareVictims(victimKeys(["DVH"]), victimKeys(["Ohio - Dunmarsh Valley Health"]))).toBe("acronym");
  });

  it.each([
    { a: "Klinikum Orsenbach", b: "Klinikum Velmar" },
    { a: "St. Brannoc's Hospital", b: "St. Aldric's Hospital" },
    { a: "Orsenbach Children's Hospital", b: "Orsenbach Memorial Hospital" },
    { a: "Mercy Ferrow Home Care", b: "Mercy Ferrow Hospice" },
    { a: "University Hospital Velmar", b: "University Hospital Orsenbach" },
  ])("$a and $b stay different organisations", ({ a, b }) => {
    expect(compareVictims(victimKeys([a]), victimKeys([b]))).toBe("conflict");
  });
});

describe("a victim named by its web address", () => {
  it.each([
    { a: "kestrelvalley.org", b: "Kestrel Valley Health" },
    { a: "www.kestrel-valley.org", b: "Kestrel Valley Medical Center" },
    { a: "kestrelvalleyhealth.com", b: "Kestrel Valley Health" },
    { a: "orsenbach.nhs.uk", b: "Orsenbach NHS Foundation Trust" },
    { a: "lakemoordentalpartners.com", b: "Lakemoor Dental Partners" },
    { a: "https://www.ferrowclinic.co.uk/", b: "Ferrow Clinic" },
  ])("$a is $b", ({ a, b }) => {
    expect(compareVictims(victimKeys([a]), victimKeys([b]))).not.toBe("conflict");
    expect(compareVictims(victimKeys([b]), victimKeys([a]))).not.toBe("conflict");
  });

  it.each([
    { a: "kestrelvalley.org", b: "Kestrel Ridge Health" },
    { a: "orsenbach.nhs.uk", b: "Velmar NHS Foundation Trust" },
    { a: "example.com", b: "Kestrel Valley Health" },
  ])("$a is not $b", ({ a, b }) => {
    expect(compareVictims(victimKeys([a]), victimKeys([b]))).toBe("conflict");
  });
});

describe("a name of generic words only", () => {
  it.each([
    { a: "Community Health Centers", b: "Community Health Center", expected: "generic-name" },
    { a: "Community Health Centers (CHC)", b: "Community Health Centers", expected: "generic-name" },
    { a: "Regional Medical Center", b: "The Regional Medical Center", expected: "generic-name" },
    { a: "Kestrel Community Health Centers", b: "Kestrel Community Health Center", expected: "name" },
    { a: "Family Dental Care", b: "Family Dental Care", expected: "name" },
  ])("$a and $b: $expected", ({ a, b, expected }) => {
    expect(compareVictims(victimKeys([a]), victimKeys([b]))).toBe(expected);
  });

  it.each([
    { name: "same country only", e: { country: "US" }, joins: false },
    { name: "same country and type", e: { country: "US", victim_type: "primary-care" as const }, joins: true },
  ])("needs two more facts to join: $name", ({ e, joins }) => {
    const p = (x: Partial<Entities>) =>
      articleProfile(
        { text: "", entities: { ...NO_ENTITIES, victim_orgs: ["Community Health Centers"], ...x } },
        groupSlugOf,
      );
    const incident = p({ country: "US", victim_type: "primary-care" });
    expect(scoreMatch(p(e), incident).joins).toBe(joins);
  });
});
