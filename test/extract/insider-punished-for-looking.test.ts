import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("staff punished for looking at records without a reason report an insider incident", () => {
  it.each([
    [
      "Marlow Bay Hospital fires staff",
      "Marlow Bay Hospital has fired four workers for accessing a footballer's medical records without authorisation.",
    ],
    [
      "Nurses suspended at Marlow Bay Hospital",
      "Marlow Bay Hospital suspended two nurses and a porter, all of them agency staff, for viewing the files of an injured singer.",
    ],
    [
      "Clinic staff disciplined",
      "Three receptionists at Marlow Bay Clinic were disciplined for looking at a politician's test results without a clinical reason.",
    ],
  ])("%j", (title, text) => {
    const e = extract(title, text);
    expect([e.relevant, e.attack_types]).toEqual([true, ["insider"]]);
  });

  it.each([
    ["Marlow Bay Hospital fires chief executive", "Marlow Bay Hospital has fired its chief executive for misconduct."],
    [
      "Porter dismissed",
      "Marlow Bay Hospital dismissed a porter for accessing a restricted ward without permission after hours.",
    ],
  ])("no records, no incident: %j", (title, text) => {
    expect(extract(title, text).attack_types).not.toContain("insider");
  });
});
