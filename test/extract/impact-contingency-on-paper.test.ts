// Care given "with contingency plans on paper" runs on paper processes; a plan kept on paper that no one is said to use
// is not one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack on Clínica Santa Fe";
const open = "Clínica Santa Fe in Colombia said a ransomware attack had affected its systems since Sunday.";

describe("impact: a fallback plan run on paper", () => {
  it.each([
    ["with contingency plans on paper", "Its clinics were attending patients with contingency plans on paper.", true],
    ["under downtime procedures on paper", "Nurses are working under downtime procedures on paper.", true],
    ["a plan merely kept on paper", "The clinic has emergency plans on paper, a spokesman said.", false],
  ])("%s", (_label, body, paper) => {
    expect(extract(T, `${open} ${body}`).impact.includes("paper-records")).toBe(paper);
  });
});
