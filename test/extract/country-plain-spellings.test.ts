// Places written without their accents, as English-language wires write them ("Dusseldorf", "Armentieres", "Quebec"):
// each known name with a diacritic is known in its plain spelling too, unless that spelling is another place's name. And
// a place before "-based" and a commentator ("UK-based researcher") says where the commentator works, not the victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("country: a place written without its accents", () => {
  it.each([
    [
      "Dusseldorf",
      "Hackers hit Rheinhof Clinic",
      "The Rheinhof Clinic in Dusseldorf was hit by ransomware on Monday.",
      "DE",
    ],
    [
      "Zurich",
      "Eye clinic attacked",
      "Lakeview Eye Clinic, based in Zurich, said attackers had stolen patient files.",
      "CH",
    ],
    [
      "Sao Paulo",
      "Hospital hacked",
      "A ransomware attack has disrupted Hospital Bela Vista in Sao Paulo since Friday.",
      "BR",
    ],
    [
      "Montreal",
      "Clinic breach",
      "Bellecour Medical Clinic in Montreal says a cyberattack exposed patient data.",
      "CA",
    ],
    ["Krakow", "Hospital data stolen", "Hackers stole data from St. Anna Hospital in Krakow, police said.", "PL"],
  ])("%s", (_place, title, text, code) => {
    expect(extract(title, text).country).toBe(code);
  });

  it("keeps a plain spelling that names another place to that place (Munster is Irish)", () => {
    expect(extract("Hospital hit", "A cyberattack has hit Clonmore General Hospital in Munster.").country).toBe("IE");
  });
});

describe("country: a place before '-based' and a commentator", () => {
  it("a researcher's country is not the victim's", () => {
    expect(
      extract(
        "Hacker leaks data of Nilgiri Health Insurance customers",
        "UK-based researcher Dana Wells found the data of Nilgiri Health Insurance India customers on Telegram.",
      ).country,
    ).toBe("IN");
  });
  it("a victim based in the place keeps it", () => {
    expect(extract("Clinic hit", "UK-based Harrowgate Clinic said hackers stole patient records.").country).toBe("GB");
  });
});
