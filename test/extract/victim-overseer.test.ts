// A body that oversees care (a superintendency, an inspectorate, a regulator, an ombudsman) speaks of, orders or
// investigates an incident at another body; it is a victim only where the text attacks it (blind-ee04).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const OPENING =
  "Drovane, a company that dispenses medicines to insurers' members in Colombia, suffered a ransomware attack.";

describe("victims: overseers of care", () => {
  it.each([
    [
      "a superintendency that speaks",
      "The National Health Superintendency said it had asked the company for a contingency plan.",
    ],
    ["an inspectorate that investigates", "The Healthcare Inspectorate is investigating the company's security."],
    ["a regulator that orders", "The Pharmacy Regulator ordered the firm to report within 72 hours."],
    ["an ombudsman that comments", "The Health Ombudsman said patients could complain about the delays."],
  ])("%s is no victim", (_label, sentence) => {
    expect(extract("Ransomware attack on Drovane", `${OPENING} ${sentence}`).victim_orgs).toEqual(["Drovane"]);
  });

  it("an inspectorate the text attacks is a victim", () => {
    const e = extract(
      "Health inspectorate hit by ransomware",
      "The National Health Inspectorate was hit by ransomware on Monday, its director said.",
    );
    expect(e.victim_orgs).toEqual(["National Health Inspectorate"]);
  });
});
