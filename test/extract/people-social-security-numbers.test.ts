// A count of Social Security numbers taken is a count of records (../shared/eval/README.md: "patients, people or records
// affected"), read as records are: kept when no count of people is given, giving way to one that is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Breach at Ferncastle Health";
describe("people: Social Security numbers counted", () => {
  it.each([
    ["Hackers stole files holding 48,200 Social Security numbers from Ferncastle Health in Ohio.", 48200],
    ["The gang claims more than 300,000 Social Security numbers were taken from Ferncastle Health.", 300000],
    [
      "Ferncastle Health said hackers took 12,000 Social Security numbers. It has written to 11,800 patients affected by the breach.",
      11800,
    ],
  ])("%s", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });

  it("not numbers of another kind", () => {
    expect(extract(T, "Hackers stole files holding 48,200 phone numbers from Ferncastle Health.").people_affected).toBe(
      null,
    );
  });
});
