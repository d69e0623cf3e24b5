import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type", () => {
  it.each([
    ["Ransomware attack hits Westbrook General Hospital", "Westbrook General Hospital diverted ambulances.", "hospital"],
    ["Hackers steal photos from Belle Forme, a cosmetic surgery clinic", "Belle Forme, a cosmetic surgery clinic with three hospital sites, was breached.", "cosmetic-surgery"],
    ["Data breach at Smile Bright Dental", "Smile Bright Dental said hackers accessed patient files.", "dental"],
    ["Cyberattack on Medline Software, a supplier to hospitals", "The attack targeting an IT services provider hit Medline Software, which supplies scheduling software to hospitals and nursing homes.", "health-it-vendor"],
    ["Hackers hit Greenway Pharmacy chain", "Greenway Pharmacy said prescriptions were delayed after the cyberattack.", "pharmacy"],
    ["Ransomware attack on Eastshire Ambulance Service", "Eastshire Ambulance Service crews went back to paper.", "ambulance"],
  ])("types %j as %s", (title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });

  it("is null when the article is not relevant", () => {
    expect(extract("Council hit by ransomware", "Rivertown Council said its systems were encrypted.").victim_type).toBeNull();
  });
});
