// A short article that closes on ruling a cyber incident out ("The regulator said there was no evidence of a cyber
// attack") is no incident report, though it calls what happened a data breach (blind-ff06).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const OPENING =
  "Corrow Valley NHS Trust in the Midlands has been reprimanded by the regulator after discharge letters for 900 patients were emailed to the wrong GP practices. The data breach was caused by an error in an address book. The trust said it had apologised to those affected and retrained its staff.";

describe("relevance: a denial closing a short article", () => {
  it.each([
    [
      "no evidence of a cyber attack",
      "The regulator said there was no evidence of a cyber attack or of any malicious intent.",
    ],
    ["not the result of hacking", "The trust stressed that the breach was not the result of hacking."],
  ])("%s", (_label, closing) => {
    expect(extract("Trust reprimanded over misdirected letters", `${OPENING} ${closing}`).relevant).toBe(false);
  });

  it("an attack told in the lead is not undone by a denial about another matter far below", () => {
    const e = extract(
      "Hospital hit by ransomware",
      "Corrow Valley Hospital in Ohio was hit by a ransomware attack on Monday. Its systems are offline. Staff are using paper. Surgeries were postponed. Officials said a separate phone outage last month was not caused by hackers.",
    );
    expect(e.relevant).toBe(true);
  });
});
