// A sentence that goes on with another incident told just before, pointing at its place with "there" ("Around 2 TB of
// files were encrypted there"), is background too: its figures and kinds are not this incident's (intl-i08). An
// existential "there" ("There is no sign ...") and a sentence after one of this incident's own are no such pointer.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack takes Harlow Vale Hospital's server down";
const LEAD =
  "Harlow Vale Hospital in Ohio was hit by a cyber attack last week that took its server down for a day, officials said.";
const BEFORE = "The attack comes weeks after the servers of Corrin Bay Medical Center were hit on May 3.";

describe("background: a sentence going on with another incident's place by 'there'", () => {
  it.each([
    [
      "'were encrypted there,'",
      "Around 2 terabytes of data were encrypted there, and the police denied any ransom was sought.",
    ],
    ["'there too'", "Hackers encrypted some 2 terabytes of records there too."],
    [
      "'the staff there'",
      "The ransomware encrypted 2 terabytes of files, and the staff there worked on paper for weeks.",
    ],
  ])("%s", (_label, sentence) => {
    const e = extract(T, `${LEAD}\n\n${BEFORE} ${sentence}`);
    expect([e.data_volume_bytes, e.attack_types]).toEqual([null, ["unknown"]]);
  });

  it("an existential 'there' after the other incident stays this incident's", () => {
    const e = extract(
      T,
      `${LEAD}\n\n${BEFORE} There is evidence that hackers encrypted 2 terabytes of Harlow Vale's data.`,
    );
    expect([e.data_volume_bytes, e.attack_types]).toEqual([2e12, ["ransomware"]]);
  });

  it("'there' after a sentence of this incident's own stays its own", () => {
    const e = extract(
      T,
      `${LEAD}\n\nThe attackers reached the hospital's file server. About 2 terabytes of data were encrypted there.`,
    );
    expect([e.data_volume_bytes, e.attack_types]).toEqual([2e12, ["ransomware"]]);
  });
});
