// A transcript's speakers' turns (digest-items.ts): where two or more speakers come back ("[00:01:05] TOM: ..."), a
// speaker's next turn goes on with the story being told, though it names a source ("NHS England says ..."), until a turn
// to another story ("The other big story this week is ..."), whose paper working and groups are not this one's. A
// rundown's slugs, each said once, are still items of their own.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const fields = (title: string, text: string) => {
  const e = extract(title, text);
  return { attackers: e.attacker_groups, volume: e.data_volume_bytes, impact: [...e.impact].sort() };
};

describe("a transcript's turns", () => {
  it.each([
    [
      "timecoded turns: the source's turn keeps its cancellations, the other story's paper stays out",
      "Episode 12 transcript: the Fenwick lab attack",
      `Episode 12 transcript (excerpt)

[00:00:10] ANA PRICE: Welcome back. I'm Ana.

[00:00:12] JOE MARSH: And I'm Joe.

[00:00:15] ANA: So, Fenwick Pathology, the lab that runs blood tests for Harlan General Hospital, was hit by ransomware on Monday.

[00:00:31] JOE: And the knock-on is big. The regional health authority says 300 operations were postponed at Harlan General.

[00:00:48] ANA: The other big story this week is Brightway Logistics, the freight firm, where drivers are back on paper after the Akira gang struck.

[00:01:02] JOE: Freight on paper. Quite a week.`,
      { attackers: [], volume: null, impact: ["operations-cancelled"] },
    ],
    [
      "turns without timecodes: the gang's leak told in a later turn is this story's",
      "Episode 40: Kestrel Valley Hospital",
      `Episode 40 transcript

MIA: Kestrel Valley Hospital in Ohio says a cyberattack took its records system offline last week.

LEO: Right, and the Rhysida gang has claimed it.

MIA: And yesterday Rhysida posted 120 gigabytes of what it says is Kestrel Valley data on its leak site.

LEO: Grim. Let's take a break.`,
      { attackers: ["Rhysida"], volume: 120_000_000_000, impact: ["data-leaked", "systems-offline"] },
    ],
  ])("%s", (_name, title, text, want) => {
    expect(fields(title, text)).toEqual(want);
  });
});
