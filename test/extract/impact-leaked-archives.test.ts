// Stolen data put online as "archives" is leaked data as "files" are: "published archives it says were stolen".
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("impact: archives published or dumped are leaked data", () => {
  it.each([
    [
      "Harlow Family Clinic was hit by hackers in May. The gang has since published archives it says were stolen from the clinic.",
      ["data-leaked"],
    ],
    [
      "Kestrel Valley Medical Center was hit by ransomware. The gang dumped two archives of patient files online.",
      ["data-leaked"],
    ],
    ["Brandon General Hospital was hit by ransomware. The gang threatens to publish archives of patient records.", []],
  ])("%s", (text, want) => {
    expect(extract("Clinic hit by hackers", text).impact.filter((i) => i === "data-leaked")).toEqual(want);
  });
});
