// A volume told as a fraction of a unit in words: "half a terabyte", "a quarter of a petabyte". Sentences written for
// this test.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Gang claims data theft from Brightwater Eye Clinic";

describe("volume: a fraction of a unit in words", () => {
  it.each([
    [
      "'half a terabyte'",
      "The gang says it walked off with half a terabyte of scans from Brightwater Eye Clinic.",
      5e11,
    ],
    [
      "'Half a gigabyte' opening the sentence",
      "Half a gigabyte of referral letters was stolen from Brightwater Eye Clinic.",
      5e8,
    ],
    [
      "'a quarter of a petabyte'",
      "Hackers claim to have stolen a quarter of a petabyte from Brightwater Eye Clinic.",
      2.5e14,
    ],
    [
      "'half a terabyte' beside a figure of people",
      "Half a terabyte of files on 4,200 patients was taken from Brightwater Eye Clinic.",
      5e11,
    ],
  ])("%s", (_l, body, bytes) => {
    expect(extract(T, body).data_volume_bytes).toBe(bytes);
  });

  it.each([
    ["'half a day'", "Brightwater Eye Clinic's systems were down for half a day after hackers stole records."],
    [
      "'half of the terabytes' is no figure",
      "Hackers stole records from Brightwater Eye Clinic; half of the terabytes of scans were encrypted.",
    ],
  ])("%s is no volume", (_l, body) => {
    expect(extract(T, body).data_volume_bytes).toBeNull();
  });
});
