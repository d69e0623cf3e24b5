// An emergency department that stops taking patients brought by ambulance is on diversion, not closed; an ambulance
// service dispatching or triaging by hand is on manual processes.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("impact: ambulance-only diversion and manual dispatch", () => {
  it.each([
    [
      "an emergency department no longer taking ambulance patients",
      "Harlow Hospital said its emergency department is no longer taking patients brought in by ambulance after a cyber attack.",
      ["ambulance-diversion"],
    ],
    [
      "an emergency department that stopped taking patients at all",
      "Harlow Hospital said its emergency department stopped taking patients after a cyber attack.",
      ["services-closed"],
    ],
    [
      "crews dispatched manually",
      "Harlow Ambulance Service is dispatching crews manually after a cyber attack.",
      ["paper-records"],
    ],
    [
      "calls triaged manually, in the passive",
      "Harlow Ambulance Service said calls were being triaged manually after a cyber attack.",
      ["paper-records"],
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Cyber attack", body).impact).toEqual(want);
  });
});
