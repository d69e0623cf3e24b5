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
  ])("reads %j", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });
});
