// Data placed on an insecure part of a website or server ("uploaded to an unsecured section of its web server") was left
// where anyone could reach it: a misconfiguration (intl-i09). A site called insecure with nothing placed on part of it
// is no such store.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Kestrel Fertility Clinic patient file exposed";

describe("attack type: data placed on an insecure part of a site", () => {
  it.each([
    "A spreadsheet of 12,000 patients of Kestrel Fertility Clinic was placed on an insecure part of a website by the company that built the clinic's site.",
    "Kestrel Fertility Clinic said its web developer had uploaded a backup of patient records to an unsecured section of its web server.",
    "The file, holding details of 12,000 patients of Kestrel Fertility Clinic, sat in an unprotected folder of the clinic's server for months.",
  ])("%s", (text) => {
    expect(extract(T, text).attack_types).toEqual(["misconfiguration"]);
  });

  it("a phishing link to an insecure website is no misconfiguration", () => {
    expect(
      extract(
        T,
        "Staff at Kestrel Fertility Clinic clicked a phishing email that led to an insecure website and gave away their passwords.",
      ).attack_types,
    ).toEqual(["phishing"]);
  });
});
