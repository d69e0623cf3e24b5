// Staff an organisation moves to fire, suspend or discipline are the perpetrators, however the figure is hedged or the
// verb is put ("is taking steps to fire at least 13 employees", "plans to dismiss about 20 staff"): no head-count.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Snooping at Harwick General Hospital";
describe("people: staff acted against, in a plan or with a floor", () => {
  it.each([
    "Harwick General Hospital is moving to fire at least 13 employees and has suspended six others for viewing the confidential records of a famous patient.",
    "Harwick General Hospital plans to dismiss about 20 staff and has disciplined others for accessing a singer's medical records.",
    "The hospital has suspended more than 6 workers after they viewed records they had no need to see.",
  ])("%s", (text) => {
    expect(extract(T, text).people_affected).toBe(null);
  });

  it("still counts the patients whose records were viewed", () => {
    expect(
      extract(
        T,
        "Harwick General Hospital will fire at least 13 employees. The records of 1,200 patients were accessed.",
      ).people_affected,
    ).toBe(1200);
  });
});
