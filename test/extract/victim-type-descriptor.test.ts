import { describe, expect, it } from "vitest";
import { descriptorBefore } from "../../src/extract/victim-type";

// The text before a victim's name: the descriptor and its noun phrase that end right before it, or none.
describe("a descriptor right before a victim's name", () => {
  it.each([
    ["shares of drugmaker ", "drugmaker"],
    ["an attack on pathology chain ", "pathology chain"],
    ["the Indian Drugmakers ", "Indian Drugmakers"],
    ["the dental software vendor  ", "dental software vendor"],
    ["said health-tech startup\u00a0", "health-tech startup"],
    ["the \u017ftartup ", "\u017ftartup"],
    ["Klinik-Gruppe provider ", "Klinik-Gruppe provider"],
    ["an attack on ", null],
    ["drugmaker", null],
    ["the drugmaker's ", null],
    ["a 3company ", "company"],
    ["patients of Acme ", null],
    ["the groups ", null],
    ["", null],
  ])("%j", (text, expected) => {
    expect(descriptorBefore(text)?.[1] ?? null).toBe(expected);
  });
});
