import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Harbor Point Hospital";

describe("ransom", () => {
  it.each([
    [
      "takes the first of two currencies",
      "The gang demanded $42 million (£31m) from Harbor Point Hospital.",
      { status: "demanded-amount", amount: 42000000, currency: "USD" },
    ],
    [
      "reads an amount in words",
      "Hackers asked Harbor Point Hospital for four million dollars in ransom.",
      { status: "demanded-amount", amount: 4000000, currency: "USD" },
    ],
    [
      "reads a crypto-currency amount",
      "The group wants 50 BTC as a ransom from Harbor Point Hospital.",
      { status: "demanded-amount", amount: 50, currency: "BTC" },
    ],
    [
      "reads a currency code before the number",
      "A ransom of USD 70,000 in Bitcoin was demanded from Harbor Point Hospital.",
      { status: "demanded-amount", amount: 70000, currency: "USD" },
    ],
    [
      "records a payment",
      "Harbor Point Hospital paid a $2m ransom to get its files back.",
      { status: "paid", amount: 2000000, currency: "USD" },
    ],
    [
      "records a refusal without a sum",
      "Harbor Point Hospital refused to pay the ransom demand.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "records a demand without a sum",
      "Harbor Point Hospital received a ransom note on Friday.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "ignores the sum of an earlier incident",
      "Harbor Point Hospital was hit on Monday. Back in May, the same gang demanded $5 million from a law firm.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores the value the gang puts on the data",
      "The gang says the stolen data from Harbor Point Hospital is worth $250,000.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores a general description of how ransomware works",
      "Harbor Point Hospital was hit. Ransomware usually locks files until a ransom is paid.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores a demand the police deny",
      "Police denied reports that hackers sought Rs 200 crore from Harbor Point Hospital.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "reads a demand worded as a payment",
      "The gang is demanding a payment of €3 million from Harbor Point Hospital.",
      { status: "demanded-amount", amount: 3000000, currency: "EUR" },
    ],
    [
      "reads a refusal after a demand in one sentence",
      "The hackers asked for a ransom but Harbor Point Hospital refused to pay it.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads a refusal with a contraction",
      "Harbor Point Hospital said they aren't even considering paying the hackers.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads a refusal with a typographic apostrophe",
      "Harbor Point Hospital said they aren\u2019t even considering paying the ransom.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads a refusal in the future tense",
      "Harbor Point Hospital will not be paying any ransom.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads an unwilling victim as refusing",
      "Harbor Point Hospital is unwilling and unable to pay the ransom.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads a victim that did not pay as refusing",
      "A spokesperson said Harbor Point Hospital didn't pay the attackers anything.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "keeps a missed deadline a demand",
      "Harbor Point Hospital did not pay the $400,000 demand in time, and the files were posted.",
      { status: "demanded-amount", amount: 400000, currency: "USD" },
    ],
    [
      "reads the aim of an attack as no payment",
      "The attackers encrypted files at Harbor Point Hospital to pressure the clinic into paying a ransom.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "reads a price a gerund makes possible as no payment",
      "The gang is demanding $900k from Harbor Point Hospital. Paying $500 would extend the deadline by a week, it said.",
      { status: "demanded-amount", amount: 900000, currency: "USD" },
    ],
    [
      "ignores a regulator's fine",
      "Harbor Point Hospital was fined £1.2 million by the regulator after the ransomware attack.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores recovery costs",
      "Recovery costs after the ransomware attack on Harbor Point Hospital reached $10 million.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores a gang's usual range",
      "Harbor Point Hospital was hit by LockBit. LockBit ransom demands range between $500,000 and $2 million.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores a payment in an earlier year",
      "Harbor Point Hospital was hit by ransomware in March 2023. In 2021 the hospital paid a $1 million ransom.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "reads a demand without the word ransom",
      "The hackers asked for $500 worth of Bitcoin to unlock the files at Harbor Point Hospital.",
      { status: "demanded-amount", amount: 500, currency: "USD" },
    ],
    [
      "reads an asking price for the stolen data as a demand",
      "The gang put the Harbor Point Hospital files up for sale with an asking price of $50,000.",
      { status: "demanded-amount", amount: 50000, currency: "USD" },
    ],
    [
      "reads an attempt to extort as a demand",
      "Intruders copied files from Harbor Point Hospital in an attempt to extort the clinic.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "reads holding a victim to ransom as a demand",
      "The gang has held Harbor Point Hospital to ransom since Monday.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "reads a blackmail letter as a demand",
      "A blackmail note was found on the servers of Harbor Point Hospital.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "reads no comment on a demand as no demand",
      "Harbor Point Hospital has not commented on any ransom demand.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "reads a group extorting the victim as a demand",
      "The gang appears to be extorting Harbor Point Hospital.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "keeps a demand beside a denial of something else (a price per patient is no ransom amount)",
      "Harbor Point Hospital denied that records were taken, but patients got emails that demanded $50 each.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "reads a denied demand as no demand",
      "Reports said hackers demanded $2 million from Harbor Point Hospital. Police denied that any ransom had been demanded.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "reads attackers that asked for nothing as no demand",
      "Investigators said the intruders never asked Harbor Point Hospital for a ransom.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "reads a key handed over as no payment",
      "The gang handed over a key to Harbor Point Hospital after police called it.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "takes the first currency of a conversion",
      "Harbor Point Hospital paid what the gang asked, three bitcoins worth roughly $40,000.",
      { status: "paid", amount: 3, currency: "BTC" },
    ],
    [
      "reads a payment the gang received",
      "LockBit said it received a $1.5 million payment from Harbor Point Hospital.",
      { status: "paid", amount: 1500000, currency: "USD" },
    ],
    [
      "reads a refusal in a present-tense headline style",
      "Harbor Point Hospital refuses ransom demand from hackers.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads a deadline to pay as a demand",
      "The gang gave Harbor Point Hospital five days to pay.",
      { status: "demanded-undisclosed", amount: null, currency: null },
    ],
    [
      "ignores a survey average",
      "Harbor Point Hospital was hit. Ransom payments averaged $1.5 million last quarter, a survey found.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores a payment in a relative clause of an earlier year",
      "Harbor Point Hospital was hit in 2024. In 2019 the gang struck a clinic, which paid $1 million in bitcoin.",
      { status: "not-mentioned", amount: null, currency: null },
    ],
    [
      "ignores another organisation's refusal",
      "LockBit is demanding $2 million from Harbor Point Hospital. Quillon, a furniture maker hit by the gang, declined to pay.",
      { status: "demanded-amount", amount: 2000000, currency: "USD" },
    ],
    [
      "keeps the victim's own refusal beside its description",
      "Harbor Point Hospital, a 300-bed hospital in Ohio, refused to pay the ransom.",
      { status: "refused", amount: null, currency: null },
    ],
    [
      "reads a country's dollars",
      "The gang demanded 5 million Australian dollars from Harbor Point Hospital.",
      { status: "demanded-amount", amount: 5000000, currency: "AUD" },
    ],
    [
      "reads yen",
      "The gang demanded ¥100 million from Harbor Point Hospital.",
      { status: "demanded-amount", amount: 100000000, currency: "JPY" },
    ],
    [
      "reads kronor",
      "The hackers asked Harbor Point Hospital for a ransom of 10 million kronor.",
      { status: "demanded-amount", amount: 10000000, currency: "SEK" },
    ],
    [
      "reads lakh amounts",
      "Harbor Point Hospital got a ransom demand of ₹35L.",
      { status: "demanded-amount", amount: 3500000, currency: "INR" },
    ],
  ])("%s", (_name, text, ransom) => {
    expect(extract(T, text).ransom).toEqual(ransom);
  });

  it.each([
    ["Harbor Point Hospital reportedly paid $1.2 million to regain access to its systems.", "paid", 1200000, "USD"],
    ["Harbor Point Hospital paid the hackers, the CEO confirmed.", "paid", null, null],
    ["Harbor Point Hospital's insurer paid the $2 million ransom.", "paid", 2000000, "USD"],
    ["The attackers demanded $3 million in Bitcoin from Harbor Point Hospital.", "demanded-amount", 3000000, "USD"],
    ["Hackers want $5m from Harbor Point Hospital.", "demanded-amount", 5000000, "USD"],
    ["The hackers are demanding 100 bitcoin.", "demanded-amount", 100, "BTC"],
    ["The hackers sent a ransom note demanding 20 bitcoins, worth about $160,000.", "demanded-amount", 20, "BTC"],
    ["It's unclear how much the hackers demanded.", "demanded-undisclosed", null, null],
    ["The amount demanded was not disclosed.", "demanded-undisclosed", null, null],
    ["Harbor Point Hospital is refusing to pay.", "refused", null, null],
    ["The hospital's CEO said no ransom would be paid.", "refused", null, null],
    ["Harbor Point Hospital said it did not pay any ransom.", "refused", null, null],
    ["Harbor Point Hospital decided not to pay the hackers.", "refused", null, null],
    ["The ransom has not been paid, Harbor Point Hospital said.", "demanded-undisclosed", null, null],
    ["Officials said paying was not an option for Harbor Point Hospital.", "refused", null, null],
    ["The gang is asking $2 million for the Harbor Point Hospital data.", "demanded-amount", 2000000, "USD"],
    ["The hackers offered to sell the stolen data for 10 BTC.", "demanded-amount", 10, "BTC"],
    [
      "The stolen Harbor Point Hospital records were listed for sale on a forum for $20,000.",
      "demanded-amount",
      20000,
      "USD",
    ],
    [
      "The criminals demanded a ransom of 5 million euros ($5.4 million) from Harbor Point Hospital.",
      "demanded-amount",
      5000000,
      "EUR",
    ],
    ["The gang threatened to publish the data unless a ransom was paid.", "demanded-undisclosed", null, null],
    ["The hospital is considering paying the ransom.", "demanded-undisclosed", null, null],
    [
      "Harbor Point Hospital refused to pay the ransom, which the hackers said was $10 million.",
      "refused",
      10000000,
      "USD",
    ],
    ["The hospital has no intention of paying the hackers, its CEO said.", "refused", null, null],
    ["Harbor Point Hospital said it would never pay criminals.", "refused", null, null],
    ["Harbor Point Hospital has not paid the ransom and is restoring from backups.", "refused", null, null],
    ["It is not known whether Harbor Point Hospital paid a ransom.", "not-mentioned", null, null],
    ["Harbor Point Hospital would not say whether it paid the ransom.", "not-mentioned", null, null],
    ["Officials declined to say if a ransom had been demanded.", "not-mentioned", null, null],
    ["Harbor Point Hospital would not confirm whether it had received a ransom demand.", "not-mentioned", null, null],
    ["The FBI advises victims not to pay ransoms.", "not-mentioned", null, null],
    [
      "Harbor Point Hospital, which paid a $1m ransom last year, was hit again by LockBit on Monday.",
      "not-mentioned",
      null,
      null,
    ],
    ["In a previous attack in 2019, Harbor Point Hospital paid $500,000.", "not-mentioned", null, null],
    ["Paying ransoms encourages more attacks on hospitals like Harbor Point Hospital.", "not-mentioned", null, null],
    ["Hospitals that paid a ransom recovered no faster than Harbor Point Hospital.", "not-mentioned", null, null],
    ["The hackers' gamble paid off when Harbor Point Hospital went offline.", "not-mentioned", null, null],
    [
      "The gang took information on patients and threatens to leak it unless Harbor Point Hospital pays.",
      "demanded-undisclosed",
      null,
      null,
    ],
    ["Paying, the agency said, only rewards the hackers who hit Harbor Point Hospital.", "not-mentioned", null, null],
    ["Harbor Point Hospital said shutting the clinic was preferred to paying the criminals.", "refused", null, null],
  ])("reads news phrasing: %s", (text, status, amount, currency) => {
    expect(extract("Cyberattack hits Harbor Point Hospital", text).ransom).toEqual({ status, amount, currency });
  });

  it("ignores a payment to a fraudster", () => {
    const e = extract(
      "Harbor Point Hospital loses $800,000 to email scam",
      "Harbor Point Hospital made a payment of $800,000 to a fraudster posing as a supplier.",
    );
    expect(e.ransom).toEqual({ status: "not-mentioned", amount: null, currency: null });
  });

  it("prefers the body's scaled sum to a headline's cut-off figure", () => {
    expect(
      extract("Harbor Point Hospital hackers want €4.2", "The gang demanded €4.2 million from Harbor Point Hospital.")
        .ransom,
    ).toEqual({
      status: "demanded-amount",
      amount: 4200000,
      currency: "EUR",
    });
  });

  it.each([
    [
      "a demand next to a refusal to comment",
      "The attackers demanded a ransom from Harbor Point Hospital. It did not comment on any ransom demand.",
      "demanded-undisclosed",
      "The attackers demanded a ransom from Harbor Point Hospital.",
    ],
    [
      "a refusal whose sum is stated elsewhere",
      "The gang demanded $2 million from Harbor Point Hospital. The hospital refused to pay.",
      "refused",
      "The hospital refused to pay.",
    ],
    [
      "a payment that states its sum",
      "The gang wanted $5 million. Harbor Point Hospital paid $1 million in bitcoin.",
      "paid",
      "Harbor Point Hospital paid $1 million in bitcoin.",
    ],
  ])("quotes evidence that says what the status says: %s", (_name, text, status, quote) => {
    const e = extract(T, text);
    expect(e.ransom.status).toBe(status);
    expect(e.evidence.find((x) => x.field === "ransom")?.quote).toBe(quote);
  });
});

// A pay-word with no ransom word of its own reads as a refusal only in an article about an attack; furniture (a
// caption, a related story) does not make the article one.
// A refusal told before any demand or attack word has only the page around it to say what was refused (a demand told
// earlier in the story is context enough: ransom-unpaid-and-elided.test.ts).
describe("ransom context from the story, not the page around it", () => {
  it.each<[string, string, string]>([
    [
      "a caption's ransom note",
      "Image 1 of 2: A ransom note on a hospital screen in 2024.\n\nFiles of Kestrel Clinic were posted online. Kestrel said it did not pay. The gang had wanted $50,000.",
      "demanded-amount",
    ],
    [
      "a related story's attack",
      "Files of Kestrel Clinic were posted online. Kestrel said it did not pay. The gang had wanted $50,000.\n\nRelated stories\nHackers attack Orwell Hospital",
      "demanded-amount",
    ],
    [
      "the story's own attack",
      "Files of Kestrel Clinic were posted online after a cyberattack by a gang that wanted $50,000. Kestrel said it did not pay.",
      "refused",
    ],
  ])("%s", (_name, text, status) => {
    expect(extract("Kestrel Clinic files posted online", text).ransom.status).toBe(status);
  });
});
