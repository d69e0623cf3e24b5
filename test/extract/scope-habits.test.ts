// General statements (habits) against statements of how things run now.
import { describe, expect, it } from "vitest";
import { isGenericText } from "../../src/extract/scope";

describe("habits are generic, states are not", () => {
  it.each<[string, boolean]>([
    ["Attacks on clinics often force them to turn patients away.", true],
    ["Breaches regularly lead hospitals to cancel appointments.", true],
    ["Ransomware gangs normally encrypt files first.", true],
    ["The clinics are running normally.", false],
    ["A spokesperson said emergency services were operating normally.", false],
    ["Phones are working normally again.", false],
  ])("%s", (text, generic) => {
    expect(isGenericText(text)).toBe(generic);
  });
});
