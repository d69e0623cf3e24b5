import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A disruption the headline puts down to weather or the power, with no cyber word in it: an attack told below is a
// comparison, unless the headline names its victim or a group.
describe("a headline blaming weather or the power", () => {
  it.each([
    [
      "a storm's closures compared with a named attack",
      "Clinics close as storm knocks out power across the region",
      "Dozens of clinics in the county closed on Tuesday after a storm brought down power lines. The Akira gang's ransomware attack on Pellham Health in February also forced clinics to close for a week.",
      false,
    ],
    [
      "a flooded plant's shortage compared with a named attack",
      "Hospitals cancel operations after flooding hits supplier's plant",
      "Hospitals have cancelled some operations after floods shut a plant that makes surgical gowns. Pharmacists compared the disruption with the ransomware attack on Norwell Pharmacy Services, when the Qilin gang stole prescription data and systems were offline for weeks.",
      false,
    ],
    [
      "a headline with a cyber word reports the attack",
      "Pellham Health diverts ambulances after cyberattack during storm",
      "Pellham Health said a ransomware attack during Tuesday's storm forced it to divert ambulances. The Akira gang has claimed the attack.",
      true,
    ],
    [
      "a headline naming the victim reports the attack",
      "Pellham Health diverts ambulances as storm hits",
      "Pellham Health said a ransomware attack on Tuesday forced it to divert ambulances. The Akira gang has claimed the attack.",
      true,
    ],
    [
      "a group named in the headline makes 'floods' an attack's",
      "Killnet floods Pellham Health websites",
      "The websites of Pellham Health were down for hours on Monday under junk traffic that the Killnet group claimed.",
      true,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
