// Attack types told in other words than the dev articles use: a plural "ransoms", a promise or guarantee not to leak
// (a threat), adjectives listed before an unsecured database, data put on a public-facing site (not the site itself),
// and data "published online" told far from its noun.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const types = (text: string) => extract("Cyber incident at Marrowby Hospital", text).attack_types;

describe("attack types in other words", () => {
  it.each<[string, string, string[]]>([
    [
      "plural ransoms beside stolen data",
      "The gang stole patient data from Marrowby Hospital and is now demanding ransoms from its patients.",
      ["data-theft", "extortion"],
    ],
    [
      "a promise not to leak",
      "Hackers copied files from Marrowby Hospital and want $2m for a decryptor and a promise not to leak them.",
      ["ransomware", "data-theft", "extortion"],
    ],
    [
      "a guarantee that nothing will be leaked",
      "The attackers who hit Marrowby Hospital ask $1m and offer a guarantee that no patient records would be published.",
      ["extortion"],
    ],
    [
      "an unsecured, password-free database",
      "A researcher found an unsecured, password-free database of Marrowby Hospital exposing 2 million records.",
      ["misconfiguration"],
    ],
    [
      "a backup put on a public-facing site",
      "A contractor of Marrowby Hospital placed a backup of patient files on a public-facing website by mistake.",
      ["misconfiguration"],
    ],
    [
      "the public-facing site itself is no misconfiguration",
      "Marrowby Hospital was hit by a DDoS attack. Only its public-facing website is affected.",
      ["ddos"],
    ],
    [
      "details published online, far from the noun",
      "The private details of every patient who was treated at Marrowby Hospital in the spring have been published online.",
      ["data-theft"],
    ],
  ])("%s", (_label, text, want) => {
    expect(types(text)).toEqual(want);
  });

  it.each<[string, string, string[]]>([
    [
      "a refusal of ransoms as a policy is no demand",
      "Hackers hit Marrowby Hospital. Public hospitals never pay ransoms, a spokesperson said.",
      ["unknown"],
    ],
    [
      "a notice published online is no leak",
      "Marrowby Hospital was hit by a cyberattack. A notice for patients of the hospital's clinics has been published online.",
      ["unknown"],
    ],
  ])("%s", (_label, text, want) => {
    expect(types(text)).toEqual(want);
  });
});
