// Where stolen data was put, told before the data in the order translated news keeps ("published on the dark web the
// data stolen from the hospital", "posted online the records"), is no break between the verb and its object.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on ASL Valdora";
const open = "The ASL Valdora, which runs the hospitals of the province, was hit by a cyberattack in May.";

describe("impact: the place of a leak told before the data", () => {
  it.each([
    ["on the dark web", "The hackers have published on the dark web the data stolen from the ASL."],
    ["online", "The group posted online the medical records of 3,000 patients."],
    ["on its leak site", "The gang released on its leak site the files taken from the ASL."],
  ])("%s", (_label, body) => {
    expect(extract(T, `${open} ${body}`).impact).toContain("data-leaked");
  });

  it("a notice published on the victim's own website is no leak", () => {
    const body = "The ASL published on its website a notice for patients.";
    expect(extract(T, `${open} ${body}`).impact).not.toContain("data-leaked");
  });
});
