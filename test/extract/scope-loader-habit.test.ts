// A loader's habit ("Emotet often reloads further malware, for example the ransomware Ryuk") describes what the malware
// usually does: the group it names did not do this attack, and the ransomware it names did not encrypt anything here.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Klinik am Weiher hit by malware";
const open = "Klinik am Weiher in Hesse shut down its computers after an Emotet infection was found on Monday.";

describe("scope: a loader's habit names no group of this attack", () => {
  it.each([
    ["often reloads", "The trojan often reloads further malware, for example the ransomware Ryuk."],
    ["usually downloads", "Emotet usually downloads the ransomware Ryuk a few days later."],
    ["often drops", "Emotet often drops the ransomware Ryuk on the networks it infects."],
    ["typically deploy", "Its operators typically deploy Conti ransomware after a week."],
  ])("%s", (_label, body) => {
    const got = extract(T, `${open} ${body}`);
    expect([got.attacker_groups, got.attack_types.includes("ransomware")]).toEqual([[], false]);
  });
});
