// A headline that reports figures ("..., claims data shows", "Figures suggest ...") tells of a trend across many
// bodies, as a survey does: the article is kind (c) unless it names a victim in the headline and tells its attack.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const BODY =
  "Across its policyholders, the median ransom demand against hospitals was $900,000, and fewer than a third of victims paid. Groups such as Akira accounted for most claims involving encryption.";

describe("headlines that report figures", () => {
  it.each<[string, boolean]>([
    ["Hospital ransomware payments fell last year, claims data shows", false],
    ["Ransomware hits on clinics doubled, NHS figures suggest", false],
    ["Health data breaches rose again, new statistics reveal", false],
    ["Kestrel Hospital ransomware attack: data shows 40,000 patients affected", true],
  ])("%s", (title, relevant) => {
    const text = relevant ? `Kestrel Hospital said a ransomware attack encrypted its servers. ${BODY}` : BODY;
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
