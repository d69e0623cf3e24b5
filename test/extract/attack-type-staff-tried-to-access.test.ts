import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hospital investigates staff over patient's records";

// Staff who tried to reach a patient's records are insiders: their own work's access is never told as an attempt.
describe("staff who tried to access records", () => {
  it.each([
    [
      "a member of staff who allegedly tried",
      "Kestrel Private Hospital said a member of staff allegedly tried to access a celebrity patient's medical records.",
      true,
    ],
    [
      "nurses who attempted to view records",
      "Two nurses at Kestrel Private Hospital attempted to view the footballer's patient records, the hospital said.",
      true,
    ],
    [
      "staff who access records to treat patients are no insiders",
      "At Kestrel Private Hospital, staff access medical records every day to treat patients, a spokesperson said after a cyberattack.",
      false,
    ],
  ])("%s", (_name, text, insider) => {
    expect(extract(T, text).attack_types.includes("insider")).toBe(insider);
  });
});
