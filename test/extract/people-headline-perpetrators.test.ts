// A headline tells its news in the present: "Hospital fires 8 staff over snooping" counts the staff who snooped, not
// the patients whose records they read (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("people affected: staff acted against, in a headline's present", () => {
  it.each([
    ["Kelso hospital fires 8 staff over record snooping", 2100],
    ["Kelso hospital sacks three workers after privacy breach", 2100],
    ["Kelso hospital suspends 5 employees over snooping", 2100],
  ])("%s", (title, want) => {
    expect(
      extract(
        title,
        "Kelso General Hospital said staff had inappropriately accessed the personal health information of 2,100 patients.",
      ).people_affected,
    ).toBe(want);
  });
});
