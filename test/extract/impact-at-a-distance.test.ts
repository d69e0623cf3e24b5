// Impact told at a distance from its subject: a relative clause's habit ("patients who would normally come by
// ambulance are being taken elsewhere", "operations that would normally take place on Mondays have been cancelled")
// sorts the noun and is neither a habit of the sentence nor a modal of the effect; and the subject's owner with a long
// apposition stands between the subject and its verb ("The computer systems of the X, the body that runs ..., have
// been out of service").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "Kestrel Hospital said a ransomware attack hit it on Sunday. ";

describe("impact: a relative clause's habit or an owner's apposition between the subject and its verb", () => {
  it.each([
    [
      "patients sorted by a 'who would normally' clause",
      "Some patients who would normally come to the hospital by ambulance are being taken elsewhere.",
      "ambulance-diversion",
    ],
    [
      "patients sorted by a 'who usually' clause",
      "Patients who usually come here are now being sent to other hospitals.",
      "ambulance-diversion",
    ],
    [
      "operations sorted by a 'that would normally' clause",
      "Operations that would normally take place on Mondays have been cancelled.",
      "operations-cancelled",
    ],
    [
      "systems past their owner's apposition holding a list",
      "The computer systems of the Tarn Valley Health Authority, the body that runs the hospitals of Arnwick, Pellow Bay and Tarn, have been out of service since Sunday.",
      "systems-offline",
    ],
    [
      "systems past their owner's apposition",
      "The computer systems of Kestrel Hospital, a 300-bed teaching hospital in the north of the county, were down for two days.",
      "systems-offline",
    ],
  ])("%s", (_label, rest, want) => {
    expect(extract("Cyber attack", LEAD + rest).impact).toEqual([want]);
  });

  it.each([
    ["a habit of attacks in general", "Ransomware gangs usually force hospitals to cancel operations."],
    ["a condition", "Operations would be cancelled if the outage lasted."],
    [
      "a negated state past the apposition",
      "The computer systems of Kestrel Hospital, a 300-bed teaching hospital in the north of the county, were not down at any point.",
    ],
  ])("no impact: %s", (_label, rest) => {
    expect(extract("Cyber attack", LEAD + rest).impact).toEqual([]);
  });
});

describe("impact: ambulances as the subject of taking patients to the hospitals of a place", () => {
  it.each([
    ["in the present", "Ambulances are taking patients to hospitals in Arnwick and Tarn."],
    ["in the past", "Ambulances took the patients to hospitals across the region."],
  ])("%s", (_label, rest) => {
    expect(extract("Cyber attack", LEAD + rest).impact).toEqual(["ambulance-diversion"]);
  });

  it("not when negated", () => {
    expect(extract("Cyber attack", `${LEAD}Ambulances did not take patients to hospitals in Arnwick.`).impact).toEqual(
      [],
    );
  });
});

describe("impact: an elliptical subject after a semicolon stands for the noun before it", () => {
  it("operations, then 'some had already been postponed'", () => {
    expect(
      extract(
        "Cyber attack",
        `${LEAD}Planned operations on Friday would go ahead only where it was safe, a spokesman said; some had already been postponed.`,
      ).impact,
    ).toEqual(["operations-cancelled"]);
  });

  it.each([
    ["a negated ellipsis", "Planned operations would go ahead; none had been postponed."],
    ["no noun of the effect before it", "Staff were told to stay at home; some had already been postponed."],
  ])("not with %s", (_label, rest) => {
    expect(extract("Cyber attack", LEAD + rest).impact).toEqual([]);
  });
});
