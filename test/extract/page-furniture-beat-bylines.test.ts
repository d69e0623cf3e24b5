// A byline that gives the author's beat before the name ("By health reporter Jo Reyes") is page furniture: the beat
// would describe the author as a health body, and a bio line naming the author again makes that a victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const story = (byline: string) =>
  `${byline}\n\nOne of the country's largest fertility providers, Kestrel IVF, has confirmed that criminals stole some patient data in a cyber attack.\n\nKestrel IVF, which operates clinics in three states, said it had notified the police.\n\nJo Reyes is a health reporter for KBN News.`;

describe("a byline with the author's beat names no victim", () => {
  it.each<[string, string]>([
    ["a health reporter", "By health reporter Jo Reyes"],
    ["a medical correspondent", "By medical correspondent Jo Reyes"],
    ["a senior health writer", "By senior health writer Jo Reyes"],
  ])("%s", (_name, byline) => {
    expect(extract("Kestrel IVF confirms patient data stolen", story(byline)).victim_orgs).toEqual(["Kestrel IVF"]);
  });
});
