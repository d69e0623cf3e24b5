// A name with no healthcare word listed after its kind ("Websites of several hospitals, including Kestrelview in
// Arnwick and ...") is of that kind, and hit with the list; a list of earlier targets stays background.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a member of a list of healthcare bodies", () => {
  it.each([
    [
      "beside a named hospital, each placed in a town",
      "Websites of several hospitals, including Kestrelview in Arnwick and Tarn Valley Medical Center in Ohio, were knocked offline by a DDoS attack.",
      ["Kestrelview", "Tarn Valley Medical Center"],
    ],
    [
      "alone in the list",
      "Several clinics, such as Brightmoor, lost access to their records after the ransomware attack.",
      ["Brightmoor"],
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual(want);
  });

  it("a list of the group's earlier targets is background", () => {
    expect(
      extract(
        "Cyber attack",
        "Kestrel Hospital was hit by ransomware. The gang has previously targeted hospitals such as Kestrelview.",
      ).victim_orgs,
    ).toEqual(["Kestrel Hospital"]);
  });
});
