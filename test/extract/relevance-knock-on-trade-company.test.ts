// A knock-on from a company of another trade, named right after its trade ("an attack on the cloud run by workforce
// management company Tallis Group", "a breach at payroll provider Harcastle"): hospitals left on paper timesheets do not
// make it a healthcare incident (README, kind (a)). A healthcare supplier named the same way still does.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: knock-on from a company of another trade", () => {
  it.each<[string, string]>([
    [
      "Ransomware outage leaves hospitals tracking shifts on paper",
      "A ransomware attack on the cloud platform run by workforce management company Tallis Group has left hospitals without their scheduling systems. Nurses' hours are being recorded on paper at Greyfield Hospital.",
    ],
    [
      "Timesheets on paper at hospitals after supplier hack",
      "A hack at timekeeping company Brevant Systems has left hospitals and care homes without electronic timesheets, managers at Oakleigh Health said.",
    ],
    [
      "Hospital staff data exposed after attack",
      "The breach at payroll provider Harcastle Ltd exposed the bank details of staff at four hospitals, including Wendmoor General Hospital.",
    ],
  ])("%s", (title, text) => {
    expect(extract(title, text).relevant).toBe(false);
  });

  it("keeps a healthcare supplier named after its kind", () => {
    expect(
      extract(
        "Ransomware hits record supplier",
        "A ransomware attack on electronic health record company Tallis Medical has left clinics across the state unable to see patient charts.",
      ).relevant,
    ).toBe(true);
  });
});
