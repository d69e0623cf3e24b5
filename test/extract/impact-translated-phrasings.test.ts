// Effects told the way translated and overseas news tells them: a hospital "deregistered from emergency care" (German
// news's "von der Notfallversorgung abgemeldet") closed its emergency service; "suspended emergency treatment" closes
// one too; staff "using paper", results "delivered by phone and on paper" are paper processes.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on Klinikum Talheim";
const open = "Klinikum Talheim in Bavaria was hit by a cyberattack on Thursday.";

describe("impact: translated and overseas phrasings", () => {
  it.each([
    ["deregistered from emergency care", "The hospital has deregistered from emergency care.", "services-closed"],
    ["de-registered, with a hyphen", "The clinic de-registered from emergency care until Monday.", "services-closed"],
    ["withdrew from acute services", "The hospital withdrew from acute services for two days.", "services-closed"],
    ["suspended emergency treatment", "The hospital has suspended emergency treatment.", "services-closed"],
    ["staff using paper", "Nurses said the record system was down and they were using paper.", "paper-records"],
    ["results delivered by phone and on paper", "Results are delivered by phone and on paper.", "paper-records"],
  ])("%s", (_label, body, effect) => {
    expect(extract(T, `${open} ${body}`).impact).toContain(effect);
  });

  it.each([
    ["paper towels are no paper records", "Staff were using paper towels."],
    ["a registration is no withdrawal", "The hospital registered for emergency care funding."],
  ])("%s", (_label, body) => {
    expect(extract(T, `${open} ${body}`).impact).toEqual([]);
  });
});
