// A tracker's table ("Date | Group | Victim | Country | Sector"): a row whose sector is no healthcare one tells another
// incident, so its group is not this one's attacker; and a group whose name is an ordinary word stands as the site's
// lower-case slug in its own cell ("| embargo |"), which names it as a "Group:" label does.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Leak-site claims, 3 March";
const HEAD = "Date | Group | Victim | Country | Sector";
describe("tracker table: rows of other sectors", () => {
  it.each([
    [
      "2025-03-02 | akira | Dunmore Logistics | US | Transportation\n2025-03-02 | lynx | Harwick Dental Care | US | Healthcare",
      ["Lynx"],
    ],
    [
      "2025-03-02 | qilin | Ferris Valley Clinic | CA | Healthcare\n2025-03-03 | rhysida | Northgate Council | GB | Government\n2025-03-03 | akira | Brandt Foods | DE | Food production",
      ["Qilin"],
    ],
  ])("%s", (rows, groups) => {
    expect(extract(T, `${HEAD}\n${rows}`).attacker_groups).toEqual(groups);
  });

  it("reads every row of a table with no healthcare sector in it", () => {
    expect(
      extract(
        T,
        `${HEAD}\n2025-03-02 | akira | Dunmore Logistics | US | Transportation\n2025-03-02 | rhysida | Brandt Foods | DE | Food`,
      ).attacker_groups,
    ).toEqual(["Akira", "Rhysida"]);
  });
});

describe("tracker table: an ordinary-word group's slug in its cell", () => {
  it.each([
    ["2025-03-02 | embargo | Harwick Dental Care | US | Healthcare", ["Embargo"]],
    ["2025-03-02 | interlock | Ferris Valley Clinic | CA | Healthcare", ["Interlock"]],
  ])("%s", (row, groups) => {
    expect(extract(T, `${HEAD}\n${row}`).attacker_groups).toEqual(groups);
  });

  it("not a word in a row's victim cell", () => {
    expect(extract(T, `${HEAD}\n2025-03-02 | akira | Embargo Freight | US | Healthcare`).attacker_groups).toEqual([
      "Akira",
    ]);
  });
});
