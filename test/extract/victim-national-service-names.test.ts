// A nation's own health service is named by its nationality ("Scottish Ambulance Service"): with a health word and a
// public body's head, the nationality makes the name, where "a British hospital" stays a description.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: national health services named by their nationality", () => {
  it.each([
    [
      "an ambulance service at the opening",
      "The Scottish Ambulance Service said a cyber attack took down its dispatch system.",
      "Scottish Ambulance Service",
    ],
    [
      "an ambulance service as object",
      "A cyber attack took down the dispatch system of the Welsh Ambulance Service.",
      "Welsh Ambulance Service",
    ],
    [
      "a health agency",
      "Hackers stole files from the Irish Medicines Agency, it said on Monday.",
      "Irish Medicines Agency",
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Cyber attack", body).victim_orgs).toEqual([want]);
  });

  it("a nationality before a kind of body is a description", () => {
    expect(
      extract("Cyber attack", "A British hospital said a cyber attack took down its systems.").victim_orgs,
    ).toEqual([]);
  });
});
