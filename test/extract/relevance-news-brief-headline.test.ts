// A news brief's headline ("Five things to know this morning", "3 things you need to know today") lists the day's
// stories (relevance.ts): it is no advice listicle, so a healthcare incident among them is reported. "Five things to
// know about ransomware" is still advice.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const ITEM =
  "1. Birchwood Medical Center in Dover, Del., said hackers stole the records of 41,300 patients in a ransomware attack last month.\n2. The state senate passed the budget.\n3. Rain is expected through Friday.";

describe("a news brief's 'things to know' headline", () => {
  it.each([
    ["Five things to know this morning", true],
    ["3 things you need to know today", true],
    ["Four things to know tonight", true],
    ["Five things to know about ransomware", false],
  ])("%s", (title, relevant) => {
    expect(extract(title, ITEM).relevant).toBe(relevant);
  });
});
