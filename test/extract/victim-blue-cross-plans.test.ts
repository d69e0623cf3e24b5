// A Blue Cross Blue Shield plan fuses the brand into one word ("BlueCross BlueShield"): the name is a healthcare body's,
// and the brand says it is a health insurer.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: Blue Cross and Blue Shield plans", () => {
  it.each([
    [
      "Harbor State BlueCross BlueShield said hackers stole the records of 80,000 members.",
      "Harbor State BlueCross BlueShield",
    ],
    [
      "Hackers broke into the claims systems of Lakeshore BlueShield, the company said on Friday.",
      "Lakeshore BlueShield",
    ],
  ])("%s", (text, victim) => {
    const e = extract("Insurer reports data breach", text);
    expect([e.victim_orgs, e.victim_type]).toEqual([[victim], "insurer"]);
  });
});
