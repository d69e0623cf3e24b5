import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Harbor Point Hospital";

describe("ransom", () => {
  it.each([
    ["takes the first of two currencies", "The gang demanded $42 million (£31m) from Harbor Point Hospital.", { status: "demanded-amount", amount: 42000000, currency: "USD" }],
    ["reads an amount in words", "Hackers asked Harbor Point Hospital for four million dollars in ransom.", { status: "demanded-amount", amount: 4000000, currency: "USD" }],
    ["reads a crypto-currency amount", "The group wants 50 BTC as a ransom from Harbor Point Hospital.", { status: "demanded-amount", amount: 50, currency: "BTC" }],
    ["reads a currency code before the number", "A ransom of USD 70,000 in Bitcoin was demanded from Harbor Point Hospital.", { status: "demanded-amount", amount: 70000, currency: "USD" }],
    ["records a payment", "Harbor Point Hospital paid a $2m ransom to get its files back.", { status: "paid", amount: 2000000, currency: "USD" }],
    ["records a refusal without a sum", "Harbor Point Hospital refused to pay the ransom demand.", { status: "refused", amount: null, currency: null }],
    ["records a demand without a sum", "Harbor Point Hospital received a ransom note on Friday.", { status: "demanded-undisclosed", amount: null, currency: null }],
    ["ignores the sum of an earlier incident", "Harbor Point Hospital was hit on Monday. Back in May, the same gang demanded $5 million from a law firm.", { status: "not-mentioned", amount: null, currency: null }],
    ["ignores the value the gang puts on the data", "The gang says the stolen data from Harbor Point Hospital is worth $250,000.", { status: "not-mentioned", amount: null, currency: null }],
    ["ignores a general description of how ransomware works", "Harbor Point Hospital was hit. Ransomware usually locks files until a ransom is paid.", { status: "not-mentioned", amount: null, currency: null }],
    ["ignores a demand the police deny", "Police denied reports that hackers sought Rs 200 crore from Harbor Point Hospital.", { status: "not-mentioned", amount: null, currency: null }],
  ])("%s", (_name, text, ransom) => {
    expect(extract(T, text).ransom).toEqual(ransom);
  });
});
