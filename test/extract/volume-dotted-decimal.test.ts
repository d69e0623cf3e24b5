// A dot before three digits reads as a thousands dot ("400.000 Euro"), but a volume it would make larger than a
// petabyte is no haul any report has given: "2.275 TB" is 2.275 terabytes, while "1.500 GB" stays 1,500 gigabytes.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers claim data theft from Corrow Bay Hospital";

describe("data volume with a dot before three digits", () => {
  it.each([
    ["The gang says it stole 2.275 TB of files from Corrow Bay Hospital.", 2.275e12],
    ["Corrow Bay Hospital | Data: 1.125 TB | Price: $500,000", 1.125e12],
    ["The group claims to have exfiltrated 3.750 terabytes from Corrow Bay Hospital.", 3.75e12],
    ["The attackers stole 1.500 GB of scans from Corrow Bay Hospital.", 1.5e12],
    ["The attackers stole 1.5 TB of scans from Corrow Bay Hospital.", 1.5e12],
  ])("reads %j", (text, bytes) => {
    expect(extract(T, text).data_volume_bytes).toBe(bytes);
  });
});
