// Classes found by the second reworded money round (unseen-bank-rw2-money.ts), tested on other sentences: handing over
// a sum written with a currency sign refused, an ultimatum as a demand ("N days to find $X or see ..."), a hacker
// introduced by a relative clause ("who goes by X"), records that cover a head-count.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Cyber attack on Pellworth Community Hospital";
const OPENING = "Pellworth Community Hospital in Ohio was hit by a ransomware attack last week. ";

describe("ransom: handing over a sum written with a currency sign", () => {
  it.each([
    [
      "declined to hand over a sum in pounds",
      "The trust declined to hand over the £40,000 the hackers wanted.",
      { status: "refused", amount: 40000, currency: "GBP" },
    ],
    [
      "decided against handing over a sum in euros",
      "Its directors decided against handing over €250,000 to the gang.",
      { status: "refused", amount: 250000, currency: "EUR" },
    ],
    [
      "handed over a sum in dollars",
      "The hospital handed over $75,000 to the attackers to get its files back.",
      { status: "paid", amount: 75000, currency: "USD" },
    ],
    [
      "refused to hand over records is no refusal of a ransom",
      "The hospital refused to hand over patient records to a journalist.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).ransom).toEqual(want);
  });
});

describe("ransom: an ultimatum is a demand", () => {
  it.each([
    [
      "a sum to find or see the data published",
      "The gang says the hospital has 72 hours to find $1.2 million or see its patient files posted online.",
      { status: "demanded-amount", amount: 1200000, currency: "USD" },
    ],
    [
      "told to pay up by a date, no sum",
      "A note told the hospital to pay up by Friday or have its records sold.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "hand over a sum or else",
      "The attackers told managers to hand over £300,000 or else.",
      { status: "demanded-amount", amount: 300000, currency: "GBP" },
    ],
    [
      "finding another hospital is no ultimatum",
      "Some patients had to find another hospital or face long waits.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "a fine to pay or face prosecution is no ransom",
      "The regulator said the hospital must pay the fine or face prosecution.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "a conditional ultimatum is no demand",
      "If the gang had told it to pay up or see its data leaked, the hospital would have called the police.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).ransom).toEqual(want);
  });
});

describe("attackers: a hacker introduced by a relative clause", () => {
  it.each([
    ["who goes by", "The hacker, who goes by Quornex, posted samples of the records.", ["Quornex"]],
    ["who is known as", "An attacker, who is known as Velmark, claimed the breach.", ["Velmark"]],
    ["which went by", "The group, which went by Harrowlight, leaked the files.", ["Harrowlight"]],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).attacker_groups).toEqual(want);
  });
});

describe("people: records that cover a head-count", () => {
  it.each([
    [
      "records covering people refine a round figure",
      "Half a million patients' data stolen",
      "The stolen file held 1.4 million records covering 520,000 patients.",
      520000,
    ],
    [
      "a database covering patients",
      "Patients' data exposed",
      "A database covering 31,400 patients was exposed.",
      31400,
    ],
    [
      "an insurer covering members is its size",
      "Patients' data exposed",
      "The insurer, which covers 900,000 members, said 12,000 members were affected.",
      12000,
    ],
  ])("%s", (_name, title, sentence, want) => {
    expect(extract(title, OPENING + sentence).people_affected).toBe(want);
  });
});

describe("ransom: refusing to give in to a demand presupposes the demand", () => {
  it.each([
    [
      "declined to give in",
      "The hospital declined to give in to the extortion demand.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "turned down the demands",
      "Managers turned down the attackers' demands.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "turned down a demand with its sum",
      "The trust turned down a ransom demand of £450,000.",
      { status: "refused", amount: 450000, currency: "GBP" },
    ],
    [
      "declining to comply",
      "The board is declining to comply with the gang's ransom demand.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "a denied demand stays denied",
      "Police said the attackers were not demanding a ransom.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).ransom).toEqual(want);
  });
});

describe("figures: a whole number and a half of a scale", () => {
  it.each([
    ["in words", "The gang asked for three and a half million dollars.", 3500000, "USD"],
    ["in digits after a sign", "The gang asked for €4 and a half million.", 4500000, "EUR"],
  ])("%s", (_name, sentence, amount, currency) => {
    expect(extract(T, OPENING + sentence).ransom).toEqual({ status: "demanded-amount", amount, currency });
  });
  it("a head-count", () => {
    expect(
      extract(T, OPENING + "The breach exposed the records of one and a half million patients.").people_affected,
    ).toBe(1500000);
  });
});

describe("people: the number affected put at a figure", () => {
  it.each([
    ["putting the number affected at", "It reported the breach, putting the number affected at 48,207.", 48207],
    ["the total affected stands at", "The hospital said the total affected now stands at 9,310.", 9310],
    ["the tally affected rose to", "Regulators put the tally affected at about 7,500.", 7500],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).people_affected).toBe(want);
  });
});

describe("ransom: a note telling the victim to get in touch with the attackers", () => {
  it.each([
    [
      "get in touch with",
      "A message on its website told staff to get in touch with the hackers to recover the files.",
      "demanded-undisclosed",
    ],
    [
      "reach out to",
      "The note said managers should reach out to the attackers within three days.",
      "demanded-undisclosed",
    ],
    [
      "a patient told to get in touch with the clinic",
      "Patients were told to get in touch with the clinic.",
      "not-mentioned",
    ],
  ])("%s", (_name, sentence, status) => {
    expect(extract(T, OPENING + sentence).ransom.status).toBe(status);
  });
});

describe("people: the files of N patients", () => {
  it.each([
    ["looked through the files of", "A receptionist looked through the files of 27 patients without reason.", 27],
    ["files on", "The intruder opened files on 3,150 patients.", 3150],
  ])("%s", (_name, sentence, want) => {
    expect(extract(T, OPENING + sentence).people_affected).toBe(want);
  });
});
