// A national medical research council ("Council of Medical Research", "Medical Research Council") is a medical research
// organisation: the guide's research slug.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim type: a medical research council is research", () => {
  it.each([
    ["Council of Medical Research", "Hackers stole data from the Ruritanian Council of Medical Research last week."],
    ["Medical Research Council", "The Ruritania Medical Research Council said a cyberattack exposed study data."],
    ["Institute for Medical Research", "A ransomware attack hit the Lakeland Institute for Medical Research."],
  ])("%s", (_label, body) => {
    expect(extract("Cyberattack reported", body).victim_type).toBe("research");
  });
});
