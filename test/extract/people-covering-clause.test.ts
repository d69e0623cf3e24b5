// A clause after the data, or where it was taken from, counts the people it covers ("data was taken from its servers,
// covering up to 40,000 patients"); "up to" and "at least" qualify the figure as "about" does.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("people: a covering clause after the data or its place", () => {
  it.each([
    [
      "Harlow Family Clinic said hackers took data from its servers, covering up to 40,000 patients, including names.",
      40000,
    ],
    ["Kestrel Valley Medical Center said hackers stole records covering at least 12,500 patients.", 12500],
    ["Brandon General Hospital said files were stolen from its network, covering 7,300 patients and staff.", 7300],
    ["Marlow Health Plan, covering 400,000 members in three states, said hackers broke into its network.", null],
  ])("%s", (text, want) => {
    expect(extract("Breach", text).people_affected).toBe(want);
  });
});
