// A follow-up retells its incident with a date: "sued after a ransomware attack last year". The date places this
// incident, not another one, so the sentence's facts (the attack's kind) stay; "last year" elsewhere is background still.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ferncastle Health agrees settlement with patients";
describe("scope: a follow-up's own attack dated 'last year'", () => {
  it.each([
    [
      "Ferncastle Health will pay $2 million to patients whose records were exposed after a ransomware attack last year, lawyers said.",
      ["ransomware"],
    ],
    [
      "Ferncastle Health settled the lawsuit brought following a cyberattack last year that encrypted its servers.",
      ["ransomware"],
    ],
    [
      "Patients sued Ferncastle Health after a data breach last year in which hackers stole their files.",
      ["data-theft"],
    ],
  ])("%s", (text, types) => {
    expect(extract(T, text).attack_types).toEqual(types);
  });

  it("still reads another incident last year as background", () => {
    expect(
      extract(T, "Ferncastle Health said nothing. The Akira gang hit a Dutch library last year.").attacker_groups,
    ).toEqual([]);
  });
});
