import { describe, expect, it } from "vitest";
import { COUNTRIES, countryInSentence, countryNameOf } from "../../src/model/countries";
import { parseCountry } from "../../src/model/country-words";

describe("one country table for extraction and search", () => {
  it.each([
    ["GB", "United Kingdom", "the United Kingdom"],
    ["us", "United States", "the United States"],
    ["NL", "Netherlands", "the Netherlands"],
    ["CZ", "Czech Republic", "the Czech Republic"],
    ["CD", "Democratic Republic of the Congo", "the Democratic Republic of the Congo"],
    ["PH", "Philippines", "the Philippines"],
    ["FK", "Falkland Islands", "the Falkland Islands"],
    ["KE", "Kenya", "Kenya"],
    ["CI", "Côte d'Ivoire", "Côte d'Ivoire"],
  ])("names %s as %j, in a sentence %j", (code, name, inSentence) => {
    expect(countryNameOf(code)).toBe(name);
    expect(countryInSentence(code)).toBe(inSentence);
  });

  it("answers null for a code that names no country, and a sentence keeps the code", () => {
    expect(countryNameOf("ZZ")).toBeNull();
    expect(countryInSentence("zz")).toBe("ZZ");
  });

  it("accepts in search every current ISO 3166-1 code, shown by the name extraction knows, and no withdrawn one", () => {
    for (const c of COUNTRIES) {
      expect(parseCountry(c.code)).toBe(c.code);
      expect(countryNameOf(c.code)).toBe(c.names[0]);
    }
    for (const withdrawn of ["DY", "HV", "NH", "RH", "VD"]) {
      expect(parseCountry(withdrawn)).toBeNull();
      expect(countryNameOf(withdrawn)).toBeNull();
    }
  });

  it.each([
    ["DR Congo", "CD"],
    ["Czechia", "CZ"],
    ["Ivory Coast", "CI"],
    ["Korea", "KR"],
    ["Georgia", "GE"],
  ])("search reads every name of the table: %j is %s", (typed, code) => {
    expect(parseCountry(typed)).toBe(code);
  });

  it.each(["Russian", "Chinese", "North Korean", "Iranian"])(
    "search does not read the nationality %j as the victim's country (attackers are named by it)",
    (typed) => {
      expect(parseCountry(typed)).toBeNull();
    },
  );
});
