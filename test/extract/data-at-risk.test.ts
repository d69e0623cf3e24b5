// "put X's data at risk" publishes nothing: neither data-leaked nor a theft by publication. Data put online still is.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("data put at risk is not data put online", () => {
  it.each<[string, boolean]>([
    ["A ransomware attack on Ashvale Care Homes has put residents' data at risk, the operator said.", false],
    [
      "The breach at Kestrel Clinic put patient records in jeopardy, regulators said after its ransomware attack.",
      false,
    ],
    ["The gang put Kestrel Clinic's patient records online after the ransomware attack.", true],
    ["Hackers put the stolen files up for sale a week after the ransomware attack on Kestrel Clinic.", true],
  ])("%s", (sentence, leaked) => {
    const e = extract("Ransomware attack on care provider", sentence);
    expect(e.impact.includes("data-leaked")).toBe(leaked);
    if (!leaked) expect(e.attack_types).not.toContain("data-theft");
  });
});
