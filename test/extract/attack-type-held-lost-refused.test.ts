// Attack types where the data's fate or the money's story decides: stolen data said to be lost is no theft, data the
// attackers have "in hand" or are "sitting on" is, files only accessed (or an open extent of compromise) are no theft,
// demands turned down or money paid for the data's deletion tell of extortion, and a ransom note marks encryption only.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const types = (text: string) => extract("Cyber attack on Tollbridge Hospital", text).attack_types;

describe("attack types: data held, lost or only accessed; demands refused or paid", () => {
  it.each<[string, string, string[]]>([
    [
      "stolen data said destroyed",
      "Tollbridge Hospital was hit by ransomware and the stolen patient data was destroyed, the trust said.",
      ["ransomware"],
    ],
    [
      "stolen records now lost",
      "After the ransomware attack on Tollbridge Hospital the stolen records are now lost, the hospital admits.",
      ["ransomware"],
    ],
    [
      "stolen data that is published is still stolen",
      "Hackers encrypted Tollbridge Hospital's servers and the stolen data was published on Friday.",
      ["ransomware", "data-theft"],
    ],
    [
      "a volume in hand",
      "With roughly 70GB of scans in hand, the hackers behind the Tollbridge Hospital cyber attack have gone quiet.",
      ["data-theft"],
    ],
    [
      "a volume in their possession",
      "The criminals, with 3TB of records in their possession, have not contacted Tollbridge Hospital.",
      ["data-theft"],
    ],
    [
      "information systems taken offline are no data taken",
      "Tollbridge Hospital took its patient information systems offline after a cyber attack.",
      ["unknown"],
    ],
    [
      "data taken and systems taken down",
      "Hackers took patient data from Tollbridge Hospital, which then took its systems down.",
      ["data-theft"],
    ],
    [
      "a volume in their hands",
      "The hackers have 12GB of Tollbridge Hospital's staff files in their hands.",
      ["data-theft"],
    ],
    [
      "records in the hands of the gang",
      "Records of Tollbridge Hospital patients are now in the hands of the Gorse gang.",
      ["data-theft"],
    ],
    [
      "a hospital in the hands of administrators is no data held",
      "Tollbridge Hospital, in the hands of administrators since May, suffered a cyber attack.",
      ["unknown"],
    ],
    [
      "an open extent of theft",
      "Tollbridge Hospital is trying to establish how many patient files were stolen in the cyber attack.",
      ["unknown"],
    ],
    [
      "to what extent data was taken",
      "Police are looking at to what extent data was taken in the cyber attack on Tollbridge Hospital.",
      ["unknown"],
    ],
    [
      "a sum wanted beside stolen data",
      "The criminals who stole Tollbridge Hospital's records want $400,000 to return them.",
      ["data-theft", "extortion"],
    ],
    [
      "sitting on a volume",
      "The gang claims to be sitting on 500GB taken in the Tollbridge Hospital cyber attack.",
      ["data-theft"],
    ],
    [
      "a volume of storage is no possession",
      "Tollbridge Hospital, with 40TB of storage, suffered a cyber attack on Monday.",
      ["unknown"],
    ],
    [
      "files accessed only",
      "An unknown actor accessed files on a Tollbridge Hospital server during the cyber attack.",
      ["unknown"],
    ],
    [
      "records viewed only",
      "Patient records were viewed by an outside party in the cyber attack on Tollbridge Hospital.",
      ["unknown"],
    ],
    [
      "an open extent of compromise",
      "Tollbridge Hospital is still working out to what extent its data was compromised in the cyber attack.",
      ["unknown"],
    ],
    [
      "how many records were exposed is open",
      "It is not known how many records were exposed in the Tollbridge Hospital cyber attack.",
      ["unknown"],
    ],
    [
      "data said not to be compromised, the negation between noun and verb",
      "Tollbridge Hospital said a cyber attack hit its billing systems but that patient data had not been compromised.",
      ["unknown"],
    ],
    [
      "records said not to be exposed",
      "The cyber attack on Tollbridge Hospital was contained and records were not exposed, the hospital said.",
      ["unknown"],
    ],
    [
      "data stated compromised",
      "The cyber attack on Tollbridge Hospital compromised the data of 9,000 patients.",
      ["data-theft"],
    ],
    [
      "demands rejected beside theft",
      "Tollbridge Hospital rejected the hackers' demands after they stole 20GB of files.",
      ["data-theft", "extortion"],
    ],
    [
      "demands ignored beside theft",
      "The gang stole staff files from Tollbridge Hospital, which ignored all of its demands.",
      ["data-theft", "extortion"],
    ],
    [
      "paid to have stolen data deleted",
      "Tollbridge Hospital paid the attackers to delete the patient files they had stolen.",
      ["data-theft", "extortion"],
    ],
    [
      "a bare refusal of a ransom beside theft is no threat",
      "Hackers stole patient files from Tollbridge Hospital, which did not pay a ransom.",
      ["data-theft"],
    ],
    [
      "a ransom note beside stolen data",
      "A ransom note was found on Tollbridge Hospital's servers; the hackers also stole staff records.",
      ["ransomware", "data-theft"],
    ],
    [
      "a ransom beside stolen data is still extortion",
      "Hackers stole staff records from Tollbridge Hospital and want a ransom.",
      ["data-theft", "extortion"],
    ],
  ])("%s", (_label, text, want) => {
    expect(types(text)).toEqual(want);
  });
});
