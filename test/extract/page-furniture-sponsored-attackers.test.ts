// Attackers "sponsored by" a state are news, not a sponsor's line: the sentence keeps its victim and attack; a
// newsletter's sponsor line is still page furniture.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("'sponsored by' after an attacker noun is no sponsor line", () => {
  it.each<[string, string, string, string[]]>([
    [
      "hackers sponsored by a state",
      "Hospital breach",
      "Hackers sponsored by a foreign government stole patient files from Kestrel General Hospital, the minister said.",
      ["Kestrel General Hospital"],
    ],
    [
      "a group sponsored by a state's intelligence service",
      "Clinic breach",
      "A group sponsored by a foreign intelligence service broke into the network of Fenmoor Eye Clinic last spring.",
      ["Fenmoor Eye Clinic"],
    ],
    [
      "a newsletter's sponsor line stays furniture",
      "Clinic breach",
      "Hackers stole patient files from Fenmoor Eye Clinic last spring.\n\nThis briefing is sponsored by Kestrel Private Hospital.",
      ["Fenmoor Eye Clinic"],
    ],
  ])("%s", (_name, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
