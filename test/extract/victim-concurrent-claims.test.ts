// Another gang's claim told as news arriving at the same time ("the claims, arriving as the Monti gang admits to
// compromising X"): X is that other incident's victim, as with "comes as" (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "The Akira ransomware gang has claimed an attack on Holloway Community Hospital in Oregon.";

describe("victims: a concurrent claim about another body", () => {
  it.each([
    "The claim, arriving as the Vexa gang admits to compromising Texas-based Burnell Medical Center, shows how exposed hospitals are.",
    "The listing arrives just as another group says it breached Burnell Medical Center in Texas.",
    "It arrived as the Vexa gang claimed Burnell Medical Center, a Texas hospital, an analyst said.",
  ])("%s", (sentence) => {
    expect(extract("Akira claims Holloway Community Hospital", `${LEAD} ${sentence}`).victim_orgs).toEqual([
      "Holloway Community Hospital",
    ]);
  });
});
