import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on Meadow Health";

describe("people affected", () => {
  it.each([
    ["The breach affected 1.2 million patients.", 1200000],
    ["Hackers accessed the records of 500,000 people.", 500000],
    ["Nearly 6 million patients were notified; letters went to 5,815,591 individuals.", 5815591],
    ["Meadow Health serves 1.5 million patients a year and was hit by ransomware.", null],
    ["Meadow Health, which employs 3,000 people, suffered a breach.", null],
    ["Millions of records were stolen.", null],
    ["Hackers stole the data of 1.4 million patients.", 1400000],
    ["The data of over half a million patients was exposed.", 500000],
    ["Data on more than half a million blood donors leaked. The file held records for 550,000 blood donor applicants.", 550000],
    ["The breach affected 1.4 million current and former patients.", 1400000],
    ["Tens of thousands of patients were affected.", null],
    ["The MOVEit breach exposed data of 60 million people across 2,600 organisations.", null],
    ["A database leaking 886 million patient records was found. No patients were affected, the company said.", null],
    ["Eight employees were fired for snooping on patient records.", null],
  ])("reads %j", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });
});
