// A sentence that says attacks like this have come before ("It is not new.") announces the dated accounts after it
// (scope.ts): each one ("In 2016, X paid ... In 2018, Y shut down ...") is another incident, and carries the run on to
// the next, so their groups, payments and cancellations are not this incident's.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "Thornbury General Hospital in Keswick, Va., was hit by ransomware last week, and its staff are working on paper.";

describe("a run of dated incidents after 'It is not new.'", () => {
  it.each([
    [
      "two dated accounts after 'It is not new.'",
      "It is not new. In 2016, a hospital in Kansas paid attackers $23,000 in bitcoin. In 2018, the SamSam gang forced a hospital in Indiana to cancel surgeries.",
      { attackers: [], ransom: "not-mentioned", impact: ["paper-records"] },
    ],
    [
      "'This is nothing new:' then dated accounts",
      "This is nothing new. In 2019, Ryuk encrypted the servers of a hospital chain in Alabama. In 2020, a clinic in Oregon paid $40,000.",
      { attackers: [], ransom: "not-mentioned", impact: ["paper-records"] },
    ],
    [
      "without the announcement, a dated sentence after the lead is still read",
      "In 2024, the hospital paid the attackers $30,000, its chief executive said.",
      { attackers: [], ransom: "paid", impact: ["paper-records"] },
    ],
  ])("%s", (_name, more, want) => {
    const e = extract("Virginia hospital on paper after ransomware", `${LEAD} ${more}`);
    expect({ attackers: e.attacker_groups, ransom: e.ransom.status, impact: [...e.impact].sort() }).toEqual(want);
  });
});
