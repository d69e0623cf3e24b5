// A nationality that describes what the attack went through (software, an update, devices) says where that thing comes
// from, not where the victim is; the same word before its maker may still place a victim that is the maker.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hospital recovers from malware attack";
describe("country: a product's nationality is not the victim's", () => {
  it.each([
    "Marlow Community Hospital said the malware reached its network through a compromised update of Ukrainian accounting software.",
    "Marlow Community Hospital said the attackers got in through Chinese-made security cameras on its network.",
    "Marlow Community Hospital said the intruders used a flaw in Russian remote-access tools.",
  ])("%s", (text) => {
    expect(extract(T, text).country).toBeNull();
  });

  it.each<[string, string]>([
    ["Tessmark, a Swedish health software provider, said hackers encrypted its servers.", "SE"],
    ["Marlow Community Hospital, a Ukrainian hospital, said the malware came through an update.", "UA"],
  ])("keeps a nationality that describes the body: %s", (text, code) => {
    expect(extract("Software provider hit by ransomware", text).country).toBe(code);
  });
});
