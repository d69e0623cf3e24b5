// A German-language article about a German, Austrian or Swiss clinic is read by its words (german.ts): the attack
// nouns make it an incident, the health names a victim and its type, and the theft, encryption, ransom and threat words
// the attack types and ransom, with "nicht" and "kein" read as negations. English articles read as before.
import { describe, expect, it } from "vitest";
import type { Entities } from "../../src/model/entities";
import { extract } from "./helpers";

type Fields = Pick<Entities, "relevant" | "victim_orgs" | "victim_type" | "country" | "attack_types">;
const fields = (e: Entities): Fields => ({
  relevant: e.relevant,
  victim_orgs: e.victim_orgs,
  victim_type: e.victim_type,
  country: e.country,
  attack_types: e.attack_types,
});

describe("German articles: relevance, victim, type, country and attack types", () => {
  it.each<[string, string, string, Fields]>([
    [
      "a hacker attack, the victim opening with an article",
      "Klinikum Nordstadt: Hackerangriff legt Notaufnahme lahm",
      "Das Klinikum Nordstadt in Niedersachsen wurde Opfer eines Hackerangriffs. Die Notaufnahme ist abgemeldet.",
      {
        relevant: true,
        victim_orgs: ["Klinikum Nordstadt"],
        victim_type: "hospital",
        country: "DE",
        attack_types: ["unknown"],
      },
    ],
    [
      "patient data stolen in Vienna",
      "Patientendaten gestohlen",
      "Bei dem Cyberangriff auf das Krankenhaus Sankt Anna in Wien wurden Patientendaten gestohlen.",
      {
        relevant: true,
        victim_orgs: ["Krankenhaus Sankt Anna"],
        victim_type: "hospital",
        country: "AT",
        attack_types: ["data-theft"],
      },
    ],
    [
      "servers encrypted at a university hospital",
      "Uniklinik Talberg in Bayern erpresst",
      "Die Angreifer haben die Server der Uniklinik Talberg verschl\u00fcsselt und fordern ein L\u00f6segeld.",
      {
        relevant: true,
        victim_orgs: ["Uniklinik Talberg"],
        victim_type: "hospital",
        country: "DE",
        attack_types: ["ransomware"],
      },
    ],
    [
      "no data stolen: the negation is read",
      "Cyberangriff auf Klinik Seewald",
      "Nach Angaben der Klinik Seewald in Z\u00fcrich wurden bei dem Cyberangriff keine Daten gestohlen.",
      {
        relevant: true,
        victim_orgs: ["Klinik Seewald"],
        victim_type: "clinic",
        country: "CH",
        attack_types: ["unknown"],
      },
    ],
    [
      "a threat to publish stolen data, umlaut written out",
      "Hacker drohen Klinikum Talberg in Hessen",
      "Die Hacker drohen dem Klinikum Talberg mit der Veroeffentlichung der gestohlenen Daten.",
      {
        relevant: true,
        victim_orgs: ["Klinikum Talberg"],
        victim_type: "hospital",
        country: "DE",
        attack_types: ["data-theft", "extortion"],
      },
    ],
    [
      "encrypted storage and no encrypted systems are no ransomware",
      "Cyberangriff auf Klinikum Talberg in Sachsen",
      "Beim Cyberangriff auf das Klinikum Talberg wurden keine Systeme verschl\u00fcsselt. Die Patientendaten sind verschl\u00fcsselt gespeichert.",
      {
        relevant: true,
        victim_orgs: ["Klinikum Talberg"],
        victim_type: "hospital",
        country: "DE",
        attack_types: ["unknown"],
      },
    ],
  ])("%s", (_name, title, text, want) => {
    expect(fields(extract(title, text))).toEqual(want);
  });

  it("a fault that was no cyber attack is not an incident", () => {
    const e = extract(
      "Klinikum Talberg: IT-St\u00f6rung war kein Cyberangriff",
      "Die St\u00f6rung im Klinikum Talberg war laut Polizei kein Cyberangriff, sondern ein Hardwaredefekt.",
    );
    expect(e.relevant).toBe(false);
  });
});

describe("German articles: ransom", () => {
  it.each<[string, string, Entities["ransom"]]>([
    [
      "a ransom demanded, no sum",
      "Die Angreifer haben die Server der Uniklinik Talberg verschl\u00fcsselt und fordern ein L\u00f6segeld.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "a sum in euros, the name not run into it",
      "Die Hacker fordern von der Uniklinik Talberg 2 Millionen Euro L\u00f6segeld.",
      { status: "demanded-amount", amount: 2000000, currency: "EUR" },
    ],
    [
      "a refusal",
      "Die Uniklinik Talberg wird nach dem Cyberangriff kein L\u00f6segeld zahlen, sagte ein Sprecher.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "a payment",
      "Nach dem Hackerangriff zahlte die Uniklinik Talberg das L\u00f6segeld.",
      { status: "paid", amount: null, currency: null },
    ],
    [
      "a denied payment is no payment",
      "Nach dem Hackerangriff hat die Uniklinik Talberg nicht das L\u00f6segeld gezahlt.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "no ransom demanded",
      "Nach dem Hackerangriff auf die Uniklinik Talberg wurde kein L\u00f6segeld gefordert.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s", (_name, text, ransom) => {
    expect(extract("Uniklinik Talberg", text).ransom).toEqual(ransom);
  });
});

describe("German words leave English articles as they were", () => {
  it("an English article with a capitalised 'Die' keeps its victim and types", () => {
    const e = extract(
      "Patients Die Waiting as Kestrel Hospital Recovers From Ransomware",
      "Kestrel Hospital in Ohio said ransomware encrypted its servers and hackers stole patient records.",
    );
    expect([e.victim_orgs, e.attack_types]).toEqual([["Kestrel Hospital"], ["ransomware", "data-theft"]]);
  });
});
