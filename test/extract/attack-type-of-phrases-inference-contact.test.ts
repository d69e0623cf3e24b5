// Attack types told in three shapes: data taken in the passive with an of-phrase between the data and its verb ("the
// personal details of 12,000 patients were taken"), an analyst's inference that is no statement of encryption ("a
// countdown points to a ransomware attack"), and data offered back for contact with the attackers ("would have to
// contact the hackers to get back the data"), a demand though no sum is named. Each rule on sentences written for it,
// with the near misses it must leave alone.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Kellan Bay Clinic";
const lead = "Hackers attacked Kellan Bay Clinic last week. ";

describe("attack types from of-phrases, inferences and offers of data back", () => {
  it.each<[string, string, AttackType, boolean]>([
    [
      "an of-phrase before the passive",
      "The personal details of 12,000 patients were taken, the clinic said.",
      "data-theft",
      true,
    ],
    [
      "a figure in the of-phrase",
      "According to the regulator, the information of 79,404 people was taken.",
      "data-theft",
      true,
    ],
    ["copied with an of-phrase", "The medical records of more than 4,000 people have been copied.", "data-theft", true],
    [
      "taken down is no theft",
      "The files of the clinic's website were taken down for maintenance.",
      "data-theft",
      false,
    ],
    ["an inference", "A countdown on the gang's site points to a ransomware attack.", "ransomware", false],
    [
      "an inference by a hint",
      "The wording of the message hints at ransomware, one analyst said.",
      "ransomware",
      false,
    ],
    ["a statement beside it", "The clinic said ransomware had encrypted its servers.", "ransomware", true],
    [
      "contact the hackers to get the data back",
      "The gang stole patient files and said the clinic would have to contact the hackers to get back the data.",
      "extortion",
      true,
    ],
    [
      "contact them to recover the records",
      "The intruders copied records and left a message telling staff to contact them to recover the records.",
      "extortion",
      true,
    ],
    [
      "patients contacting the clinic",
      "Hackers stole files; patients should contact the clinic to get copies of their records.",
      "extortion",
      false,
    ],
  ])("%s", (_shape, text, type, present) => {
    expect(extract(HIT, lead + text).attack_types.includes(type)).toBe(present);
  });
});
