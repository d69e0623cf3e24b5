// A software maker described by another trade's software ("a maker of student information software") is no healthcare
// body, however many health words the stolen data brings (school nurses, medical alerts): kind (a).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: a maker of software for another trade", () => {
  it.each<[string, string, string, boolean]>([
    [
      "student information software",
      "Gradewell hack exposed student medical alerts, districts say",
      "School districts say the hack of Gradewell, a Texas-based maker of student information software, exposed names, grades and notes by school nurses.",
      false,
    ],
    [
      "payroll software",
      "Hackers hit payroll firm Paylume",
      "Hospitals in Ohio were among the customers after the breach of Paylume, a Columbus developer of payroll software, exposed staff records.",
      false,
    ],
    [
      "patient scheduling software stays a healthcare supplier",
      "Hackers hit Bookwell",
      "Hackers stole data from Bookwell, a Columbus developer of patient scheduling software used by clinics in Ohio.",
      true,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
