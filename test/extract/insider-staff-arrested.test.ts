// Staff arrested, charged or fired for taking their employer's data are insiders: the article reports an incident at
// the employer (its headline's "arrested" is no police-news cue there), the attack is the insider's, and their number
// is who did the harm, not who was hit. A hacker arrested is no insider.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("insiders: staff arrested or charged for taking data", () => {
  it.each([
    [
      "employees arrested on suspicion of stealing, the employer named past a long 'of' phrase",
      "Call centre workers arrested for selling patient data",
      "Three employees of the Marlow Vale Health Service's vaccination booking centres have been arrested on suspicion of stealing patient data and selling it online, police said.",
    ],
    [
      "a nurse charged with selling records",
      "Nurse charged over stolen records at Keldon Hospital",
      "A nurse at Keldon Hospital was charged with selling patient records to a debt collector, prosecutors said.",
    ],
    [
      "staff fired for copying files",
      "Keldon Hospital staff fired after data theft",
      "Keldon Hospital said two staff members were fired for copying patient files to a personal drive.",
    ],
  ])("%s", (_label, title, body) => {
    const e = extract(title, body);
    expect(e.relevant).toBe(true);
    expect(e.attack_types).toEqual(["insider"]);
    expect(e.people_affected).toBeNull();
  });

  it("a hacker arrested for stealing is no insider", () => {
    const e = extract(
      "Breach at Keldon Hospital",
      "Keldon Hospital said a man was arrested on suspicion of stealing patient data from its servers in a cyberattack.",
    );
    expect(e.attack_types).not.toContain("insider");
  });
});
