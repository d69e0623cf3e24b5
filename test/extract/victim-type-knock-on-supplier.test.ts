// A supplier attacked, its customers affected: "after a cyber attack on Medvane, the company that supplies their
// electronic patient care record system", "after Kaltrix, the maker of radiotherapy equipment, took its systems
// offline". The incident is the supplier's, so its type is what the supplier is, not what the customers it names are.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: a supplier attacked, its customers affected", () => {
  it.each<[string, string, string, string]>([
    [
      "a record supplier to ambulance services",
      "Paramedics back on paper after attack on record supplier",
      "Two ambulance services are recording care on paper after a cyber attack on Medvane, the company that supplies their electronic patient care record system. North Coast Ambulance Service NHS Trust said 999 calls were answered as normal. Medvane said it was restoring its services.",
      "health-it-vendor",
    ],
    [
      "a record supplier to hospitals, without 'electronic'",
      "Hospitals hit by supplier outage",
      "Clinicians at Eastmere Hospital cannot see patient histories after ransomware hit Dorrell Systems, the firm that hosts their patient record software.",
      "health-it-vendor",
    ],
    [
      "a maker of radiotherapy equipment",
      "Cancer treatments delayed after ransomware attack on equipment maker",
      "Radiation treatments at Northfield Cancer Hospital were rescheduled after Kaltrix, the Danish maker of radiotherapy equipment and software, took its cloud systems offline following a ransomware attack.",
      "pharma-medtech",
    ],
    [
      "a maker of imaging machines",
      "Scans delayed after ransomware attack on Vessna",
      "Harlow General Hospital postponed scans after Vessna, a German manufacturer of imaging machines, was hit by ransomware.",
      "pharma-medtech",
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_type).toBe(want);
  });
});
