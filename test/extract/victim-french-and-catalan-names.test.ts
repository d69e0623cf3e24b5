// Health bodies named in French or Catalan: a university hospital centre ("CHU de Nantes", "CHRU de Tours"), hospitals
// named in the plural ("Hôpitaux Universitaires de ...", a public group's "Assistance Publique-Hôpitaux de ...") and a
// health consortium ("Consorci Sanitari de l'Anoia") are organisations of healthcare, so they are victims when attacked.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: French hospital centres and Catalan health consortia", () => {
  it.each([
    ["a CHU as subject", "The CHU de Nantes was hit by a ransomware attack on Friday.", "CHU de Nantes"],
    ["a CHU as object", "A ransomware attack hit the CHU de Poitiers on Friday.", "CHU de Poitiers"],
    ["a CHRU", "The CHRU de Tours said a cyberattack took its systems offline.", "CHRU de Tours"],
    [
      "university hospitals in the French plural",
      "The Hôpitaux Universitaires de Lausanne said data was stolen in a cyberattack.",
      "Hôpitaux Universitaires de Lausanne",
    ],
    [
      "a public hospital group whose name joins its hospitals with a hyphen",
      "Data was stolen from the Assistance Publique-Hôpitaux de Lyon in a cyberattack, the group said.",
      "Assistance Publique-Hôpitaux de Lyon",
    ],
    [
      "a Catalan health consortium",
      "The centres of the Consorci Sanitari Vallès were hit by a ransomware attack on Sunday.",
      "Consorci Sanitari Vallès",
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Cyberattack reported", body).victim_orgs).toContain(want);
  });

  it("hospitals named in the plural type a hospital", () => {
    expect(
      extract("Cyberattack reported", "The Hôpitaux Universitaires de Lausanne said data was stolen in a cyberattack.")
        .victim_type,
    ).toBe("hospital");
  });
});
