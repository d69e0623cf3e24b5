// An aside about another incident (a relative clause, bracket or dashes hung on the gang's name, or telling of an earlier
// attack) names where that incident happened, not the victim's country; asides about the victim still count.
import { describe, expect, it } from "vitest";
import { asidesOfAnotherIncident } from "../../src/extract/aside";
import { extract } from "./helpers";

describe("country: places in an aside about another incident", () => {
  it.each<[string, string, string, string | null]>([
    [
      "a relative clause on the gang with a past-time cue",
      "Rhysida claims Kestrel Valley Hospital",
      "Rhysida, which last year hit a London library and demanded 20 bitcoin, has now claimed an attack on Kestrel Valley Hospital in Idaho.",
      "US",
    ],
    [
      "the gang's earlier victims with no time word",
      "LockBit claims attack on Kestrel Clinic",
      "LockBit, which has hit hospitals in France and Germany, claimed the attack on Kestrel Clinic in Ontario.",
      "CA",
    ],
    [
      "a bracketed aside with a year",
      "Akira lists Kestrel Clinic",
      "Akira (which struck a Dutch hospital in 2022) has listed Kestrel Clinic of Texas on its leak site.",
      "US",
    ],
    [
      "an aside set off by dashes, after a gang noun",
      "Kestrel Medical Group hit by ransomware",
      "The gang - which previously attacked a clinic in Sydney - says it hit Kestrel Medical Group in Ohio with ransomware.",
      "US",
    ],
    [
      "a list of places inside the aside",
      "Rhysida claims Kestrel Hospital",
      "Rhysida, which hit hospitals in London, Paris and Madrid last year, claimed Kestrel Hospital in Ohio.",
      "US",
    ],
    [
      "an apposition naming the gang behind an earlier attack",
      "Rhysida claims Kestrel Hospital",
      "Rhysida, the gang behind last year's attack on the British Library in London, has claimed an attack on Kestrel Hospital in Idaho.",
      "US",
    ],
    [
      "a bracket telling what the group did, no time word",
      "Akira hits Kestrel Hospital",
      "The Akira gang (the group that crippled a Swedish cloud provider) claims Kestrel Hospital of Quebec.",
      "CA",
    ],
    [
      "the victim's apposition as a hospital group keeps its place",
      "Kestrel Health hit by ransomware",
      "Kestrel Health, a hospital group hit by ransomware in Lyon, said it was recovering.",
      "FR",
    ],
    [
      "a group of clinics is no attacker",
      "Kestrel Health hit by ransomware",
      "Kestrel Health, a group of clinics that was attacked in Paris, said it was recovering.",
      "FR",
    ],
    [
      "the only place is the other incident's: no country",
      "Rhysida claims Kestrel Hospital",
      "Rhysida, which hit a library in London last year, has claimed an attack on Kestrel Hospital.",
      null,
    ],
    [
      "an aside about the victim keeps its place",
      "Kestrel Hospital hit by ransomware",
      "The ransomware attack hit Kestrel Hospital, which is based in Galway, on Monday morning.",
      "IE",
    ],
    [
      "a past-time aside about the victim without an attack verb",
      "Kestrel Hospital hit by ransomware",
      "Kestrel Hospital, which was founded in 1952 in Leeds, was hit by ransomware on Sunday.",
      "GB",
    ],
  ])("%s", (_name, title, text, country) => {
    expect(extract(title, text).country).toBe(country);
  });
});

describe("asides of another incident", () => {
  it.each<[string, string, string[]]>([
    [
      "closes before a main verb",
      "Rhysida, which hit a library in 2023, has claimed X.",
      [", which hit a library in 2023"],
    ],
    [
      "a list word does not close it",
      "X, which last year hit a school, a museum and a zoo, said Y.",
      [", which last year hit a school, a museum and a zoo"],
    ],
    ["an aside about a founding is no incident", "X, which was founded in 1952, was hit.", []],
  ])("%s", (_name, text, asides) => {
    expect(asidesOfAnotherIncident(text, () => false).map((a) => text.slice(a.start, a.end))).toEqual(asides);
  });
  it("an unclosed bracket stops at its reach", () => {
    const text = `Y (which hit Z in 2020 ${"and more ".repeat(60)}`;
    const [aside] = asidesOfAnotherIncident(text, () => false);
    expect(aside!.start).toBe(1);
    expect(aside!.end).toBeLessThan(260);
  });
  it("an aside hung on a group's name is about the group whatever it says", () => {
    const text = "Medusa, which is run from abroad, claimed X.";
    expect(asidesOfAnotherIncident(text, (i) => i === "Medusa".length)).toHaveLength(1);
    expect(asidesOfAnotherIncident(text, () => false)).toHaveLength(0);
  });
});
