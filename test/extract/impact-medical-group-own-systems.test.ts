// "The group's network" after a medical, physician or care group is that group's own: its network, phones or email
// down are the victim's outage; a gang's leak site or servers taken down stay the attackers'.
import { describe, expect, it } from "vitest";
import type { ImpactType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("impact: a medical group's own systems told as 'the group's'", () => {
  it.each<[string, string, ImpactType[]]>([
    [
      "a physician group's computer network down",
      "Marrow Creek Medical Group in Iowa said it was hit by a cyberattack. The group's computer network was down for four days.",
      ["systems-offline"],
    ],
    [
      "a care group's phones out",
      "Fenlow Care Group said a ransomware attack had hit its offices, and the group's phones were out of service until Friday.",
      ["systems-offline"],
    ],
    [
      "a dental group's email offline, told in reported speech",
      "Ashby Dental Group said a cyberattack struck on Monday. According to a lawsuit, the group's email was offline for a week.",
      ["systems-offline"],
    ],
    [
      "a gang's leak site taken down stays the attackers'",
      "Marrow Creek Medical Group said it was hit by a cyberattack claimed by the Nightjar gang. Police later said the group's leak site was taken down.",
      [],
    ],
    [
      "a gang's servers shut down stay the attackers'",
      "Marrow Creek Medical Group said it was hit by a cyberattack claimed by the Nightjar gang. The group's servers were shut down by the FBI in May.",
      [],
    ],
  ])("%s", (_name, text, want) => {
    expect(extract("Medical group hit by cyberattack", text).impact).toEqual(want);
  });
});
