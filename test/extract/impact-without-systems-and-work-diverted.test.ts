// Work carried on without the systems ("is operating without computers", "were left without email") states the systems
// out of action; what is diverted two words on ("divert some lab work") is no patient, and "working without any
// problems" is no outage.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("impact: work without systems, work diverted", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "operating without computers",
      "Harwick Regional Hospital has been operating without computers since the ransomware attack.",
      ["systems-offline"],
    ],
    [
      "staff left without email",
      "Staff at Harwick Regional Hospital were left without email for a week after the cyber attack.",
      ["systems-offline"],
    ],
    [
      "working without problems is no outage",
      "Harwick Regional Hospital said it was working without any problems after the cyber attack.",
      [],
    ],
    [
      "lab work diverted is no diversion of patients",
      "After the cyber attack Harwick Regional Hospital had to divert some lab work to other facilities.",
      [],
    ],
    [
      "stroke patients diverted still count",
      "After the cyber attack Harwick Regional Hospital had to divert some stroke patients.",
      ["ambulance-diversion"],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Hospital attack", text).impact).toEqual(want);
  });
});
