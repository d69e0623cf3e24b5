import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// An opinion piece (its headline or a line above it says "Opinion:", "GUEST COLUMN", "Op-ed |") names attacks to argue
// its case, as a policy piece does: it reports an incident only when its headline names the victim attacked.
describe("an opinion piece's examples", () => {
  it.each([
    [
      "a labelled headline, attacks named as examples",
      "Opinion: Small clinics need help to survive ransomware",
      "When hackers hit Dunmore Regional Hospital in Ohio last spring, it diverted ambulances for a week and went back to paper charts. Clinics with two staff in IT cannot do what Dunmore did. Congress should fund basic defenses for them.",
      false,
    ],
    [
      "a guest column line above the story",
      "Ransomware is a rural health crisis",
      "GUEST COLUMN\nBy a retired nurse\nKestrel Health System was crippled by ransomware in March, and patients drove two hours for scans. Our state has no plan for the next one. Legislators should change that this session.",
      false,
    ],
    [
      "an opinion piece about the attack its headline names",
      "Opinion: What the ransomware attack on Dunmore Regional Hospital taught us",
      "When hackers hit Dunmore Regional Hospital in Ohio last spring, it diverted ambulances for a week and went back to paper charts. Here is what the board learned.",
      true,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
