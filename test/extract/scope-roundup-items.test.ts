// A roundup's numbered or bulleted items about bodies outside healthcare tell other incidents (scope.ts marks them as
// background): their attack types and effects are not this incident's (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "1. Harwick General Hospital. The Vexa ransomware gang encrypted servers at Harwick General Hospital in Leeds on Monday, the hospital said.";

describe("attack types: roundup items about other bodies", () => {
  it.each([
    "2. A school district in Ohio delayed report cards after a phishing email.",
    "2. Online retailer Brookfield & Co confirmed a DDoS attack on its checkout.",
    "- Ferris County Council said malware had hit its payroll system.",
    "• The city of Dunmore blamed an insider for leaked tax records.",
  ])("%s", (item) => {
    const e = extract("The week in breaches", `${LEAD}\n\n${item}`);
    expect([e.attack_types, e.impact]).toEqual([["ransomware"], []]);
  });

  // A roundup's other numbered item about another healthcare body is another incident too (digest-items.ts).
  it("leaves out an item about another health body", () => {
    expect(
      extract("The week in breaches", `${LEAD}\n\n2. A clinic in Ohio lost patient data after a phishing email.`)
        .attack_types,
    ).toEqual(["ransomware"]);
  });
});
