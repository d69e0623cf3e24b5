// A maker of software of a named kind is a health-IT vendor however many words the kind takes ("a maker of electronic
// health record software", "a developer of practice management and billing software") (us-f04).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: makers of software of a named kind", () => {
  it.each([
    "Larchfield Systems, an Indiana-based maker of electronic health record software, says hackers stole patient data.",
    "Larchfield Systems, a developer of practice management and billing software, says hackers stole patient data.",
  ])("%s", (text) => {
    expect(extract("Larchfield Systems data breach", text).victim_type).toBe("health-it-vendor");
  });
});
