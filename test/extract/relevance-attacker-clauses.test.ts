// An attack told only through its attacker: in a relative clause ("the gang that attacked X") or as the attacker's own
// account of taking data ("the gang says it took 850 gigs of data from X"). Other takings of data are no incident.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: an attack told through its attacker", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a relative clause after a reward",
      "Reward offered over hospital attack",
      "Police have offered a reward for information on the gang that attacked Linden Cross Hospital last spring.",
      true,
    ],
    [
      "a relative clause with 'hit'",
      "Linden Cross Hospital update",
      "Investigators say the hackers who hit Linden Cross Hospital used a stolen password.",
      true,
    ],
    [
      "an attacker's account of data taken",
      "Gang says it took files from clinic",
      "The crew says it grabbed about 300 gigabytes of records from Linden Cross Clinic.",
      true,
    ],
    [
      "researchers taking data are no attackers",
      "Study of Linden Cross Hospital waiting times",
      "The researchers took data from Linden Cross Hospital's waiting lists to study delays.",
      false,
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).relevant).toBe(want);
  });
});
