// Places news names in ways the first place list missed: a state that is also a name ("Victoria"), Irish counties as
// "Co Roscommon", English and Northern Irish counties, mid-sized cities, and a wire dateline in capitals, which weighs
// less than any place the story itself names (README, Country).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("more places that fix the country", () => {
  it.each<[string, string]>([
    ["in Victoria's Gippsland", "AU"],
    ["in regional Victoria", "AU"],
    ["in Co Roscommon", "IE"],
    ["in Co. Donegal", "IE"],
    ["in County Monaghan", "IE"],
    ["in Tullamore", "IE"],
    ["in Co Fermanagh", "GB"],
    ["in Norfolk", "GB"],
    ["in the English Midlands", "GB"],
    ["in the Scottish Highlands", "GB"],
    ["in Doncaster", "GB"],
    ["in Shreveport", "US"],
    ["in Spokane", "US"],
    ["in Thunder Bay", "CA"],
    ["in Kelowna", "CA"],
    ["in Townsville", "AU"],
    ["in Tauranga", "NZ"],
    ["in Lucknow", "IN"],
    ["in Assam", "IN"],
    ["in Kingston, Ont.,", "CA"],
    ["in Truro, N.S.,", "CA"],
    ["in the Laurentides", "CA"],
    ["in Gaspésie", "CA"],
    ["in Gdansk", "PL"],
    ["in Cebu City", "PH"],
  ])("Kestrelby Hospital %s", (place, code) => {
    expect(
      extract(
        "Cyber attack on Kestrelby Hospital",
        `Kestrelby Hospital ${place} said a cyber attack took its systems offline.`,
      ).country,
    ).toBe(code);
  });
});

describe("places that are also names", () => {
  it.each<[string, string, string, string | null]>([
    [
      "a hospital named after the queen",
      "Royal Victoria Infirmary hit by cyber attack",
      "The Royal Victoria Infirmary said a cyber attack took its systems offline.",
      null,
    ],
    [
      "a name opening on the state",
      "Victoria Heights Clinic hit by cyber attack",
      "Victoria Heights Clinic said a cyber attack took its systems offline.",
      null,
    ],
    [
      "a town named after the county, in its state",
      "Cyber attack on Norfolk hospital",
      "Kestrel General Hospital in Norfolk, Va., said a cyber attack took its systems offline.",
      "US",
    ],
    [
      "a county of New Jersey",
      "Essex County clinic hit by cyber attack",
      "Kestrel Clinic in Essex County said a cyber attack took its systems offline.",
      null,
    ],
  ])("%s", (_name, title, text, code) => {
    expect(extract(title, text).country).toBe(code);
  });
});

describe("a wire dateline in capitals", () => {
  it.each<[string, string, string, string | null]>([
    [
      "a capital as the only place",
      "Hospital records stolen",
      "KATHMANDU - Hackers stole the records of patients of Kestrel Teaching Hospital, its director said.",
      "NP",
    ],
    [
      "two words, a date and an agency",
      "Hospital records stolen",
      "NEW DELHI, March 3 (Reuters) - Hackers stole the records of patients of Kestrel Hospital, its director said.",
      "IN",
    ],
    [
      "a bureau's dateline beside the victim's town",
      "Hospital hit by ransomware",
      "LONDON, March 3 (Reuters) - Hackers encrypted the systems of Kestrel Hospital in Accra, the hospital said.",
      "GH",
    ],
    [
      "capitals that are no place",
      "Hospital records stolen",
      "UPDATE - Hackers stole the records of patients of Kestrel Teaching Hospital, its director said.",
      null,
    ],
    [
      "a dateline later in the story is no dateline",
      "Hospital records stolen",
      "Hackers stole the records of patients of Kestrel Teaching Hospital. It said: LIMA - no comment.",
      null,
    ],
  ])("%s", (_name, title, text, code) => {
    expect(extract(title, text).country).toBe(code);
  });
});
