// A deadline set "for the payment of a ransom", or one the gang "had set", tells that a ransom was demanded; a deadline
// of the hospital's own tells nothing of one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("a deadline set for a ransom's payment is a demand", () => {
  it.each<[string, string, string]>([
    [
      "a deadline set for the payment of a ransom",
      "Kestrel Hospital said hackers published patient files after the deadline they had set for the payment of a ransom expired.",
      "demanded-undisclosed",
    ],
    [
      "a deadline the gang had set",
      "Hackers who stole files from Fenmoor Clinic posted them online once the deadline the gang had set passed without word from the clinic.",
      "demanded-undisclosed",
    ],
    [
      "the hospital's own deadline",
      "Hackers stole files from Fenmoor Clinic; patients have until Friday, the deadline the clinic had set, to rebook appointments.",
      "not-mentioned",
    ],
  ])("%s", (_name, text, status) => {
    expect(extract("Clinic data posted", text).ransom.status).toBe(status);
  });
});
