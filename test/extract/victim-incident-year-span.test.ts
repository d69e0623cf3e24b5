// A span of dates that runs up to the article's latest year ("between August 1, 2018, and March 30, 2019") tells when
// this incident went on: its earlier year does not set the clause in another incident's past.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a date span reaching the latest year is this incident's time", () => {
  it.each([
    [
      "'between ... 2018, and ... 2019'",
      "Ravel Labs said a hacker had access to the systems of Corrow Medical Billing, its collections vendor, between August 1, 2018, and March 30, 2019.",
    ],
    [
      "'from 2018 to 2019'",
      "Ravel Labs said a hacker was inside the network of Corrow Medical Billing from 2018 to 2019 and took patient records.",
    ],
  ])("%s", (_label, body) => {
    expect(extract("Ravel Labs patients hit by vendor breach", body).victim_orgs.sort()).toEqual([
      "Corrow Medical Billing",
      "Ravel Labs",
    ]);
  });

  it("an earlier year alone still sets another incident's past", () => {
    const e = extract(
      "Ravel Labs hit by ransomware",
      "Ravel Labs said a ransomware attack in 2025 took its systems offline. In 2019 a hacker breached Corrow Medical Billing.",
    );
    expect(e.victim_orgs).toEqual(["Ravel Labs"]);
  });
});
