// The organisation registry as extraction reads it: which names it knows, where it finds them in text, and what it adds
// to the rules (victims without a healthcare word, the type when the text says nothing beyond a name, the country by town).
import { describe, expect, it } from "vitest";
import { createOrgRegistry, extractEntities } from "../../src/extract";
import type { RegistryEntry } from "../../src/model/registry";

const row = (
  name: string,
  category: string | null,
  country: string | null,
  extra: Partial<RegistryEntry> = {},
): RegistryEntry => ({
  name,
  aliases: [],
  category,
  category_basis: category ? "source" : null,
  country,
  city: null,
  ...extra,
});

const registry = createOrgRegistry([
  row("KAISER PERMANENTE", "hospital", "US"),
  row("CLEVELAND CLINIC", "hospital", "US", { city: "CLEVELAND" }),
  row("SKY LAKES MEDICAL CENTER", "hospital", "US", { city: "KLAMATH FALLS" }),
  row("DENTAL SURGERY", "dental", "GB"),
  row("THE SURGERY", "primary-care", "GB"),
  row("ROYAL INFIRMARY", "hospital", "GB"),
  row("LILLY", "pharma-medtech", null),
  row("QUEENS PARK MEDICAL CENTRE", "primary-care", "GB"),
  row("LONDON CLINIC", "clinic", "GB"),
  row("ST MARY'S HOSPITAL", "hospital", "GB"),
  row("St Mary's Hospital", "hospital", "US"),
  row("HARBOUR VIEW HEALTH CENTRE", "clinic", "GB", { category_basis: "name-keyword" }),
  row("Henry Schein, Inc.", "pharma-medtech", "US", { aliases: ["Schein Dental Supply"] }),
  row("DR PATEL AND PARTNERS", "primary-care", "GB"),
  row("CARE QUALITY COMMISSION", "public-health", "GB"),
]);

describe("registry lookup", () => {
  it.each([
    { name: "Kaiser Permanente", expected: { category: "hospital", country: "US" } },
    { name: "the Kaiser Permanente", expected: { category: "hospital", country: "US" } },
    { name: "Queen's Park Medical Centre", expected: { category: "primary-care", country: "GB" } },
    { name: "Henry Schein Inc", expected: { category: "pharma-medtech", country: "US" } },
    { name: "Schein Dental Supply", expected: { category: "pharma-medtech", country: "US" } },
    { name: "Cleveland Clinic (CC)", expected: { category: "hospital", country: "US" } },
  ])("knows $name", ({ name, expected }) => {
    expect(registry.lookup(name)).toMatchObject(expected);
  });

  it.each(["Dental Surgery", "The Surgery", "Royal Infirmary", "Lilly", "Unknown Health Partners"])(
    "answers nothing for %s (generic, one word or unknown)",
    (name) => {
      expect(registry.lookup(name)).toBeNull();
    },
  );

  it("leaves the country open when organisations of one name are in several countries", () => {
    expect(registry.lookup("St Mary's Hospital")).toEqual({ category: "hospital", country: null, city: null });
  });

  it("ignores a category the source guessed from a word of the name", () => {
    expect(registry.lookup("Harbour View Health Centre")).toEqual({ category: null, country: "GB", city: null });
  });
});

describe("registry names in text", () => {
  const found = (text: string) => registry.findNames(text).map((m) => text.slice(m.start, m.end));
  it.each([
    { text: "Hackers hit Kaiser Permanente on Monday.", expected: ["Kaiser Permanente"] },
    { text: "Hackers hit kaiser permanente on Monday.", expected: [] },
    { text: "The Northern Kaiser Permanente Trust said", expected: [] },
    { text: "Kaiser Permanente Foundation said", expected: [] },
    { text: "a statement by Henry Schein Inc. said", expected: ["Henry Schein Inc"] },
    { text: "Patients of the London Clinic were told", expected: [] },
    { text: "At Queen's Park Medical Centre, staff", expected: ["Queen's Park Medical Centre"] },
    { text: "the Royal Infirmary and The Surgery", expected: [] },
  ])("in '$text' finds $expected", ({ text, expected }) => {
    expect(found(text)).toEqual(expected);
  });
});

const extract = (title: string, text: string, withRegistry = true) =>
  extractEntities(
    { url: "https://example.org/a", site: "example.org", title, text },
    withRegistry ? registry : undefined,
  );

