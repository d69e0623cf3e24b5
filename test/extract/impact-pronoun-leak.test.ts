import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Valley Royal Hospital";

// The data leaked as a pronoun, told by each word family the sentence gate of that reading asks for.
describe("a leak told by a pronoun for the data", () => {
  it.each([
    ["a leaking verb with it", "The gang says it holds the hospital's patient data and has begun leaking it.", true],
    [
      "a relative pronoun with a leaking verb",
      "The attackers copied patient data from the hospital's servers, which they later dumped in full.",
      true,
    ],
    [
      "a relative pronoun with a posting verb and the attackers' venue",
      "The attackers copied patient data from the hospital's servers, which they then uploaded to a darknet forum.",
      true,
    ],
    [
      "a posting verb with the pronoun and the attackers' venue",
      "The attackers copied patient records from the hospital and posted them on their leak site.",
      true,
    ],
    [
      "a posting verb without the attackers' venue is the victim's notice",
      "The hospital wrote to patients about the data, which it then posted to its own website.",
      false,
    ],
  ])("%s", (_name, text, leaked) => {
    expect(extract(T, text).impact.includes("data-leaked")).toBe(leaked);
  });
});
