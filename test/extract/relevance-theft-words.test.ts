// A theft of data told without a cyber noun still reports an incident: "data theft", "copied from its systems by an
// unknown attacker"; a physical attack on staff does not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("data theft without a cyber noun", () => {
  it.each<[string, string, string, boolean]>([
    [
      "data theft in the headline",
      "Insurer warns members of data theft",
      "Corlane Health Plan in Ohio wrote to 40,000 members this week.",
      true,
    ],
    [
      "copied by an unknown attacker",
      "Health plan letter",
      "Corlane Health Plan in Ohio says member files were copied from its systems by an unknown attacker.",
      true,
    ],
    [
      "downloaded by an unauthorized third party",
      "Clinic letter",
      "Fenmoor Clinic said patient records were downloaded by an unauthorized third party in March.",
      true,
    ],
    [
      "attackers of staff",
      "Hospital staff assaulted",
      "Two nurses at Fenmoor Hospital were injured by attackers in the car park on Friday, police said.",
      false,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