describe("extraction with a registry", () => {
  it.each([
    {
      name: "a known organisation without a healthcare word is a victim when the attack sentence names it",
      title: "Kaiser Permanente hit by ransomware attack",
      text: "Kaiser Permanente said hackers encrypted its servers on Monday and patient data was stolen.",
      expected: ["Kaiser Permanente"],
    },
    {
      name: "or when the body names it twice, once telling the attack",
      title: "Ransomware attack on Elm Valley Hospital",
      text: "Elm Valley Hospital said hackers encrypted its servers. Kaiser Permanente said the same attack stole its data. Kaiser Permanente has notified patients.",
      expected: ["Elm Valley Hospital", "Kaiser Permanente"],
    },
    {
      name: "not when the body names it once in passing",
      title: "Ransomware attack on Elm Valley Hospital",
      text: "Elm Valley Hospital said hackers encrypted its servers. After the attack, ambulances were sent to Kaiser Permanente instead.",
      expected: ["Elm Valley Hospital"],
    },
    {
      name: "not when it is only named as background",
      title: "Ransomware attack on Elm Valley Hospital",
      text: "Elm Valley Hospital said hackers encrypted its servers. Last year Kaiser Permanente was hit by a similar attack.",
      expected: ["Elm Valley Hospital"],
    },
    {
      name: "not when the sentence tells no attack",
      title: "Ransomware attack on Elm Valley Hospital",
      text: "Elm Valley Hospital said hackers encrypted its servers. Patients were sent to Kaiser Permanente clinics nearby.",
      expected: ["Elm Valley Hospital"],
    },
    {
      name: "not a regulator or a GP practice named after a doctor",
      title: "Ransomware attack on Elm Valley Hospital",
      text: "Elm Valley Hospital told the Care Quality Commission about the attack, Dr Patel said of the breach.",
      expected: ["Elm Valley Hospital"],
    },
  ])("$name", ({ title, text, expected }) => {
    expect(extract(title, text).victim_orgs).toEqual(expected);
  });

  it.each([
    {
      name: "the registry types a victim whose type came only from a word of its name",
      title: "Cleveland Clinic hit by ransomware attack",
      text: "Cleveland Clinic said hackers encrypted its servers.",
      rules: "clinic",
      expected: "hospital",
    },
    {
      name: "the text's own description of the victim wins",
      title: "Cleveland Clinic hit by ransomware attack",
      text: "Cleveland Clinic, a fertility practice with four sites, said hackers encrypted its servers.",
      rules: "clinic",
      expected: "clinic",
    },
  ])("$name", ({ title, text, rules, expected }) => {
    expect(extract(title, text, false).victim_type).toBe(rules);
    expect(extract(title, text).victim_type).toBe(expected);
  });

  it("takes the country from the registry when the text names the victim's town and no country", () => {
    const title = "Sky Lakes Medical Center hit by ransomware attack";
    const e = extract(title, "Officials expect a financial hit to the Klamath Falls medical center after the attack.");
    expect(
      extract(title, "Officials expect a financial hit to the Klamath Falls medical center after the attack.", false)
        .country,
    ).toBeNull();
    expect(e.country).toBe("US");
    expect(e.evidence.find((x) => x.field === "country")?.quote).toMatch(/Klamath Falls/);
  });

  it("gives no country when the text names no place, whatever the registry knows", () => {
    expect(
      extract(
        "Sky Lakes Medical Center hit by ransomware attack",
        "The medical center said hackers encrypted its servers.",
      ).country,
    ).toBeNull();
  });

  it("keeps the text's country over the registry's", () => {
    expect(
      extract(
        "Sky Lakes Medical Center hit by ransomware attack",
        "The center in Klamath Falls, Ontario said hackers encrypted its servers.",
      ).country,
    ).toBe("CA");
  });

  it("extracts exactly as the rules do with an empty registry", () => {
    const empty = createOrgRegistry([]);
    const a = {
      url: "u",
      site: "s",
      title: "Cleveland Clinic hit by ransomware",
      text: "Cleveland Clinic in Ohio said its systems were down and operations cancelled.",
    };
    expect(extractEntities(a, empty)).toEqual(extractEntities(a));
  });
});
