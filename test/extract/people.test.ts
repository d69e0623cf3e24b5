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
    ["The gang claims to hold the medical histories of over 300,000 individuals.", 300000],
    ["The data of over half a million patients was exposed.", 500000],
    ["Data on more than half a million donors leaked. The file listed 530,000 donors by name.", 530000],
    ["The breach affected 1.4 million current and former patients.", 1400000],
    ["Tens of thousands of patients were affected.", null],
    ["The MOVEit breach exposed data of 60 million people across 2,600 organisations.", null],
    ["An open database exposed 40 million test records. No patients were affected, the vendor said.", null],
    ["Twelve employees were dismissed after viewing patient records.", null],
  ])("reads %j", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });
});
