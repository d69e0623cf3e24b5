// Data named in the attackers' own words ("put what it says are 1TB of files up for auction", "leaked what the gang
// claims is patient data") is the object of the leak verb: the reported relative stands for what it names.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Hackers hit Marlow Vale Health";

describe("a leak whose object is told in the attackers' words is a leak of data taken", () => {
  it.each([
    [
      "put ... up for auction, a size after the relative",
      "The Cobalt Kitten crew put what it says are 2 terabytes of files from Marlow Vale Health up for auction.",
    ],
    ["leaked, 'claims is'", "The gang leaked what it claims is patient data from Marlow Vale Health."],
    ["posted, 'they say are'", "Hackers posted what they say are scans of patient records from Marlow Vale Health."],
  ])("%s", (_label, body) => {
    const e = extract(T, body);
    expect(e.impact).toContain("data-leaked");
    expect(e.attack_types).toContain("data-theft");
  });

  it("a threat to put such data up for sale is no leak", () => {
    const e = extract(
      T,
      "The gang threatened to put what it says are 2 terabytes of files from Marlow Vale Health up for sale.",
    );
    expect(e.impact).not.toContain("data-leaked");
  });

  it("with a price asked, the leak of data taken is extortion", () => {
    const e = extract(
      T,
      "The group put what it says are 40 GB of files from Marlow Vale Health up for auction, asking 12 bitcoin.",
    );
    expect(e.attack_types).toEqual(expect.arrayContaining(["data-theft", "extortion"]));
  });
});
