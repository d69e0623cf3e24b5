// A page flattened to one line (a feed's description, a scraper that drops paragraph breaks) holds the whole story on
// the byline's line and on the newsletter pitch's line: the furniture is then only its own sentence, not the story
// around it (blind-ee01, where the byline and the pitch took every sentence of the page).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const STORY =
  "Staff at Corrow Valley Hospital in Ohio are writing orders by hand after a ransomware attack knocked out its computer network. Ambulances were diverted to other hospitals for two days. The hospital said it had called in outside experts.";

describe("page furniture on a page flattened to one line", () => {
  it.each([
    [
      "a byline split by bars before the story",
      `By Jo Reyes | Valley Ledger | Updated June 3, 2024, 5:10 p.m. ${STORY}`,
    ],
    [
      "a newsletter pitch after the story",
      `${STORY} Sign up for our free morning newsletter and get local news in your inbox.`,
    ],
    ["an author's beat after the story", `${STORY} Jo Reyes covers health care for the Valley Ledger.`],
  ])("%s leaves the story's facts", (_label, text) => {
    const e = extract("Hospital on paper after cyberattack", text);
    expect(e.victim_orgs).toEqual(["Corrow Valley Hospital"]);
    expect(e.attack_types).toEqual(["ransomware"]);
    expect(e.impact).toEqual(expect.arrayContaining(["ambulance-diversion", "systems-offline", "paper-records"]));
    expect(e.country).toBe("US");
  });

  it("a pitch on a short line still takes the teaser before it", () => {
    const e = extract(
      "Corrow Valley Hospital on paper after ransomware attack",
      `${STORY}\nStay ahead of the next ransomware attack on Medway Clinic. Sign up for our free newsletter today.`,
    );
    expect(e.victim_orgs).toEqual(["Corrow Valley Hospital"]);
  });
});
