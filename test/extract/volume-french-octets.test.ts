// French newsrooms count data in octets: "61 Go", "1,5 To de données", "300 gigaoctets". The short forms are read with
// their capital and before "of", "de" or a stop, so an English "go" or "to" after a figure stays a word.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Clinique du Parc hit by ransomware";

describe("volume: French octets", () => {
  it.each([
    ["Go of", "LockBit published 61 Go of data stolen from the Clinique du Parc.", 61e9],
    ["To de, with a decimal comma", "The gang stole 1,5 To de fichiers from the Clinique du Parc.", 1.5e12],
    ["gigaoctets", "The gang stole 300 gigaoctets from the Clinique du Parc.", 300e9],
    ["To before a stop", "The gang says it holds 20 To.", 20e12],
    [
      "a figure before 'Go' as a word",
      "Patients had to go to 2 Go centres after the attack on the Clinique du Parc.",
      null,
    ],
  ])("%s", (_label, body, bytes) => {
    expect(extract(T, body).data_volume_bytes).toBe(bytes);
  });
});
