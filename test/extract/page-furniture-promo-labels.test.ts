// The outlet's promotion of its own other stories, under labels other sites use ("Also on the blog:", "Also see:"):
// the group or victim in the promoted headline is not this incident's (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY =
  "The Rhysida ransomware group has claimed an attack on Brindle Pharmacy, a pharmacy chain in Ohio, and posted spreadsheets of patient data to its leak site.";

describe("page furniture: promotion labels", () => {
  it.each([
    "Also on the blog: Qilin ransomware targets healthcare",
    "Also see: Akira claims attack on a Texas clinic",
    "Also on this site: Play ransomware hits a dental chain",
  ])("%s", (promo) => {
    expect(extract("Rhysida claims Brindle Pharmacy attack", `${STORY}\n\n${promo}`).attacker_groups).toEqual([
      "Rhysida",
    ]);
  });

  it("still reads a group named in the story itself", () => {
    expect(
      extract(
        "Brindle Pharmacy attack",
        `${STORY}\n\nAlso on Tuesday, Qilin said it had worked with Rhysida on the Brindle Pharmacy attack.`,
      ).attacker_groups.sort(),
    ).toEqual(["Qilin", "Rhysida"]);
  });
});
