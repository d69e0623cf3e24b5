// Volumes as European newsrooms write them (unseen-bank-money.ts): a decimal comma before the unit, which a thousands
// comma can never be ("1,5 TB" is 1.5 TB; "1,500 GB" stays 1.5 TB).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers claim data theft from Vireo Klinikum";

describe("data volume with a decimal comma", () => {
  it.each([
    ["The attackers claim to have stolen 1,5 TB of data from Vireo Klinikum.", 1.5e12],
    ["Some 2,75 GB of patient files were stolen from Vireo Klinikum.", 2.75e9],
    ["The gang says it exfiltrated 12,4 terabytes from Vireo Klinikum.", 12.4e12],
    ["The gang says it stole 1,500 GB from Vireo Klinikum.", 1.5e12],
    ["The gang says it stole 1,5TB from Vireo Klinikum.", 1.5e12],
  ])("reads %j", (text, bytes) => {
    expect(extract(T, text).data_volume_bytes).toBe(bytes);
  });
});
