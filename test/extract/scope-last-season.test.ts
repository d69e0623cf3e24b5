// "Last fall, ..." dates another incident as "last year" does, unless the sentence points back at this one ("because of
// the incident").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "The Akira gang posted files stolen from Brambleton Hospital in Ohio on its leak site on Monday.";

describe("scope: an account dated by last season", () => {
  it.each<[string, string, string[]]>([
    [
      "other hospitals last fall",
      `${LEAD} Last fall, Ryuk attacks disrupted care at hospitals in Oregon and Vermont.`,
      ["Akira"],
    ],
    ["another group last spring", `${LEAD} Last spring, the Hive gang hit two clinics in Texas.`, ["Akira"]],
  ])("attackers: %s", (_name, text, groups) => {
    expect(extract("Ohio hospital data posted", text).attacker_groups).toEqual(groups);
  });

  it.each<[string, string]>([
    [
      "this attack dated last fall inside its sentence",
      "Brambleton Health, which runs six hospitals in Ohio, said hackers stole data on 64,250 patients in an attack on its network last fall.",
    ],
    [
      "last fall's attack",
      "Brambleton Health said data on 64,250 patients may have been exposed in last fall's ransomware attack on its Ohio hospitals.",
    ],
  ])("keeps %s", (_name, text) => {
    const e = extract("Brambleton Health notifies patients", text);
    expect([e.victim_orgs, e.people_affected]).toEqual([["Brambleton Health"], 64250]);
  });

  it("keeps a follow-up's look back at this incident", () => {
    const text =
      "Brambleton Health has given more detail on last year's ransomware attack. Last fall Brambleton Clinic said some appointments had to be rescheduled because of the incident.";
    expect(extract("Brambleton Health details ransomware attack", text).impact).toEqual(["appointments-cancelled"]);
  });
});
