// "An employee copied the data of 547,000 customers": the employee is who took the data, and the figure is who was hit.
// Only a verb of employing ("employs 4,000 people") makes a figure the body's size (blind-ff01).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("people affected: an employee as the actor", () => {
  it.each([
    [
      "copied the data of",
      "Corrow Health Insurance said an employee copied the personal data of 547,000 customers.",
      547000,
    ],
    [
      "looked at the records of",
      "Corrow Valley Hospital said an employee looked at the records of 1,900 patients without a reason.",
      1900,
    ],
  ])("%s", (_label, text, want) => {
    expect(extract("Data breach at health insurer", text).people_affected).toBe(want);
  });

  it("a body that employs people gives no count", () => {
    const e = extract(
      "Hospital hit by cyberattack",
      "Corrow Valley Hospital, which employs 4,000 people, said a cyberattack had taken its systems offline.",
    );
    expect(e.people_affected).toBeNull();
  });
});
