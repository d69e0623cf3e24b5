import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Policy news (a bill, rules or standards proposed for the sector) cites an attack as its reason: the piece reports it
// only when its headline names the victim.
describe("policy news citing an attack", () => {
  it.each([
    [
      "a bill citing an attack with its group and ransom",
      "Lawmakers propose minimum cyber standards for clinics",
      "Two state lawmakers have introduced a bill that would set minimum security standards for clinics. They pointed to the attack on Greystone Health in March, in which the Akira gang stole patient data and the company paid a $5 million ransom.",
      false,
    ],
    [
      "draft rules citing an attack with its diversion",
      "State unveils draft rules for hospital cybersecurity",
      "The draft would require hospitals to report attacks within 72 hours. Officials cited the ransomware attack on Harwick Memorial Hospital, which forced it to divert ambulances for a week.",
      false,
    ],
    [
      "a headline naming the victim reports the attack",
      "Hackers hit Greystone Health as lawmakers propose new rules",
      "The Akira gang stole patient data from Greystone Health, the company said on Monday.",
      true,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
