import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

// Websites named by their domain as the ones attacked (src/extract/victim-domains.ts).
describe("victim websites named by their domain", () => {
  it.each([
    [
      "lists the sites a DDoS campaign took down",
      "Hacktivists knock hospital websites offline",
      "The sites hit by the attacks included kestrelhospital.no, fjordhealth.no and vikregion.no.",
      ["kestrelhospital.no", "fjordhealth.no", "vikregion.no"],
    ],
    [
      "reads a list glued to the next sentence without a space",
      "Hospital sites down",
      "Pro-Russian hackers brought down several sites, among them larchhospital.se and birchclinic.se.Analysts at a security firm said the group is small.",
      ["larchhospital.se", "birchclinic.se"],
    ],
    [
      "reads a site named as the subject of an outage",
      "Hospital site down",
      "Hackers claimed the attack, and ostbyhospital.dk was down for hours.",
      ["ostbyhospital.dk"],
    ],
    [
      "leaves out a domain given as the source",
      "Kestrel Hospital hit by ransomware",
      "Kestrel Hospital was hit by ransomware, according to databreachwatch.com, and its systems are down.",
      ["Kestrel Hospital"],
    ],
    [
      "leaves out the site of a victim already named",
      "Kestrel Health hit",
      "A DDoS attack took the website of Kestrel Health (kestrelhealth.org) offline.",
      ["Kestrel Health"],
    ],
    [
      "leaves out a domain in a sentence that tells no attack",
      "Kestrel Hospital hit",
      "Kestrel Hospital was hit by ransomware. Patients can read updates at kestrelupdates.org.",
      ["Kestrel Hospital"],
    ],
    [
      "does not read abbreviations as domains",
      "Kestrel Hospital hit",
      "Kestrel Hospital, i.e. the county's largest, was hit by ransomware in the U.S. state e.g. of Ohio.",
      ["Kestrel Hospital"],
    ],
  ])("%s", (_label, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("DDoS told without the word", () => {
  it.each([
    ["websites brought down", "Hackers brought down as many as nine websites of hospitals in the region.", ["ddos"]],
    ["sites knocked offline", "The group knocked the sites of three clinics offline for a few hours.", ["ddos"]],
    ["a flood of traffic", "The hospital's servers were flooded with junk traffic on Sunday.", ["ddos"]],
  ])("%s", (_label, text, types) => {
    expect(extract("Kestrel Hospital websites down after cyberattack", text).attack_types).toEqual(types);
  });
  it("does not read a ransomware attack's one website taken down as DDoS", () => {
    expect(
      extract("Kestrel Hospital hit by ransomware", "The ransomware attack took down the hospital's website.")
        .attack_types,
    ).toEqual(["ransomware"]);
  });
});
