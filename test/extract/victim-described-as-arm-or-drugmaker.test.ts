import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack shuts donation centres";

describe("a name described as a drugmaker, or as the arm, subsidiary or division of one, is a healthcare victim", () => {
  it.each([
    [
      "Velmora Biologics, the Canadian plasma-collection arm of German drugmaker Kessner, closed its centres after a ransomware attack.",
      ["Velmora Biologics"],
    ],
    ["Trevant, a Danish drugmaker, said a ransomware attack had halted production.", ["Trevant"]],
    [
      "Orlin Scientific, the diagnostics division of Brantwell Group, took its systems offline after a cyberattack.",
      ["Orlin Scientific"],
    ],
    [
      "Caldera Infusion, the US subsidiary of a Dutch drugmaker, said hackers had stolen patient files.",
      ["Caldera Infusion"],
    ],
    // Not described as a healthcare body: the arm of a bank is no healthcare victim.
    ["Norvale Capital, the lending arm of Castello Bank, was hit by ransomware.", []],
  ])("%j", (text, victims) => {
    expect(extract(T, text).victim_orgs).toEqual(victims);
  });
});
