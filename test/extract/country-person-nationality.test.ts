// A nationality that names a person ("an American who had obtained the files", "a Briton who worked there") says where
// that person is from, not where the victim is: the story's own places decide the country.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("country: a nationality naming a person", () => {
  it.each([
    [
      "an American who leaked the data",
      "Records leaked from Keppel Bay Clinic",
      "SINGAPORE — Records of 3,100 patients of Keppel Bay Clinic were posted online by an American who had obtained them from a former employee, the clinic said.",
      "SG",
    ],
    [
      "a Briton who ran the server",
      "Patient data exposed at Hafenklinik Nordstrand",
      "HAMBURG — Patient files of the Hafenklinik Nordstrand were copied to a private server by a Briton who had worked for its IT supplier, police said.",
      "DE",
    ],
    [
      "a Canadian who was arrested",
      "Hackers hit Orchid Grove Hospital",
      "MUMBAI — Orchid Grove Hospital said its billing servers were encrypted in a ransomware attack. Police have arrested a Canadian who is accused of selling access to its network.",
      "IN",
    ],
    [
      "a place named as a nationality of bodies stays",
      "Hackers hit Orchid Grove Hospital",
      "Orchid Grove Hospital, an Indian hospital chain, said its billing servers were encrypted in a ransomware attack.",
      "IN",
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).country).toBe(want);
  });
});
