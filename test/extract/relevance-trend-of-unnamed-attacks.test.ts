// A trend of unnamed past attacks ("after a series of ransomware attacks in recent years disrupted care") is told of no
// particular victim: a funding or policy piece built on it reports no incident, while an incident story that cites the
// trend stays about its own victim.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: a trend of unnamed attacks is no incident", () => {
  it.each([
    [
      "a budget announced after a series of attacks",
      "Madrid sets aside €300 million for hospital IT security",
      "MADRID — The health ministry will spend 300 million euros to protect hospitals, after a series of ransomware attacks in recent years disrupted care in several regions. Hospitals must keep offline backups.",
    ],
    [
      "a wave of attacks in recent months",
      "Hospitals to get cyber drills",
      "Hospitals will run cyber crisis drills every year, after a wave of cyberattacks on clinics in recent months. The agency will audit 50 hospitals.",
    ],
  ])("%s is not relevant", (_label, title, body) => {
    expect(extract(title, body).relevant).toBe(false);
  });

  it("an incident story citing the trend stays relevant", () => {
    const body =
      "Hospital Santa Clara in Valencia was hit by ransomware on Monday. It is the latest in a series of attacks on Spanish hospitals in recent years.";
    const got = extract("Ransomware hits Hospital Santa Clara", body);
    expect([got.relevant, got.victim_orgs]).toEqual([true, ["Hospital Santa Clara"]]);
  });
});
