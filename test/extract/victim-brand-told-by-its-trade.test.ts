// A brand with no health word in its name is a healthcare victim when the text tells its trade: a lab's ("Canadian lab
// testing company X"), a specialty practice's ("X, a cardiology practice"), or the healthcare sites it runs ("X, the
// company that runs the A and B pharmacy chains", the data taken "from the systems of X").
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a brand told by its trade", () => {
  it.each([
    [
      "a lab testing company before the name",
      "Canadian lab testing company Quillan says hackers stole data on 2 million customers.",
      "Quillan",
      "laboratory",
    ],
    [
      "a specialty practice in apposition",
      "Hackers encrypted the files of 9,000 patients of the Tarrow Group, a dermatology practice in Leeds, in a ransomware attack.",
      "Tarrow Group",
      "clinic",
    ],
    [
      "a company that runs pharmacy chains, data taken from its systems",
      "Hackers copied the data of 300,000 customers from the systems of Norvane Holding, the company that runs the Apteka Nord and Sunapteek pharmacy chains.",
      "Norvane Holding",
      "pharmacy",
    ],
    [
      "a company that operates care homes",
      "Hackers stole staff records from Brayfield Ltd, the company that operates eleven care homes in Kent.",
      "Brayfield Ltd",
      "care-home",
    ],
  ])("%s", (_label, body, victim, type) => {
    const e = extract("Data breach", body);
    expect(e.relevant).toBe(true);
    expect(e.victim_orgs).toEqual([victim]);
    expect(e.victim_type).toBe(type);
  });

  it("a company that runs no healthcare site stays out", () => {
    const e = extract(
      "Data breach",
      "Hackers copied the data of 300,000 customers from the systems of Norvane Holding, the company that runs the Sunmart grocery chain.",
    );
    expect(e.relevant).toBe(false);
  });
});
