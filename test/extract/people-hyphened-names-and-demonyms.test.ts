// Head-counts in news of other countries: a figure hyphened to a word is part of a name ("Covid-19 patients",
// "H5N1 cases"), not a count of the people hit; and the people counted may be a nation's ("2.4 crore Indians", "80,000
// Singaporeans").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyberattack at Larchmont Hospital";
const LEAD = "Larchmont Hospital said a ransomware attack had taken its systems offline on Monday.";

describe("people: a figure hyphened to a name is no count, and a nation's people are counted", () => {
  it.each([
    [
      "a disease's number before patients",
      `${LEAD} The hospital is caring for many Covid-19 patients, and the attack came at a bad time.`,
      null,
    ],
    [
      "a strain's number before a head noun",
      `${LEAD} The attack hit as staff treated dozens of MERS-2 patients in isolation.`,
      null,
    ],
    ["Indians counted in crore", `${LEAD} Hackers stole the data of 2.4 crore Indians from its servers.`, 24000000],
    ["Singaporeans counted", `${LEAD} The records of 80,000 Singaporeans were stolen in the attack.`, 80000],
    ["New Zealanders counted", `${LEAD} The breach exposed the details of 12,000 New Zealanders.`, 12000],
    ["South Africans counted", `${LEAD} The attackers stole the data of 30,000 South Africans.`, 30000],
  ])("%s", (_label, body, want) => {
    expect(extract(T, body).people_affected).toBe(want);
  });
});
