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
    ["reads a demand worded as a payment", "The gang is demanding a payment of €3 million from Harbor Point Hospital.", { status: "demanded-amount", amount: 3000000, currency: "EUR" }],
    ["reads a refusal after a demand in one sentence", "The hackers asked for a ransom but Harbor Point Hospital refused to pay it.", { status: "refused", amount: null, currency: null }],
    ["reads a refusal with a contraction", "Harbor Point Hospital said they aren't even considering paying the hackers.", { status: "refused", amount: null, currency: null }],
    ["reads a refusal with a typographic apostrophe", "Harbor Point Hospital said they aren\u2019t even considering paying the ransom.", { status: "refused", amount: null, currency: null }],
    ["reads a refusal in the future tense", "Harbor Point Hospital will not be paying any ransom.", { status: "refused", amount: null, currency: null }],
    ["reads an unwilling victim as refusing", "Harbor Point Hospital is unwilling and unable to pay the ransom.", { status: "refused", amount: null, currency: null }],
    ["reads a victim that did not pay as refusing", "Harbor Point Hospital did not pay a ransom to the hackers, a spokesperson said.", { status: "refused", amount: null, currency: null }],
    ["keeps a missed deadline a demand", "Harbor Point Hospital did not pay the $750,000 ransom on time, so the gang leaked the data.", { status: "demanded-amount", amount: 750000, currency: "USD" }],
    ["reads the aim of an attack as no payment", "The attackers encrypted files at Harbor Point Hospital to pressure the clinic into paying a ransom.", { status: "demanded-undisclosed", amount: null, currency: null }],
    ["reads a price a gerund makes possible as no payment", "The gang is demanding $900k from Harbor Point Hospital. Paying $1,000 would buy the hospital another day.", { status: "demanded-amount", amount: 900000, currency: "USD" }],
    ["ignores a regulator's fine", "Harbor Point Hospital was fined £1.2 million by the regulator after the ransomware attack.", { status: "not-mentioned", amount: null, currency: null }],
    ["ignores recovery costs", "Recovery costs after the ransomware attack on Harbor Point Hospital reached $10 million.", { status: "not-mentioned", amount: null, currency: null }],
    ["ignores a gang's usual range", "Harbor Point Hospital was hit by LockBit. LockBit ransom demands range between $500,000 and $2 million.", { status: "not-mentioned", amount: null, currency: null }],
    ["ignores a payment in an earlier year", "Harbor Point Hospital was hit by ransomware in March 2023. In 2021 the hospital paid a $1 million ransom.", { status: "not-mentioned", amount: null, currency: null }],
    ["reads a demand without the word ransom", "The hackers asked for $500 worth of Bitcoin to unlock the files at Harbor Point Hospital.", { status: "demanded-amount", amount: 500, currency: "USD" }],
    ["reads an asking price for the stolen data as a demand", "The gang put the Harbor Point Hospital files up for sale with an asking price of $50,000.", { status: "demanded-amount", amount: 50000, currency: "USD" }],
    ["reads an attempt to extort as a demand", "Hackers broke into the Harbor Point Hospital network in a bid to extort money.", { status: "demanded-undisclosed", amount: null, currency: null }],
    ["reads holding a victim to ransom as a demand", "The hackers are holding Harbor Point Hospital to ransom.", { status: "demanded-undisclosed", amount: null, currency: null }],
    ["reads a blackmail letter as a demand", "The blackmailers left a letter addressed to Harbor Point Hospital.", { status: "demanded-undisclosed", amount: null, currency: null }],
    ["reads no comment on a demand as no demand", "Harbor Point Hospital has not commented on any ransom demand.", { status: "not-mentioned", amount: null, currency: null }],
    ["reads a denied demand as no demand", "Reports said hackers demanded $2 million from Harbor Point Hospital. Police denied that any ransom had been demanded.", { status: "not-mentioned", amount: null, currency: null }],
    ["reads attackers that asked for nothing as no demand", "The attackers were not demanding a ransom, Harbor Point Hospital said.", { status: "not-mentioned", amount: null, currency: null }],
    ["reads a key handed over as no payment", "The gang handed over a key to Harbor Point Hospital after police called it.", { status: "not-mentioned", amount: null, currency: null }],
    ["takes the first currency of a conversion", "Harbor Point Hospital paid the ransom that was demanded, four bitcoins worth about $55,000.", { status: "paid", amount: 4, currency: "BTC" }],
    ["reads lakh amounts", "Harbor Point Hospital got a ransom demand of ₹57L.", { status: "demanded-amount", amount: 5700000, currency: "INR" }],
  ])("%s", (_name, text, ransom) => {
    expect(extract(T, text).ransom).toEqual(ransom);
  });

  it("ignores a payment to a fraudster", () => {
    const e = extract("Harbor Point Hospital loses $1.26 million to email scam", "Harbor Point Hospital made two payments totalling $1.26 million to a scammer posing as a builder.");
    expect(e.ransom).toEqual({ status: "not-mentioned", amount: null, currency: null });
  });

  it("prefers the body's scaled sum to a headline's cut-off figure", () => {
    expect(extract("Harbor Point Hospital hackers want €4.2", "The gang demanded €4.2 million from Harbor Point Hospital.").ransom).toEqual({
      status: "demanded-amount",
      amount: 4200000,
      currency: "EUR",
    });
  });

  it.each([
    ["a demand next to a refusal to comment", "The attackers demanded a ransom from Harbor Point Hospital. It did not comment on any ransom demand.", "demanded-undisclosed", "The attackers demanded a ransom from Harbor Point Hospital."],
    ["a refusal whose sum is stated elsewhere", "The gang demanded $2 million from Harbor Point Hospital. The hospital refused to pay.", "refused", "The hospital refused to pay."],
    ["a payment that states its sum", "The gang wanted $5 million. Harbor Point Hospital paid $1 million in bitcoin.", "paid", "Harbor Point Hospital paid $1 million in bitcoin."],
  ])("quotes evidence that says what the status says: %s", (_name, text, status, quote) => {
    const e = extract(T, text);
    expect(e.ransom.status).toBe(status);
    expect(e.evidence.find((x) => x.field === "ransom")?.quote).toBe(quote);
  });
});
