import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// "May" the month dates an effect that happened; "may" the modal makes it a prospect.
describe("the month May is no modal before an effect", () => {
  it.each([
    [
      "after 'in'",
      "Oakridge Hospital said a cyberattack in May forced staff to work on paper for several weeks.",
      "paper-records",
      true,
    ],
    [
      "after 'mid-'",
      "A cyberattack in mid-May forced Ashford Medical Center to cancel operations.",
      "operations-cancelled",
      true,
    ],
    [
      "after an adjective of time, the clause opening on the month",
      "A cyberattack in late May forced Ashford Medical Center to cancel operations.",
      "operations-cancelled",
      true,
    ],
    [
      "the modal before a bare verb stays a prospect",
      "Ashford Medical Center said operations may need to be postponed after a ransomware attack.",
      "operations-cancelled",
      false,
    ],
    [
      "the modal before 'be' stays a prospect",
      "Ashford Medical Center said systems may be offline for days after a ransomware attack.",
      "systems-offline",
      false,
    ],
  ])("%s", (_name, text, effect, told) => {
    expect(extract("Cyberattack at a hospital", text).impact.includes(effect as never)).toBe(told);
  });
});
