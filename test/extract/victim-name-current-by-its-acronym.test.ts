// A full name told once in a dated sentence ("In 2019 he broke into the database of the Kestrel Valley Medical Center")
// is this incident's victim when its acronym is named in the present account ("he hacked KVMC's payroll database"), and
// the acronym beside the full name is that same victim, not a second one.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a name made current by its acronym", () => {
  it.each([
    [
      "a dated full name, its acronym in the account",
      "A Texas man was sentenced on Friday to five years in prison. In 2019 he broke into the database of the Kestrel Valley Medical Center and sold the records of its staff on the dark web. Prosecutors said he hacked KVMC's payroll database and stole the Social Security numbers of 20,000 employees. KVMC, which runs 12 hospitals in Texas, said it had worked with investigators.",
      ["Kestrel Valley Medical Center"],
    ],
    [
      "an acronym beside the full name",
      "A Texas man who broke into the database of the Kestrel Valley Medical Center in 2019 and sold the records of its staff on the dark web was sentenced on Friday. Prosecutors said he hacked KVMC's payroll database. KVMC, which runs 12 hospitals in Texas, said it had worked with investigators.",
      ["Kestrel Valley Medical Center"],
    ],
  ])("%s", (_label, body, want) => {
    expect(extract("Hacker sentenced", body).victim_orgs).toEqual(want);
  });
});
