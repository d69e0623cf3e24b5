// Screens that went black or blank, and a system whose return is awaited ("when the record system comes back"), are
// systems down, as "the computers went dark" is. A screening or a "comes back to work" is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack hits Harlow Community Hospital";
const LEAD = "A cyberattack hit Harlow Community Hospital on Sunday.";
describe("impact: screens gone black, systems awaited", () => {
  it.each([
    `${LEAD} Every screen on the ward went black at 3 a.m.`,
    `${LEAD} The computer screens went blank during the night shift.`,
    `${LEAD} Nobody knows when the record system comes back, a nurse said.`,
  ])("%s", (text) => {
    expect(extract(T, text).impact).toContain("systems-offline");
  });

  it.each([
    `${LEAD} The breast screening programme went ahead as planned.`,
    `${LEAD} The head of IT comes back to work on Monday.`,
  ])("reads no outage in: %s", (text) => {
    expect(extract(T, text).impact).not.toContain("systems-offline");
  });
});
