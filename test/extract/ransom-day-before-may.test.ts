// "May" after a day's number is the month, not a modal: "until 12 May to pay $50,000" sets a deadline on a demand, where
// a modal would make the sum a mere possibility.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("ransom: a deadline dated by a day and May", () => {
  it.each([
    ["day before May", "The Akira group gave Harlow Hospital until 12 May to pay $50,000."],
    ["ordinal day before May", "The Akira group gave Harlow Hospital until the 3rd May to pay a ransom of $50,000."],
    ["May before its day", "The Akira group gave Harlow Hospital until May 12 to pay a ransom of $50,000."],
  ])("%s", (_label, body) => {
    expect(extract("Akira claims attack on Harlow Hospital", body).ransom).toEqual({
      status: "demanded-amount",
      amount: 50000,
      currency: "USD",
    });
  });

  it("the modal 'may' still makes a sum a possibility", () => {
    expect(
      extract("Harlow Hospital attack", "Harlow Hospital was hit by ransomware. The gang may ask for $50,000.").ransom
        .status,
    ).not.toBe("demanded-amount");
  });
});
