// A leak-site ultimatum told as "pay ... or the data will be exposed", with the data "allegedly taken" before the verb:
// a threat to expose is extortion, and data taken is theft, hedged or not (unseen-bank-rw4-pages.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const LEAD = "The Akira gang has claimed an attack on Corbin Valley Hospital in Ohio.";

describe("attack types: pay or the data will be exposed", () => {
  it.each([
    [
      "- Corbin Valley Hospital: pay the ransom by July 5 or 80 GB of data allegedly taken will be exposed",
      ["data-theft", "extortion"],
    ],
    ["The hospital must pay by Friday or the records will be exposed.", ["extortion"]],
    ["The gang says the 80 GB of files taken will soon be exposed unless it is paid.", ["data-theft", "extortion"]],
    // A possibility about a server left open is no threat.
    ["A report warns that patient data would be exposed if such a server were left open.", []],
  ])("%s", (sentence, want) => {
    const types = extract("Akira lists Corbin Valley Hospital", `${LEAD}\n\n${sentence}`).attack_types;
    expect(types.filter((t) => t !== "unknown").sort()).toEqual(want);
  });
});
