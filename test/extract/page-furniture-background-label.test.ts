// A paragraph a newsroom labels as context ("Background: ...") tells what came before the story: the
// other incidents it names (their victims, payments and countries) are no facts of this one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Tallow Creek Medical Center";
const LEAD = "Tallow Creek Medical Center said on Tuesday that a ransomware attack had encrypted its servers.";
describe("page furniture: a line labelled as background", () => {
  it.each([
    [
      "Background: The Akira gang was behind the 2023 attack on Denholm Clinic in Norway, which paid a $900,000 ransom.",
    ],
    ["BACKGROUND: Fennick Dental, hit in May, paid the hackers $300,000 in bitcoin."],
  ])("%s", (line) => {
    const e = extract(T, `${LEAD}\n\n${line}`);
    expect(e.victim_orgs).toEqual(["Tallow Creek Medical Center"]);
    expect(e.ransom.status).toBe("not-mentioned");
  });

  it("a label inside a sentence is no heading", () => {
    const e = extract(T, `${LEAD} Staff said the background: Tallow Creek Medical Center paid a $400,000 ransom.`);
    expect(e.ransom.status).toBe("paid");
  });
});
