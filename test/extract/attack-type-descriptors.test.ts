// What names the attacker or the page is no statement of this attack's kind: "the BianLian extortion group", a
// "Ransomware roundup:" column, a tracker's "Medusa ransomware:" heading, own name ("ransomware feed |") or tag; data
// accessed or viewed is not data stolen. What an attacker holds or posts is: "threatening to publish 75GB", files
// "posted on a leak site"; and a ransom said unpaid ("no ransom was paid") was still asked, so it is extortion beside
// stolen data.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("attack types: descriptors, columns and what the attacker holds", () => {
  it.each<[string, string, string, AttackType[]]>([
    [
      "an 'extortion group' that stole data",
      "Gang claims attack on Harrow Vale Clinic",
      "The Karakurt extortion group says it stole 200GB of files from Harrow Vale Clinic.",
      ["data-theft"],
    ],
    [
      "a 'data-extortion crew'",
      "Harrow Vale Clinic breach",
      "A data-extortion crew exfiltrated records of Harrow Vale Clinic patients, the clinic said.",
      ["data-theft"],
    ],
    [
      "extortion stated outright still counts",
      "Harrow Vale Clinic breach",
      "Hackers stole patient files from Harrow Vale Clinic and tried to extort the clinic.",
      ["data-theft", "extortion"],
    ],
    [
      "a 'Ransomware roundup' column",
      "Ransomware roundup: Rhysida hits Harrow Vale Clinic",
      "Rhysida has claimed an attack on Harrow Vale Clinic and says it stole 40GB of data.",
      ["data-theft"],
    ],
    [
      "a 'Ransomware news' column",
      "Ransomware news: Harrow Vale Clinic breach",
      "Hackers copied files from Harrow Vale Clinic's servers, the clinic said.",
      ["data-theft"],
    ],
    [
      "a tracker's own name opening its row ('ransomware feed |')",
      "Harrow Vale Clinic listed",
      "ransomware feed | 2024-03-02 | qilin | Harrow Vale Clinic | GB | The group claims to hold 12 GB of data.",
      ["data-theft"],
    ],
    [
      "a 'Ransomware monitor' line",
      "Harrow Vale Clinic listed",
      "Ransomware monitor: Harrow Vale Clinic | The gang says it stole 12 GB of files.",
      ["data-theft"],
    ],
    [
      "a post's '#ransomware' tag and 'Ransomware alert:' heading",
      "Ransomware alert: Qilin claims Harrow Vale Clinic",
      "Qilin says it stole 12 GB of records from Harrow Vale Clinic.\n\n#ransomware #healthcare #threatintel",
      ["data-theft"],
    ],
    [
      "a tracker's 'Gang ransomware:' heading",
      "Qilin ransomware: Harrow Vale Clinic",
      "Qilin has listed Harrow Vale Clinic on its leak site and says it stole 12GB of data.",
      ["data-theft"],
    ],
    [
      "ransomware told outright beside a column name",
      "Ransomware roundup: Harrow Vale Clinic",
      "A ransomware attack encrypted servers at Harrow Vale Clinic on Monday.",
      ["ransomware"],
    ],
    [
      "data accessed is not data stolen",
      "Hackers accessed patient records at Harrow Vale Hospice",
      "Harrow Vale Hospice said an intruder accessed its network and may have viewed patient records.",
      ["unknown"],
    ],
    [
      "a threat to publish a stated volume",
      "Harrow Vale Clinic on leak site",
      "The Medusa gang has listed Harrow Vale Clinic, threatening to publish 30GB of data unless it pays.",
      ["data-theft", "extortion"],
    ],
    [
      "files posted on a leak site, in the passive",
      "Harrow Vale Clinic files leaked",
      "Scans of patients of Harrow Vale Clinic, an imaging provider, were posted on a leak site by the gang, which had demanded $400,000.",
      ["data-theft", "extortion"],
    ],
    [
      "a ransom said unpaid beside stolen data",
      "Harrow Vale Clinic data theft",
      "Hackers stole records of 9,000 patients from Harrow Vale Clinic. No ransom was paid, the clinic said.",
      ["data-theft", "extortion"],
    ],
    [
      "no ransom demand received is none",
      "Harrow Vale Clinic data theft",
      "Hackers stole records of 9,000 patients from Harrow Vale Clinic, which said it had received no ransom demand.",
      ["data-theft"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).attack_types).toEqual(want);
  });
});
