// "A cybersecurity attack", "a cyber security breach": the attack named with the trade's word in it is a cyber
// incident, relevant and of unknown kind when nothing more is said.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: 'cybersecurity attack' and 'cyber security breach'", () => {
  it.each<[string, string]>([
    [
      "Brannock Regional Hospital diverts ambulances after cybersecurity attack",
      "Brannock Regional Hospital has taken its record system offline and is sending ambulances to other hospitals.",
    ],
    [
      "Ambulances diverted at Brannock Regional Hospital",
      "The hospital said a cyber security attack had forced it to switch off its computers on Tuesday.",
    ],
    [
      "Brannock Family Clinic closes for two days",
      "Brannock Family Clinic said a cyber-security breach had left it unable to see patients' records.",
    ],
  ])("%s", (title, text) => {
    const e = extract(title, text);
    expect([e.relevant, e.attack_types]).toEqual([true, ["unknown"]]);
  });

  it("keeps a cybersecurity firm's news out", () => {
    expect(
      extract(
        "Cybersecurity firm raises $40 million",
        "The company sells tools that help hospitals detect attacks, its chief executive said.",
      ).relevant,
    ).toBe(false);
  });
});
