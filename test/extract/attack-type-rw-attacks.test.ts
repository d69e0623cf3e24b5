// Attack types told the way reworded reports tell them (round 1 of unseen-bank-rw-attacks.ts): a negated doubt affirms
// ("no longer merely suspected of being ransomware"), "neither ... nor ... is clear" leaves its nouns standing, a threat
// that data "will be revealed", and money paid to get data back. Each rule on sentences written for it.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

const attacksOf = (title: string, text: string) => extract(title, text).attack_types;

describe("attack types in other clause shapes", () => {
  it.each<[string, string, string, AttackType[]]>([
    [
      "negated doubt",
      "Harnley Vale Hospital computers down",
      "The outage at Harnley Vale Hospital is no longer just a suspicion of ransomware: staff were told not to log in.",
      ["ransomware"],
    ],
    [
      "negated doubt, passive",
      "Cyber attack at Orsett Clinic",
      "The attack on Orsett Clinic's network is not merely suspected of being ransomware any more, its director said.",
      ["ransomware"],
    ],
    [
      "neither ... nor ... is clear",
      "Hackers stole records from Pellow Health",
      "Hackers stole patient records from Pellow Health. Neither the size of the ransom demand nor the number of files taken is clear.",
      ["data-theft", "extortion"],
    ],
    [
      "data that will be revealed",
      "Gang claims Tressick Hospital hack",
      "The Varn group says a 2-terabyte archive of Tressick Hospital patient data will soon be revealed.",
      ["data-theft", "extortion"],
    ],
    [
      "paid to retrieve data",
      "Breach at Calvor Diagnostics",
      "Calvor Diagnostics says it paid the attackers to retrieve customer information after a cyberattack on its servers.",
      ["data-theft", "extortion"],
    ],
    [
      "paid to get the files back",
      "Breach at Elmridge Dental",
      "Elmridge Dental paid the hackers to get its patient files back after a cyber attack last month.",
      ["data-theft", "extortion"],
    ],
    [
      "a hedged passive far from its listed subject",
      "Breach at Denholm Family Health",
      "Medical records, names, addresses and insurance numbers of Denholm Family Health patients may have been obtained in the breach.",
      ["data-theft"],
    ],
    [
      "'unlike in the past' sets this attack apart from history",
      "Gang hits Wrexley Children's Hospital",
      "Unlike in the past, when the Varn gang spared children's hospitals, its attack on Wrexley Children's Hospital encrypted patient files.",
      ["ransomware"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(attacksOf(title, text)).toEqual(want);
  });

  it.each<[string, string, string, AttackType[]]>([
    [
      "a plain negation still denies",
      "Cyber attack at Harnley Vale Hospital",
      "The cyber attack on Harnley Vale Hospital was not ransomware, its IT director said.",
      ["unknown"],
    ],
    [
      "neither ... nor as the subject of a denial",
      "Cyber attack at Pellow Health",
      "After the cyber attack, neither patient records nor staff files were stolen, Pellow Health said.",
      ["unknown"],
    ],
    [
      "encrypted files bought back",
      "Ransomware at Brackley Hospital",
      "Brackley Hospital's files were encrypted by ransomware, and it paid the ransom to recover the files.",
      ["ransomware"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(attacksOf(title, text)).toEqual(want);
  });
});
