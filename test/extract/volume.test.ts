import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers claim theft from Crestview Clinic";

describe("data volume", () => {
  it.each([
    ["The gang says it stole 900GB of files from Crestview Clinic.", 900e9],
    ["Over 7 terabytes of records were taken.", 7e12],
    ["It claims a 4.7-terabyte database was exfiltrated.", 4.7e12],
    ["The group stole four terabytes of data.", 4e12],
    ["The hackers stole several terabytes of images.", null],
    ["The gang posted 3GB of scans after it stole 60GB from Crestview Clinic.", 60e9],
    ["The gang leaked 3GB of files. It says it took 60GB in all.", 60e9],
    ["The gang claims it holds 2T of scanned records.", 2e12],
    ["The truck carried 4t of waste after the breach.", null],
    ["The gang published 12 GB of Crestview Clinic files.", 12e9],
    ["Crestview Clinic was hit. Back in May, the same gang stole 756 gigabytes from a law firm.", null],
  ])("reads %j", (text, bytes) => {
    expect(extract(T, text).data_volume_bytes).toBe(bytes);
  });
});
