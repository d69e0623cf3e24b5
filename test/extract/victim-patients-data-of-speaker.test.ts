// A name with no healthcare word is a healthcare victim when it reports that hackers broke into its network and took
// data on its patients ("Kestrelmoor says hackers who broke into its network stole files containing data on about
// 400,000 patients"); customers' data tells no healthcare body.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a speaker whose network was broken into and whose patients' data was taken", () => {
  it.each([
    [
      "a one-sentence item",
      "Kestrelmoor says hackers who broke into its network in October stole files containing data on about 400,000 patients.",
      "Kestrelmoor",
    ],
    [
      "a name with its town, in a list of briefs",
      "- Apache released a fix after a second flaw was found.\n- Kestrelmoor Los Angeles says hackers who broke into its network in October stole files containing data on about 400,000 patients, including diagnoses.\n- Volvo Cars says research data was stolen.",
      "Kestrelmoor Los Angeles",
    ],
  ])("%s", (_label, body, want) => {
    const e = extract("Security briefs", body);
    expect([e.relevant, e.victim_orgs]).toEqual([true, [want]]);
  });

  it("customers' data tells no healthcare body", () => {
    expect(
      extract(
        "Data breach",
        "Kestrelmoor says hackers who broke into its network in October stole data on about 4,000 customers.",
      ).victim_orgs,
    ).toEqual([]);
  });
});
