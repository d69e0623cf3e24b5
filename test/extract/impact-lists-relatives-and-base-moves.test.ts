// Impact told as a later item of a cancelled list ("the cancellation of 150 operations and 3,000 outpatient visits"),
// as data that the attackers advertised in a relative clause ("The data, which a threat actor advertised for sale,
// covers"), and as patients moved in the base form after "had to" ("had to ... move patients to other hospitals") or
// sent to "other establishments" (translated news); a new clause after the "and", someone else's relative clause and a
// plan to move patients stay out.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("impact: list items, relative clauses, base-form moves", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "the second item of a cancellation's object",
      "A cyber attack hit Wetherby General Hospital. It led to the cancellation of 85 planned operations and 1,200 outpatient visits.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    [
      "the last item of a comma list",
      "A cyber attack hit Wetherby General Hospital. Staff postponed 40 hip replacements, dozens of endoscopies and 600 consultations.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    [
      "a new subject after 'and' is another clause",
      "A cyber attack hit Wetherby General Hospital. It postponed its surgeries and its community visits carried on as normal.",
      ["operations-cancelled"],
    ],
    [
      "a noun group followed by its own verb is another clause",
      "A cyber attack hit Wetherby General Hospital. It called off elective surgery and the clinic appointments went ahead.",
      ["operations-cancelled"],
    ],
    [
      "data the attackers advertised, in a relative clause",
      "Hackers broke into Wetherby Dental Group. The records, which the criminals advertised for sale on a forum, include 9,000 patients.",
      ["data-leaked"],
    ],
    [
      "files a gang posted, in a restrictive relative clause",
      "Hackers broke into Wetherby Dental Group. The files that the gang dumped on its site include X-rays.",
      ["data-leaked"],
    ],
    [
      "the victim's own publication in a relative clause is no leak",
      "Hackers broke into Wetherby Dental Group. The documents, which the practice released to reporters, explain the breach.",
      [],
    ],
    [
      "a relative clause with a threat is no leak",
      "Hackers broke into Wetherby Dental Group. The data, which the attackers threatened to publish, covers 9,000 patients.",
      [],
    ],
    [
      "patients moved, base form after 'had to'",
      "Wetherby General Hospital has had to cancel operations and move acute patients to other hospitals since the cyber attack.",
      ["operations-cancelled", "ambulance-diversion"],
    ],
    [
      "patients transferred to other establishments",
      "Wetherby General Hospital was hit by a ransomware attack, with some patients transferred to other establishments.",
      ["ambulance-diversion"],
    ],
    [
      "a plan to move patients is no diversion",
      "Wetherby General Hospital plans to transfer patients to other hospitals if the cyber attack drags on.",
      [],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Hospital incident", text).impact).toEqual(want);
  });
});
