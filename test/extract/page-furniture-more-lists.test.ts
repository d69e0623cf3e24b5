// Lists that close a page under headings other sites use: a local paper's "MORE LOCAL NEWS", a law firm's "Other recent
// investigations" (us-e05, us-e08). The groups and victims in their items are other incidents'.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY =
  "Fenwick Valley Hospital in Oregon said hackers stole files holding patient names and addresses in March. The hospital is notifying 41,200 patients.";

describe("page furniture: lists under 'more ... news' and 'other investigations' headings", () => {
  it.each([
    ["MORE LOCAL NEWS", "Hive leaks data of New Jersey hospital after deadline passes"],
    ["More health news", "Akira claims attack on Texas pediatric group"],
    ["More Oregon headlines", "Play ransomware hits Portland dental chain"],
    ["Other recent investigations", "Lurie Children's Hospital data breach (Rhysida)"],
    ["Current data breach investigations:", "Kettering Health ransomware attack (Interlock)"],
    ["Active class action lawsuits", "Change Healthcare data breach (ALPHV/BlackCat ransomware attack)"],
  ])("%s", (heading, item) => {
    const got = extract("Fenwick Valley Hospital data breach", `${STORY}\n${heading}\n${item}\nSign up for alerts.`);
    expect([got.attacker_groups, got.victim_orgs]).toEqual([[], ["Fenwick Valley Hospital"]]);
  });

  it("still reads a paragraph that opens with 'More' as the story", () => {
    const got = extract(
      "Fenwick Valley Hospital data breach",
      `${STORY}\nMore patients may be told later, the hospital said. The Hive group claimed the attack.`,
    );
    expect(got.attacker_groups).toEqual(["Hive"]);
  });
});
