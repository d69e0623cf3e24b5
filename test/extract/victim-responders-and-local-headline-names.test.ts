// Bodies beside the victim that are not victims: one answering the incident with an appeal to the public ("the
// Northern Blood Service has appealed for O-negative donors"), and a headline's local-language name, a health word and
// a town ("Szpital Tarnowo"), where the body places the victim in that town ("The Saint Barbara Hospital in Tarnowo");
// and a town a name is placed in, joined by "and" to the next name ("X in Wolin and Szpital Tarnowo"), is no part of it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: responders' appeals and headline names in the local language", () => {
  it.each([
    [
      "an appeal for donors",
      "Cyber attack",
      "Kestrel Hospital was hit by ransomware, and the Northern Blood Service has appealed for O-negative donors.",
      ["Kestrel Hospital"],
    ],
    [
      "a call on the public",
      "Cyber attack",
      "Kestrel Hospital was hit by ransomware last week. Tarn Blood Bank is asking donors to give blood at its centres.",
      ["Kestrel Hospital"],
    ],
    [
      "a Polish headline's name of the hospital",
      "Szpital Tarnowo: atak hakerski sparaliżował pracę",
      "TARNOWO — The Saint Barbara Hospital in Tarnowo has been paralysed since Monday by a ransomware attack, and doctors are writing by hand.",
      ["The Saint Barbara Hospital"],
    ],
  ])("%s", (_label, title, body, want) => {
    expect(extract(title, body).victim_orgs).toEqual(want);
  });

  it.each([
    [
      "a body that appeals after its own attack",
      "Cyber attack",
      "Tarn Blood Bank has appealed for donors after a ransomware attack hit its systems.",
      ["Tarn Blood Bank"],
    ],
    [
      "a headline's hospital in a town the body places no other victim in",
      "Szpital Tarnowo: atak hakerski",
      "The Saint Barbara Hospital in Wolin and Szpital Tarnowo were both hit by a ransomware attack.",
      ["Szpital Tarnowo", "Saint Barbara Hospital"],
    ],
  ])("still a victim: %s", (_label, title, body, want) => {
    expect(extract(title, body).victim_orgs).toEqual(want);
  });
});
