// A group's method told in the habitual present, step after step ("the gang steals data and then demands payment"): a
// habit, not this incident's demand (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD =
  "The Morrow gang has listed Kettering Valley Hospital on its leak site and says it will upload the stolen data shortly.";

describe("ransom: a method told in the habitual present", () => {
  it.each([
    [
      "The gang steals data and then demands payment both for not releasing it and for decrypting files.",
      "not-mentioned",
    ],
    ["Morrow encrypts a victim's servers and then asks for a ransom in bitcoin.", "not-mentioned"],
    ["The group copies patient files and then threatens to publish them unless a fee is paid.", "not-mentioned"],
    // This attack's demand, in the past, still counts.
    ["The gang stole data and then demanded a ransom from the hospital.", "demanded-undisclosed"],
  ])("%s", (sentence, status) => {
    expect(extract("Morrow lists Kettering Valley Hospital", `${LEAD} ${sentence}`).ransom.status).toBe(status);
  });
});
