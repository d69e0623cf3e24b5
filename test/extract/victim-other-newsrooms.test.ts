// Victim names as other newsrooms write them (unseen-bank-2.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a name that ends in 'NHS Trust'", () => {
  it.each([
    ["Barts Health NHS Trust has confirmed that a cyber attack took its systems offline.", ["Barts Health NHS Trust"]],
    [
      "Harrowdene Hospitals NHS Trust said a cyber attack took its pathology systems offline.",
      ["Harrowdene Hospitals NHS Trust"],
    ],
    [
      "Kestrel and Downs NHS Foundation Trust said a ransomware attack hit its servers.",
      ["Kestrel and Downs NHS Foundation Trust"],
    ],
  ])("%s", (body, want) => {
    expect(extract("Trust confirms cyber attack", body).victim_orgs).toEqual(want);
  });
  it("a bare 'NHS Trust' names no victim", () => {
    expect(
      extract("Cyber attack", "An NHS Trust in London said a cyber attack took its systems offline.").victim_orgs,
    ).toEqual([]);
  });
});
