// A body described by what it makes or distributes is that kind of body, whoever it serves: "a maker of software for
// emergency medical services, hospitals and fire departments" is an IT vendor, "a distributor of dental and medical
// supplies" a medtech supplier.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: a maker of software or a distributor of several kinds of supplies", () => {
  it.each([
    [
      "a maker of software for hospitals",
      "Quillon Systems, an Austin-based maker of software for emergency medical services and hospitals, said ransomware encrypted its servers. The company is notifying patients of its hospital customers.",
      "health-it-vendor",
    ],
    [
      "a developer of scheduling software",
      "Tarrow Labs, a developer of clinic scheduling software, said hackers stole data from its servers.",
      "health-it-vendor",
    ],
    [
      "a distributor of dental and medical supplies",
      "Holm Brothers, a distributor of dental and medical supplies, said a ransomware attack encrypted its systems.",
      "pharma-medtech",
    ],
  ])("%s", (_label, body, type) => {
    expect(extract("Company hit by cyberattack", body).victim_type).toBe(type);
  });
});
