// A tracker's post gives the victim and its sector as labelled fields ("New victim: X (domain)", "Sector: Healthcare",
// "Activity: Healthcare", "Country: GB"), on one line or several: the sector field describes a victim whose name holds
// no healthcare word, and the country field is the victim's country.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a tracker post's labelled fields", () => {
  it.each<[string, string, boolean, string[], string | null]>([
    [
      "[Akira] New victim: Larkfield Partners",
      "[Akira] New victim: Larkfield Partners (larkfield.example) | 40 GB claimed | Country: US | Sector: Healthcare",
      true,
      ["Larkfield Partners"],
      "US",
    ],
    [
      "Qilin has just published a new victim: Orbis Care Partners",
      "Qilin has just published a new victim: Orbis Care Partners. Country: GB. Activity: Healthcare.",
      true,
      ["Orbis Care Partners"],
      "GB",
    ],
    [
      "[Lynx] New victim: Tesmer Group",
      "[Lynx] New victim: Tesmer Group (tesmer.example) | Country: DE | Industry: Health Care",
      true,
      ["Tesmer Group"],
      "DE",
    ],
    [
      "[Akira] New victim: Brightline Logistics",
      "[Akira] New victim: Brightline Logistics | Country: US | Sector: Transportation",
      false,
      [],
      "US",
    ],
  ])("%s", (title, text, relevant, victims, country) => {
    const e = extract(title, text);
    expect(e.relevant).toBe(relevant);
    expect(e.victim_orgs).toEqual(victims);
    expect(e.country).toBe(country);
  });

  it("names in prose stay the rules' business: a victim field is read only beside a sector field", () => {
    const e = extract(
      "Clinic data posted",
      "The victim: Larkfield Partners, a marketing firm. Hackers posted its files on Tuesday.",
    );
    expect(e.victim_orgs).not.toContain("Larkfield Partners");
  });
});
