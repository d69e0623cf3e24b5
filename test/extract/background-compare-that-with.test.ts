import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// A turn to another case for comparison ("Compare that with X, where ...", "Contrast this with X, which ...", "Which is
// a very different story from X, where ...") tells the
// other case: its group and its ransom are not this incident's, also after a speaker's label in a transcript.
describe("a case brought in for comparison", () => {
  it.each([
    [
      "compare that with another hospital's refusal",
      "Hackers steal files from Brantley Women's Clinic",
      "Hackers stole patient files from Brantley Women's Clinic in Ohio, and the clinic has not said whether a ransom was demanded. Compare that with Dunmore Hospital in May, where the Akira gang posted patient scans and the hospital refused to pay.",
      { attackers: [], ransom: "not-mentioned" },
    ],
    [
      "contrast this with another hospital's refusal, after a speaker's label",
      "Episode 40: a clinic breach",
      "[00:02:10] HOST: Hackers stole patient files from Brantley Women's Clinic in Ohio.\n[00:02:31] GUEST: Contrast this with Dunmore Hospital in May, where Akira encrypted every server and the hospital refused to pay.",
      { attackers: [], ransom: "not-mentioned" },
    ],
    [
      "a very different story from another hospital's, after a speaker's label",
      "Episode 41: a clinic breach",
      "[00:01:10] HOST: Hackers stole patient files from Brantley Women's Clinic in Ohio.\n[00:01:25] GUEST: Which is a very different story from Dunmore Hospital in May, where Akira encrypted every server and the hospital refused to pay.",
      { attackers: [], ransom: "not-mentioned" },
    ],
    [
      "this case set apart from another, opening the sentence",
      "Hackers steal files from Brantley Women's Clinic",
      "Hackers stole patient files from Brantley Women's Clinic in Ohio. That is a completely different case from Dunmore Hospital in May, where the Akira gang encrypted every server and the hospital refused to pay.",
      { attackers: [], ransom: "not-mentioned" },
    ],
    [
      "the incident's own group and refusal stay",
      "Hackers steal files from Brantley Women's Clinic",
      "The Akira gang stole patient files from Brantley Women's Clinic in Ohio. The clinic refused to pay.",
      { attackers: ["Akira"], ransom: "refused" },
    ],
  ])("%s", (_name, title, text, want) => {
    const e = extract(title, text);
    expect({ attackers: e.attacker_groups, ransom: e.ransom.status }).toEqual(want);
  });
});
