// The body data is stolen from is the one attacked ("data it says it stole from Rite Aid"), so a brand without a health
// word counts when the sentence goes on to describe it as a healthcare body ("weeks after the pharmacy chain said").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a brand named as the one stolen from and described after it", () => {
  it.each([
    [
      "'stole from', then 'the pharmacy chain disclosed'",
      "Calder Drug leaks",
      "The gang posted files it says it stole from Calder Drug, weeks after the pharmacy chain disclosed a breach.",
    ],
    [
      "'taken from', then 'the health insurer said'",
      "Data of Norvale members leaked",
      "Records taken from Norvale were posted online, and the health insurer said 80,000 members were affected.",
    ],
  ])("%s", (_label, title, body) => {
    expect(extract(title, body).victim_orgs).toEqual([title.split(" ")[0] === "Calder" ? "Calder Drug" : "Norvale"]);
  });

  it("a body data came from that is not described as healthcare is no victim", () => {
    const e = extract(
      "Kestrel Hospital breach",
      "Hackers stole patient files from Kestrel Hospital after copying passwords taken from Dropmark, a file-sharing service.",
    );
    expect(e.victim_orgs).toEqual(["Kestrel Hospital"]);
  });
});
