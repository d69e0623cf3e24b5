// Saying it will not answer the demand, or will not deal with those who made it, is a refusal, as "will not negotiate"
// is; not answering a reporter is no refusal.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers demand €1.2 million from Harlow hospital";
const LEAD = "Hackers encrypted the systems of Harlow Community Hospital and demanded 1.2 million euros.";
describe("ransom: not answering the demand", () => {
  it.each([
    `${LEAD} The city, which owns the hospital, said it would not respond to the demand.`,
    `${LEAD} The hospital said it will not engage with the attackers.`,
    `${LEAD} "We won't reply to the ransom note," the chief executive said.`,
  ])("%s", (text) => {
    expect(extract(T, text).ransom).toEqual({ status: "refused", amount: 1200000, currency: "EUR" });
  });

  it("keeps the demand when the hospital only did not answer a reporter", () => {
    expect(extract(T, `${LEAD} The hospital did not respond to a request for comment.`).ransom.status).toBe(
      "demanded-amount",
    );
  });
});
