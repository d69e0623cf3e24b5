// A comma before a closing reporting tag ("... at the Greenfield hospital, Hancock Health representatives said") ends
// the reported clause: the name before it is no item listed beside the tag's speaker. Every organisation and place is
// made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a name before the comma of a closing reporting tag is not listed beside its speaker", () => {
  it.each<[string, string, string, string[]]>([
    [
      "place and hospital before '<name> representatives said'",
      "Hospital pays ransom",
      "Leadership paid the ransom for files an unknown group encrypted on Thursday at the Marlow hospital, Kestrel Health representatives said.",
      ["Kestrel Health"],
    ],
    [
      "place and clinic before '<name> said'",
      "Clinic systems down",
      "Hackers locked the scheduling system at the Ashby clinic, Dunmore Care said on Friday.",
      ["Dunmore Care"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it.each<[string, string, string, string[]]>([
    [
      "a list whose last item is no speaker",
      "Three hit",
      "Ransomware hit the Marlow hospital, Kestrel Health and Dunmore Care on Monday, officials said.",
      ["Marlow hospital", "Kestrel Health", "Dunmore Care"],
    ],
  ])("still: %s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
