// Access a former member of staff kept after leaving ("a former employee kept access to its scheduling calendar for
// months") is an insider's incident, and an article that tells one of a healthcare body is relevant; a current
// employee's access told as routine is neither.
import { describe, expect, it } from "vitest";
import type { AttackType } from "../../src/model/entities";
import { extract } from "./helpers";

describe("attack types: a former employee who kept access", () => {
  it.each<[string, string, boolean, AttackType[]]>([
    [
      "'kept access' for months after leaving",
      "Larkspur Valley Hospital in Idaho will pay $90,000 to settle claims after a former employee kept access to its online patient calendar for months after leaving.",
      true,
      ["insider"],
    ],
    [
      "'still had access' to records",
      "Kestrel Family Clinic said a former staff member still had access to its records system three months after she left, and viewed 300 patients' files.",
      true,
      ["insider"],
    ],
    [
      "'retained access' to an email account",
      "A former contractor retained access to an email account at Birchfield Medical Center in Ohio after his contract ended, the hospital said.",
      true,
      ["insider"],
    ],
    [
      "staff access told as routine",
      "Kestrel Family Clinic said its employees can reach the records system only from the office, and former staff lose access on their last day.",
      false,
      [],
    ],
  ])("%s", (_label, text, relevant, attacks) => {
    const e = extract("Patient records at a health provider", text);
    expect([e.relevant, e.attack_types]).toEqual([relevant, attacks]);
  });
});
