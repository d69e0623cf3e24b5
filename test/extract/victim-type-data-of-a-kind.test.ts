// The kind of data taken is not the kind of body it was taken from: "dental and medical information", "pharmacy
// records", "imaging results" describe what the files held (us-e06, a community health centre whose stolen files held
// "dental and medical information").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: data named after a kind of care", () => {
  it.each([
    [
      "a hospital's 'dental records, dental x-rays and dental histories'",
      "Data breach notice",
      "Harlow Regional Hospital in Ohio said hackers copied files from a server. The files held dental records, dental x-rays and dental histories of patients.",
      "hospital",
    ],
    [
      "a medical group's 'pharmacy records, pharmacy claims and pharmacy information'",
      "Data breach notice",
      "Ashgrove Medical Group in Ohio said hackers stole files from its servers. The files included pharmacy records, pharmacy claims and pharmacy information.",
      "clinic",
    ],
    [
      "a body of no stated kind whose files held 'imaging results and imaging records'",
      "Data breach notice",
      "Larch Health Partners in Ohio said hackers stole files holding imaging results and imaging records of 4,000 patients.",
      "other-healthcare",
    ],
  ])("%s", (_label, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });

  it("a kind of care named as a body still types the victim", () => {
    expect(
      extract(
        "Fenwick Smiles data breach",
        "Fenwick Smiles, a dental practice in Oregon, said hackers stole patient information from its network.",
      ).victim_type,
    ).toBe("dental");
  });
});
