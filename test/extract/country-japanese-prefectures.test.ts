// Japanese news places a body by its prefecture ("a town-run hospital in Tokushima Prefecture"): the prefecture fixes the
// country.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("country: a Japanese prefecture fixes Japan", () => {
  it.each([
    ["Tokushima Prefecture", "A town-run hospital in Tokushima Prefecture was hit by ransomware on Sunday."],
    ["Nara Prefecture", "Ransomware encrypted the records of a clinic in Nara Prefecture, officials said."],
    ["Saga Prefecture", "A ransomware attack hit Hillcrest Hospital in Saga Prefecture."],
  ])("%s", (_label, body) => {
    expect(extract("Hospital hit by ransomware", body).country).toBe("JP");
  });
});
