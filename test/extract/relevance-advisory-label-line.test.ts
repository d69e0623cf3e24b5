// A security blog's advisory write-up may name its example victim first in a label line ("Case: X.", "Victim: X.") and
// tell the group's attack on it in the sentence after: the victim is still told attacked. A label line with no attack
// told on the victim anywhere leaves the piece a warning.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("an advisory's victim named first in a label line", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a 'Case:' line, then the group's attack on the named hospital",
      "Rhysida: extortion aimed at U.S. clinics",
      "Advisory. The FBI, CISA and HHS have jointly warned about the Rhysida group, a crew running ransomware against the sector since May 2022.\n\nCase: Harwick Regional Hospital. On 4 March the Rhysida group attacked Harwick Regional Hospital. It says it took 2GB of files.",
      true,
    ],
    [
      "a 'Victim:' line, then the gang's claim in a later sentence",
      "Advisory: BianLian keeps hitting health providers",
      "A joint advisory from HHS warns about BianLian. Victim: Corran Fertility Clinic. BianLian breached Corran Fertility Clinic in June and stole patient records.",
      true,
    ],
    [
      "a label line naming a hospital that no sentence tells attacked",
      "Advisory: BianLian keeps hitting health providers",
      "A joint advisory from HHS warns about BianLian and its habits. Contact: Corran Fertility Clinic. The clinic's security lead spoke at a conference about the group.",
      false,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});
