// An organisation named only by its acronym, twice, once told as one of an attack's targets ("The AZKL in Ghent is one
// of the targets", "Among the victims was the MRKZ") is the victim; an acronym named twice with no such telling is not
// (three mentions stay the rule there). Every organisation is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("an acronym told as one of the targets", () => {
  it.each<[string, string, string, string[]]>([
    [
      "'is one of the targets' after the acronym and its town",
      "DDoS attacks hit Belgian hospitals",
      "Pro-Russian hackers are flooding Belgian hospital websites with traffic, a national cyber centre said. The AZKL in Ghent is one of the targets: its website keeps going down, a spokesperson said. So far the AZKL site seems to be the only one actually hit.",
      ["AZKL"],
    ],
    [
      "'Among the victims was the' before the acronym",
      "Hospital websites knocked offline",
      "A wave of denial-of-service attacks took hospital websites offline across Austria on Monday. Among the victims was the MRKZ, whose appointment portal was down for six hours. The MRKZ said patient care was not affected.",
      ["MRKZ"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string, string, string[]]>([
    [
      "an acronym named twice, not as a target",
      "Hospital websites knocked offline",
      "A wave of denial-of-service attacks took hospital websites offline across Austria on Monday, the BRVX said. The BRVX advised hospitals to filter traffic.",
      [],
    ],
  ])("not: %s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
