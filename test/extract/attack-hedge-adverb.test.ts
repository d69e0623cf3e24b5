// "may have taken" is a hedged report and counts; an adverb inside the verb group ("may also have taken") changes nothing,
// while a modal before a future or an attempt ("may also try to steal") still states nothing.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Clinic hit by ransomware";
const LEAD = "Ransomware encrypted the servers of Harlow Eye Clinic on Sunday.";
describe("attack types: an adverb inside a hedged report", () => {
  it.each<[string, string[]]>([
    [`${LEAD} The attackers may also have taken files on 4,000 patients.`, ["ransomware", "data-theft"]],
    [
      `${LEAD} The intruders could already have copied patient records before the encryption.`,
      ["ransomware", "data-theft"],
    ],
    [`${LEAD} Investigators said the gang might well have stolen billing data.`, ["ransomware", "data-theft"]],
    [`${LEAD} The attackers may also try to steal patient records, experts warned.`, ["ransomware"]],
  ])("%s", (text, types) => {
    expect(extract(T, text).attack_types).toEqual(types);
  });
});
