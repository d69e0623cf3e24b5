import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// An extortion told without a cyber word ("someone threatening to expose the medical information of its members unless
// it paid", "Extortionists have contacted ...") is a cyber incident against the body whose data is held. Gangs'
// habits told in general name no victim.
describe("extortion told without a cyber word", () => {
  it.each([
    [
      "a threat to expose customers' information",
      "Pharmacy gets threat letter",
      "Kestrel Family Pharmacy in Dayton, Ohio, said it received a letter from someone threatening to expose the prescription information of its customers unless it paid.",
      true,
    ],
    [
      "extortionists with copies of charts",
      "Reno dental group contacted by extortionists",
      "Extortionists have contacted Kestrel Dental Group in Reno, Nevada, with copies of patient charts, the practice said.",
      true,
    ],
    [
      "a habit told in general",
      "How hospitals can prepare for extortion",
      "Gangs often threaten to publish patient data unless hospitals pay. Experts say hospitals should rehearse their response.",
      false,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
