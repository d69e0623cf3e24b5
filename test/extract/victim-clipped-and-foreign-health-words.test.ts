// Health words a name may carry clipped ("Physio") or in another language ("Laboratorio", "laboratoria", "Laboratoires",
// the Dutch "Zorg-" of care bodies) make it a healthcare name, as "Physiotherapy" and "Laboratory" do.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: clipped and foreign health words in names", () => {
  it.each([
    [
      "a clipped specialty",
      "Patients told of data incident",
      "Harrowby Physio has told patients that an unauthorised person viewed their appointment records in a cyber incident.",
      "Harrowby Physio",
    ],
    [
      "a Spanish laboratory",
      "Ciberataque a un laboratorio",
      "Hackers stole test results of 20,000 patients from Laboratorio Clínico Vallmar in a ransomware attack.",
      "Laboratorio Clínico Vallmar",
    ],
    [
      "a French laboratory",
      "Cyberattaque",
      "Laboratoires Berthaud said hackers had encrypted its servers and stolen patient files.",
      "Laboratoires Berthaud",
    ],
    [
      "a Dutch care group",
      "Cyberaanval",
      "A ransom note was found on the servers of Zorggroep Wadden after a cyber attack took them offline on Friday.",
      "Zorggroep Wadden",
    ],
  ])("%s", (_label, title, body, want) => {
    const e = extract(title, body);
    expect(e.relevant).toBe(true);
    expect(e.victim_orgs).toEqual([want]);
  });
});
