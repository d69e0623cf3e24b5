// A region, county, département, Land or state, or a mid-sized city, fixes the victim's country when the text names
// no country (README, Country).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("places that fix the country", () => {
  it.each<[string, string]>([
    ["in Gloucestershire", "GB"],
    ["in Fife", "GB"],
    ["in Powys", "GB"],
    ["in Truro", "GB"],
    ["in Lower Saxony", "DE"],
    ["in Bayern", "DE"],
    ["in Tyrol", "AT"],
    ["in the Drôme", "FR"],
    ["in Isere", "FR"],
    ["in Galicia", "ES"],
    ["in Malaga", "ES"],
    ["in Gelderland", "NL"],
    ["in Galway", "IE"],
    ["in Malmo", "SE"],
    ["in Tamil Nadu", "IN"],
    ["in Tokushima Prefecture", "JP"],
    ["in Hokkaido", "JP"],
    ["in Kochi Prefecture", "JP"],
    ["in Kochi", "IN"],
    ["across the Midwest", "US"],
  ])("Kestrelby Hospital %s", (place, code) => {
    expect(
      extract(
        "Cyber attack on Kestrelby Hospital",
        `Kestrelby Hospital ${place} said a cyber attack took its systems offline.`,
      ).country,
    ).toBe(code);
  });
});
