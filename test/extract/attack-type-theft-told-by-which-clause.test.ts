// Data stolen, told with a which-clause between the data and their verb, the clause holding a list with its own commas
// ("The files, which included names, dates of birth and diagnoses, had been taken from ...") (blind-ff02).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("attack types: a theft whose data carry a which-clause", () => {
  it.each([
    [
      "a list in the clause",
      "The files, which included names, dates of birth and diagnoses, had been taken from Corrow Valley Hospital's servers by hackers.",
    ],
    [
      "a that-clause",
      "The records, that held addresses, phone numbers and test results, were stolen from Corrow Valley Laboratory.",
    ],
  ])("%s", (_label, text) => {
    expect(extract("Hospital data breach", text).attack_types).toContain("data-theft");
  });
});
