import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("country", () => {
  it.each([
    ["Ransomware hits Lakeview NHS Trust", "Lakeview NHS Trust postponed operations.", "GB"],
    ["Cyberattack at Pine Ridge Hospital in Tulsa, Okla.", "Pine Ridge Hospital said systems were down.", "US"],
    ["Hackers hit Hôpital Sainte-Claire", "The hospital in Cannes moved patients after the attack.", "FR"],
    ["Ontario hospital group hit by ransomware", "Five hospitals in Ontario were affected.", "CA"],
    ["Pro-Russian hackers target Dutch hospital website", "Russian hackers took the Groningen hospital's site down.", "NL"],
    ["Hackers hit Summit Clinic", "Summit Clinic said systems were down.", null],
  ])("reads %j as %s", (title, text, country) => {
    expect(extract(title, text).country).toBe(country);
  });
});
