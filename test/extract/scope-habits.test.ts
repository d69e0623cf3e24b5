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

describe("a habit told through a gang's usual method or an indefinite victim is generic", () => {
  it.each<[string, boolean]>([
    ["Its usual method is to lock a network and threaten to leak what it took.", true],
    ["Their typical approach is to email staff with a fake invoice.", true],
    ["The gang's customary tactic, researchers say, is to strike on a holiday weekend.", true],
    ["The gang threatens to post patient files unless a victim pays within ten days.", true],
    ["Such crews dump what they stole unless a company pays up.", true],
    ["The gang said it would post the files unless the clinic pays by Friday.", false],
    ["Its method of entry is still unknown.", false],
    ["Their usual suppliers were not affected by the outage.", false],
  ])("%s", (text, generic) => {
    expect(isGenericText(text)).toBe(generic);
  });
});
