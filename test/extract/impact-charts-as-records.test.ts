// Patients' charts are records a hospital works from: charts lost, unreachable or unavailable are systems offline;
// charts kept on paper are no outage.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("impact: patient charts are a record system", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "access lost to charts among other things",
      "Nurses at Hollow Creek Hospital in Utah lost access to electronic charts, lab orders and billing after a ransomware attack on Monday.",
      ["systems-offline"],
    ],
    [
      "charts that could not be opened",
      "After the cyberattack, doctors at Redmond Family Clinic in Oregon could not open patient charts for three days.",
      ["systems-offline"],
    ],
    [
      "charts unavailable",
      "Medical charts at Alder Bay Medical Center in Maine were unavailable for most of the week after the ransomware attack.",
      ["systems-offline"],
    ],
    [
      "paper charts are no outage",
      "Doctors at Vale Ridge Hospital in Kansas wrote on paper charts during the ransomware attack.",
      ["paper-records"],
    ],
  ])("%s", (_name, text, impact) => {
    expect(extract("Hospital hit by cyberattack", text).impact).toEqual(impact);
  });
});
