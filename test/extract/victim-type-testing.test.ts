// A body whose trade is diagnostic or clinical testing is a laboratory, however its name reads: "X, the country's largest
// provider of diagnostic testing", "a clinical testing company". Testing a hospital offers among its services does not
// make it one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("testing as a body's trade types it laboratory", () => {
  it.each<[string, string, string]>([
    [
      "the largest provider of diagnostic testing",
      "Pellucid, Ireland's largest provider of diagnostic testing for health care, said hackers stole customer records.",
      "laboratory",
    ],
    [
      "a clinical testing company",
      "Corvell Labs, a clinical testing company that processes swabs for GP surgeries, was hit by ransomware.",
      "laboratory",
    ],
    [
      "a medical testing chain",
      "Hackers stole records from Brindley, a medical testing chain with 40 sites in Ontario.",
      "laboratory",
    ],
    [
      "a hospital that offers testing among its services stays a hospital",
      "Hackers hit Ashdown Hospital, which offers diagnostic testing among its services, on Monday.",
      "hospital",
    ],
  ])("%s", (_label, text, type) => {
    expect(extract("Cyberattack", text).victim_type).toBe(type);
  });
});
