import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Valley Royal Hospital";

describe("impact on care", () => {
  it.each([
    ["cancelled surgery", "Valley Royal Hospital postponed elective surgeries for a week.", ["operations-cancelled"]],
    ["cancelled appointments", "Outpatient appointments were cancelled on Tuesday.", ["appointments-cancelled"]],
    ["ambulance diversion", "Ambulances were diverted to other hospitals.", ["ambulance-diversion"]],
    ["systems offline and paper", "The electronic patient record was taken offline and staff went back to pen and paper.", ["systems-offline", "paper-records"]],
    ["a closed service", "The emergency department was closed to new patients.", ["services-closed"]],
    ["published data", "The gang published patient records on its leak site.", ["data-leaked"]],
    ["a threat to publish is not a leak", "The gang threatened to publish patient records unless paid.", []],
    ["a possibility is not an effect", "Operations may be postponed if systems stay down.", []],
    ["a negated effect is not an effect", "The hospital said its systems were not affected and no data has been published.", []],
    ["a general statement is not an effect", "Ransomware attacks typically force hospitals to divert ambulances.", []],
    ["background effects are not this incident's", "Last year a different hospital in the region diverted ambulances after an attack.", []],
    ["staff unable to reach records", "Nurses could not get into patient charts for two days.", ["systems-offline"]],
    ["a verb and particle across a comma are two actions", "Staff turned on two-factor logins, swapped out old laptops and retrained teams.", []],
    ["a publication verb across a comma is another clause", "In an update it published Friday, the clinic said attackers copied files.", []],
    ["a check whether data leaked is no leak", "Investigators reviewed the mailbox to see whether patient data had leaked.", []],
  ])("%s", (_name, text, impact) => {
    expect(extract(T, text).impact).toEqual(impact);
  });

  it("quotes the supporting sentence as evidence", () => {
    const e = extract(T, "Staff said the hospital. Ambulances were diverted to other hospitals on Monday.");
    const ev = e.evidence.find((x) => x.field === "impact" && x.value === "ambulance-diversion");
    expect(ev?.quote).toBe("Ambulances were diverted to other hospitals on Monday.");
  });
});
