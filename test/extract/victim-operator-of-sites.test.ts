// A body told through the sites it runs ("eleven hospitals and four care homes run by X") is the one attacked when the
// sites are: its name need not say health. Where patients were sent ("diverted to hospitals run by X") it is not.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: the operator of the sites attacked", () => {
  it.each([
    [
      "hospitals counted, then run by the operator",
      "Hackers knocked out the IT systems of six hospitals run by Morvane Holding in Saxony.",
      "Morvane Holding",
    ],
    [
      "two kinds of sites joined, then operated by the operator",
      "Ransomware encrypted the servers of three clinics and two care homes operated by the Brightwell Group.",
      "Brightwell Group",
    ],
    [
      "sites told as a class, managed by the operator",
      "A cyberattack took down the phones at the GP surgeries managed by Alderholt Partners on Monday.",
      "Alderholt Partners",
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Cyberattack on operator", body).victim_orgs).toEqual([want]);
  });

  it("an operator of pet clinics is no healthcare victim", () => {
    const e = extract(
      "Cyber attack disrupts clinics",
      "A cyber attack knocked out the booking systems of 30 pet clinics run by Pawlane Group across Wales.",
    );
    expect(e.relevant).toBe(false);
  });

  it("an operator of the hospitals patients were diverted to is no victim", () => {
    const e = extract(
      "Ransomware hits Dorsten Hospital",
      "Ransomware hit Dorsten Hospital on Sunday. Ambulances were diverted to nearby hospitals run by Kessler Gruppe.",
    );
    expect(e.victim_orgs).toEqual(["Dorsten Hospital"]);
  });
});
