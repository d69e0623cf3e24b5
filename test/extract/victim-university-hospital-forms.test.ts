// German news shortens "Universitätsklinikum" to "Uniklinik" and English renders it "University Hospital": a headline's
// short or translated form and the text's full one name one victim, shown as the text writes it.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: one university hospital under its German short, full and English forms", () => {
  it.each([
    [
      "Uniklinik in the headline, Universitätsklinikum in the text",
      "Uniklinik Talheim nach IT-Sicherheitsvorfall vom Netz",
      "The Universitätsklinikum Talheim has disconnected its IT from the internet after a cyberattack.",
      ["Universitätsklinikum Talheim"],
    ],
    [
      "University Hospital in the headline, Universitätsklinikum in the text",
      "University Hospital Talheim hit by cyberattack",
      "The Universitätsklinikum Talheim said hackers had encrypted its servers.",
      ["Universitätsklinikum Talheim"],
    ],
    [
      "two different cities stay two victims",
      "Cyberattack hits two university hospitals in Hesse",
      "The Universitätsklinikum Talheim and the Universitätsklinikum Nordstadt said hackers had encrypted their servers.",
      ["Universitätsklinikum Talheim", "Universitätsklinikum Nordstadt"],
    ],
  ])("%s", (_label, title, body, victims) => {
    expect(extract(title, body).victim_orgs).toEqual(victims);
  });
});
