// A sentence that opens on a fronted phrase before a name ("Part of X, Y is ...", "Besides X, ..."): the capitalised
// opening word is no word of the name. Every organisation and place is made up.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a fronted phrase's opening word is kept out of the name after it", () => {
  it.each<[string, string, string, string[]]>([
    [
      "'Part of' a network before its member hospital",
      "Kelso Health hit by ransomware",
      "Ransomware hit the Kelso Health network last week. Part of Kelso Health, Dunmore General Hospital in Leeds is a regional trauma centre.",
      ["Kelso Health", "Dunmore General Hospital"],
    ],
    [
      "'Besides' before the hospital a trust runs",
      "Trust hit by ransomware",
      "Ransomware has hit the Tarrow Valley NHS Trust. Besides Dunmore General Hospital in Leeds, the trust runs two community clinics.",
      ["Tarrow Valley NHS Trust", "Dunmore General Hospital"],
    ],
    [
      "'Despite' before the victim's denial",
      "Files posted after attack",
      "Despite Ashcombe Community Hospital saying no data was taken, hackers posted files from its servers after a ransomware attack.",
      ["Ashcombe Community Hospital"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});
