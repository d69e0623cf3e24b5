import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Kingsmere NHS Trust";

describe("impact detail", () => {
  it.each([
    [
      "a count of postponed operations",
      "At Kingsmere NHS Trust 300 operations were postponed after the attack.",
      { type: "operations-cancelled", count: 300, counted: "operations", duration: null, status: null },
    ],
    [
      "a count written with a thousands separator",
      "More than 1,200 outpatient appointments were cancelled at Kingsmere.",
      { type: "appointments-cancelled", count: 1200, counted: "outpatient appointments", duration: null, status: null },
    ],
    [
      "a duration",
      "Kingsmere's systems were offline for three days.",
      { type: "systems-offline", count: null, counted: null, duration: "for three days", status: null },
    ],
    [
      "an effect still going on",
      "Kingsmere's patient record system remains offline.",
      { type: "systems-offline", count: null, counted: null, duration: null, status: "ongoing" },
    ],
    [
      "an effect that is over",
      "Kingsmere's systems were taken offline and have since been restored.",
      { type: "systems-offline", count: null, counted: null, duration: null, status: "restored" },
    ],
  ])("reads %s", (_name, text, detail) => {
    const details = extract(T, text).impact_details ?? [];
    expect(details.map(({ quote: _q, ...d }) => d)).toContainEqual(detail);
    expect(details.find((d) => d.type === detail.type)?.quote).toBe(text);
  });

  it("reads the count from a later sentence naming the effect again", () => {
    const details =
      extract(
        T,
        "Kingsmere NHS Trust cancelled planned operations on Monday. By Wednesday 300 operations had been postponed.",
      ).impact_details ?? [];
    expect(details).toEqual([
      {
        type: "operations-cancelled",
        count: 300,
        counted: "operations",
        duration: null,
        status: null,
        quote: "By Wednesday 300 operations had been postponed.",
      },
    ]);
  });

  it("takes no figure from a sentence about another incident", () => {
    const details =
      extract(
        T,
        "Kingsmere NHS Trust cancelled planned operations on Monday. Last year another trust postponed 900 operations after an attack.",
      ).impact_details ?? [];
    expect(details).toEqual([]);
  });

  it("gives no detail when the sentence states none", () => {
    expect(extract(T, "At Kingsmere NHS Trust operations were postponed after the attack.").impact_details).toEqual([]);
  });
});
