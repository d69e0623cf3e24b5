// Ear, nose and throat practices are specialist clinics, by their name's "ENT" or "Otolaryngology" wherever it stands
// in the name ("Brookside ENT and Hearing Services Center", us-e04).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: ear, nose and throat practices", () => {
  it.each([
    [
      "'ENT' inside a longer name",
      "Hackers wipe Larchmont ENT and Sinus Center records",
      "Larchmont ENT and Sinus Center in Ohio said a ransomware attack encrypted its patient records. The doctors refused to pay.",
    ],
    [
      "'Otolaryngology' before the name's last word",
      "Ransomware hits Larchmont Otolaryngology Group",
      "Larchmont Otolaryngology Group in Ohio said a ransomware attack encrypted its patient records.",
    ],
  ])("%s", (_label, title, text) => {
    expect(extract(title, text).victim_type).toBe("clinic");
  });
});
