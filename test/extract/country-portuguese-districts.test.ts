// Portugal's districts and islands fix the country as a French département does ("in the Setúbal district").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("country: Portuguese districts", () => {
  it.each([
    ["a district after its name", "The Centro Hospitalar do Sado, in the Setúbal district, was hit by a cyberattack."],
    ["a district with 'of'", "A cyberattack hit the Hospital de São Teotónio in the district of Viseu."],
    ["islands", "The regional health service of the Azores said a cyberattack took its systems offline."],
  ])("%s", (_label, body) => {
    expect(extract("Cyberattack on hospital", body).country).toBe("PT");
  });
});
