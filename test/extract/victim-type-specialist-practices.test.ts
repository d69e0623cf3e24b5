// A practice told by its specialty ("Kestrel Cardiology Consultants") or by the specialists in it ("a private practice of
// dermatologists") is a clinic, whatever its name says.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: specialist practices are clinics", () => {
  it.each([
    ["a specialty's consultants in the name", "Kestrel Cardiology Consultants was hit by ransomware."],
    ["another specialty's consultants", "Ransomware hit Brayford Urology Consultants on Monday."],
    [
      "a practice of specialists in apposition",
      "Hollin Partners, a private practice of dermatologists in Leeds, was hit by ransomware.",
    ],
    ["a practice of surgeons", "Varden & Cole, a practice of spine surgeons, said its systems were encrypted."],
  ])("%s", (_label, body) => {
    expect(extract("Ransomware hits practice", body).victim_type).toBe("clinic");
  });
});
