// What US trade press calls a body: a specialty practice's management company ("X Dermatology Management"), a trade
// joined to another before the head noun ("a managed care and pharmacy benefits company"), and a supplier named by the
// service it sells ("patient engagement company X"), whose customers (health plans, hospitals) are not what it is.
import { describe, expect, it } from "vitest";
import type { VictimType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("victim type: trade descriptions", () => {
  it.each<[string, string, VictimType]>([
    [
      "a specialty practice's management company",
      "Harbourside Dermatology Management, LLC said an unauthorized party copied files holding patient data in Virginia.",
      "clinic",
    ],
    [
      "a specialty practice's partnership",
      "Hackers stole patient files from Riverside Urology Partners in Tulsa, Oklahoma, the practice said.",
      "clinic",
    ],
    [
      "a managed care company joined to another trade",
      "Hackers stole employee data from Corvell Health, the managed care and pharmacy benefits company based in Tucson, Arizona.",
      "insurer",
    ],
    [
      "a pharmacy benefits company alone stays a pharmacy service",
      "Hackers stole member data from Corvell Rx, a pharmacy benefits company based in Tucson, Arizona.",
      "pharmacy",
    ],
    [
      "a patient engagement company serving plans and hospitals",
      "Patient engagement company Lumora said hackers stole data on patients. The Austin, Texas-based company, which runs wellness programs for health plans and hospitals, is notifying them.",
      "health-it-vendor",
    ],
    [
      "a population health firm",
      "Population health firm Velacare said hackers copied patient records from its servers in Ohio.",
      "health-it-vendor",
    ],
  ])("%s", (_name, text, type) => {
    expect(extract("Data breach reported", text).victim_type).toBe(type);
  });
});
