// A regional health authority runs its region's hospitals, as a health board does (../shared/eval/README.md: health
// boards that run hospitals are `hospital`); a public health authority does not. Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a health authority is typed as the hospitals it runs", () => {
  it.each<[string, string, string, string]>([
    [
      "plural in 'the largest of the four health authorities'",
      "Procedures cancelled after cyberattack",
      "Almost every procedure but emergency ones was cancelled after a cyberattack at Tarrow Health, the largest of the four health authorities in the province.",
      "hospital",
    ],
    [
      "'the regional health authority' in apposition",
      "Cyberattack on health authority",
      "A cyberattack hit Kelso Health, the regional health authority for the northern counties, on Monday, and staff went back to paper.",
      "hospital",
    ],
    [
      "a public health authority stays public-health",
      "Agency hit by ransomware",
      "Ransomware hit Marlow Public Health, the public health authority for the county, on Monday.",
      "public-health",
    ],
  ])("%s", (_shape, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});
