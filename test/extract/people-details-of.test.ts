// A head-count told as the details of people reached ("had reached the personal details of 9.7 million Australians"):
// the details of people are their data, which makes the sentence a breach sentence. And people an organisation acted
// against ("has fired eight employees who it alleges snooped") are the perpetrators, not the people affected.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Gorsefield Health Fund";
describe("people: the details of N people", () => {
  it.each([
    ["The criminals had reached the personal details of 1.3 million Australians, the insurer said.", 1300000],
    ["Intruders got at the contact details of some 42,000 members of Gorsefield Health Fund.", 42000],
    ["The gang now holds the banking details of about 18,500 customers.", 18500],
  ])("%s", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });

  it("not the details of a plan", () => {
    expect(
      extract(T, "Gorsefield Health Fund published the details of its 2,000 plans after the attack.").people_affected,
    ).toBe(null);
  });
});

describe("people: those acted against are no head-count", () => {
  it.each([
    [
      "Gorsefield Health Fund has fired eight employees who, it says, looked at member files. The breach involved some 3,100 members.",
      3100,
    ],
    ['The insurer dismissed 12 staff it alleges "improperly viewed" records of about 900 patients.', 900],
    ["Police charged two workers after records of 5,400 customers were accessed.", 5400],
  ])("%s", (text, count) => {
    expect(extract(T, text).people_affected).toBe(count);
  });
});
