// A second bank of invented news wording for attack types, ransom and people affected (see news-language.test.ts for
// the first). Each item probes a way reporters say a thing without the words the first rules were written on:
// encryption told as its effect, double extortion told in steps, leak-site listings, negations and hedges, sums in
// many notations, money that is no ransom, and head-counts that are not the people affected.
import { describe, expect, it } from "vitest";
import type { Entities } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Kestrel Bay Medical Center hit by cyber attack";

type Ransom = Entities["ransom"];
const none: Ransom = { status: "not-mentioned", amount: null, currency: null };
const asked = (amount: number | null = null, currency: string | null = null): Ransom => ({
  status: amount === null ? "demanded-undisclosed" : "demanded-amount",
  amount,
  currency,
});
const paid = (amount: number | null = null, currency: string | null = null): Ransom => ({
  status: "paid",
  amount,
  currency,
});
const refused = (amount: number | null = null, currency: string | null = null): Ransom => ({
  status: "refused",
  amount,
  currency,
});

describe("attack and ransom language: attack types", () => {
  it.each<[string, string, string[]]>([
    // encryption told by its effect, without the word "ransomware"
    [
      "files locked and a note on screen",
      "Staff at Kestrel Bay Medical Center found their files locked and a note demanding payment on their screens.",
      ["ransomware"],
    ],
    [
      "servers scrambled",
      "The intruders scrambled the data on dozens of servers at Kestrel Bay Medical Center overnight.",
      ["ransomware"],
    ],
    [
      "a payment demand on every screen",
      "On Monday morning a message demanding payment in bitcoin appeared on every screen at Kestrel Bay Medical Center.",
      ["ransomware"],
    ],
    [
      "encryption of systems as a noun",
      "The encryption of Kestrel Bay Medical Center's systems began shortly after midnight, investigators said.",
      ["ransomware"],
    ],
    [
      "backups encrypted by the attackers",
      "The attackers also encrypted the backups of Kestrel Bay Medical Center, which slowed the recovery.",
      ["ransomware"],
    ],
    [
      "an encryptor deployed",
      "The affiliate deployed the Akira encryptor across Kestrel Bay Medical Center's virtual machines.",
      ["ransomware"],
    ],
    [
      "file-encrypting malware",
      "File-encrypting malware spread through Kestrel Bay Medical Center's network on Sunday.",
      ["ransomware"],
    ],
    [
      "printers printing the note",
      "Printers at Kestrel Bay Medical Center began printing a message saying the hospital's data had been encrypted.",
      ["ransomware"],
    ],
    [
      "locked out by the attackers",
      "The hackers locked Kestrel Bay Medical Center out of its own computer systems.",
      ["ransomware"],
    ],
    [
      "a key to unlock the computers",
      "The hackers are asking for bitcoin in exchange for a key to unlock Kestrel Bay Medical Center's computers.",
      ["ransomware"],
    ],
    [
      "the attack called so in apposition",
      "The attack, a ransomware incident first detected on Friday, hit Kestrel Bay Medical Center's scheduling system.",
      ["ransomware"],
    ],
    [
      "reported as ransomware",
      "Kestrel Bay Medical Center was reportedly hit by ransomware, according to two staff members.",
      ["ransomware"],
    ],
    [
      "encryption thwarted",
      "Kestrel Bay Medical Center's monitoring tools thwarted the encryption before it spread, the hospital said.",
      ["ransomware"],
    ],
    // negations and hedges
    [
      "no ransom note and nothing encrypted",
      "There was no ransom note and no files were encrypted; the intruders copied patient records from Kestrel Bay Medical Center.",
      ["data-theft"],
    ],
    [
      "no evidence of encryption",
      "Kestrel Bay Medical Center said there was no evidence of encryption on its network.",
      ["unknown"],
    ],
    [
      "not a ransomware attack",
      "This was not a ransomware attack, a Kestrel Bay Medical Center spokesperson said.",
      ["unknown"],
    ],
    [
      "did not involve ransomware",
      "Kestrel Bay Medical Center said the incident did not involve ransomware.",
      ["unknown"],
    ],
    [
      "no sign of encrypted systems",
      "Investigators found no sign that systems at Kestrel Bay Medical Center had been encrypted.",
      ["unknown"],
    ],
    [
      "an encryption attempt stopped still names the attack",
      "Kestrel Bay Medical Center's security team stopped the attackers before any files could be encrypted.",
      ["ransomware"],
    ],
    [
      "a speculation about ransomware",
      "The outage at Kestrel Bay Medical Center may have been caused by ransomware, one expert speculated.",
      ["unknown"],
    ],
    [
      "a probable encryption",
      "The attackers probably encrypted the systems of Kestrel Bay Medical Center, an analyst wrote.",
      ["unknown"],
    ],
    [
      "a question left open",
      "It is not yet known whether ransomware was used against Kestrel Bay Medical Center.",
      ["unknown"],
    ],
    [
      "a gang that usually encrypts but did not",
      "The gang usually deploys ransomware. This time it did not encrypt anything but stole 200GB from Kestrel Bay Medical Center.",
      ["data-theft"],
    ],
    // ransomware brands that only stole data
    [
      "a leak-site listing by a ransomware brand",
      "The Rhysida ransomware gang listed Kestrel Bay Medical Center on its leak site and says it stole 1TB of data.",
      ["data-theft"],
    ],
    [
      "a ransomware operation that published files",
      "Medusa, a ransomware operation, claimed the attack on Kestrel Bay Medical Center and published 50GB of files.",
      ["data-theft"],
    ],
    [
      "a ransomware crew's data-theft claim",
      "A ransomware crew says it exfiltrated scans and billing files from Kestrel Bay Medical Center.",
      ["data-theft"],
    ],
    // double extortion in steps, and extortion threats worded many ways
    [
      "copy, encrypt, demand, threaten",
      "First the attackers copied patient files from Kestrel Bay Medical Center; then they encrypted its servers and threatened to publish the files if the hospital did not pay.",
      ["ransomware", "data-theft", "extortion"],
    ],
    [
      "a vow to release",
      "The hackers stole donor records from Kestrel Bay Medical Center and vowed to release them next week.",
      ["data-theft", "extortion"],
    ],
    [
      "a warning that data will be dumped",
      "The group took 80GB of scans from Kestrel Bay Medical Center and warned it would dump them online.",
      ["data-theft", "extortion"],
    ],
    [
      "patients emailed for payment",
      "The criminals stole patient records from Kestrel Bay Medical Center and emailed patients, demanding money to keep their details off the internet.",
      ["data-theft", "extortion"],
    ],
    [
      "a countdown on the leak site",
      "The gang stole files from Kestrel Bay Medical Center and put a countdown timer beside its name on the leak site.",
      ["data-theft", "extortion"],
    ],
    [
      "days to pay before a sale",
      "The attackers took billing records from Kestrel Bay Medical Center and gave it ten days to pay before the records go on sale.",
      ["data-theft", "extortion"],
    ],
    [
      "payment to delete stolen data",
      "The hackers exfiltrated employee files and want Kestrel Bay Medical Center to pay for their deletion.",
      ["data-theft", "extortion"],
    ],
    [
      "encryption plus a leak threat in one sentence",
      "Kestrel Bay Medical Center's servers were encrypted, and the attackers say they will leak stolen records unless paid.",
      ["ransomware", "data-theft", "extortion"],
    ],
    [
      "a threat reported after the clause",
      "Scans taken from Kestrel Bay Medical Center could be published next week, the hackers have warned.",
      ["extortion"],
    ],
    [
      "a threat to sell",
      "The hackers who took the data from Kestrel Bay Medical Center are threatening to sell it to the highest bidder.",
      ["data-theft", "extortion"],
    ],
    [
      "a leak without a threat",
      "Data stolen from Kestrel Bay Medical Center has been published on the gang's leak site.",
      ["data-theft"],
    ],
    [
      "a hypothetical threat in an explainer",
      "Kestrel Bay Medical Center said hackers stole some files. Gangs like this one often threaten to publish what they take.",
      ["data-theft"],
    ],
    [
      "a payment to keep data unpublished",
      "The gang is asking Kestrel Bay Medical Center for $2 million in exchange for not leaking its data.",
      ["extortion"],
    ],
    [
      "a payment to stop a sale",
      "The hackers want money from Kestrel Bay Medical Center to stop the records from being sold.",
      ["extortion"],
    ],
    [
      "a gang known for ransomware that encrypted nothing",
      "Although the gang is known for ransomware, Kestrel Bay Medical Center said none of its systems were encrypted.",
      ["unknown"],
    ],
    [
      "a ransomware attack that took no data",
      "The ransomware attack on Kestrel Bay Medical Center did not result in any data being stolen.",
      ["ransomware"],
    ],
    [
      "encrypted, stole and threatened in one claim",
      "The Qilin group said it encrypted Kestrel Bay Medical Center's network and stole 100GB of files, which it has threatened to leak.",
      ["ransomware", "data-theft", "extortion"],
    ],
    [
      "a fact before an explaining clause",
      "Files were taken from Kestrel Bay Medical Center in an attack using ransomware, which locks data until a ransom is paid.",
      ["ransomware", "data-theft"],
    ],
    [
      "a general statement stays general",
      "Kestrel Bay Medical Center was hit by a cyber attack. Ransomware is malicious software, which usually encrypts files.",
      ["unknown"],
    ],
    [
      "a named strain",
      "The attackers used the Play ransomware strain against Kestrel Bay Medical Center.",
      ["ransomware"],
    ],
    ["nothing exfiltrated", "The intruders exfiltrated no data, Kestrel Bay Medical Center said.", ["unknown"]],
    [
      "encryption that protects stolen files",
      "A laptop with patient files was stolen from a Kestrel Bay Medical Center nurse's car; the files were encrypted, so they cannot be read.",
      ["data-theft"],
    ],
    [
      "a demand with no other word for the attack",
      "The gang asked Kestrel Bay Medical Center for 1.2 million dollars, an amount the hospital said it could not afford.",
      ["unknown"],
    ],
  ])("%s", (_name, text, types) => {
    expect(extract(HIT, text).attack_types).toEqual(types);
  });
});

describe("attack and ransom language: ransom", () => {
  it.each<[string, string, Ransom]>([
    // amounts in many notations
    ["euro sign with m", "The gang demanded \u20ac1.5m from Kestrel Bay Medical Center.", asked(1500000, "EUR")],
    [
      "a German decimal comma with Mio.",
      "Die Angreifer forderten ein L\u00f6segeld von 1,5 Mio. Euro; the ransom demand was sent to Kestrel Bay Medical Center.",
      asked(1500000, "EUR"),
    ],
    [
      "a decimal comma before million",
      "The attackers demanded a ransom of 2,5 million euros from Kestrel Bay Medical Center.",
      asked(2500000, "EUR"),
    ],
    [
      "dots as thousands separators",
      "The hackers demanded a ransom of 400.000 Euro from Kestrel Bay Medical Center.",
      asked(400000, "EUR"),
    ],
    [
      "bitcoin first, dollars second",
      "The hackers demanded 45 bitcoin, worth about $1.7 million, from Kestrel Bay Medical Center.",
      asked(45, "BTC"),
    ],
    [
      "a dollar value paid in bitcoin",
      "The gang asked Kestrel Bay Medical Center for $4.5 million in bitcoin.",
      asked(4500000, "USD"),
    ],
    [
      "dollars worth of bitcoin",
      "The attackers asked for $500 worth of Bitcoin to unlock each computer at Kestrel Bay Medical Center.",
      asked(500, "USD"),
    ],
    [
      "a payment of a sum",
      "The criminals are demanding a payment of \u20ac3 million from Kestrel Bay Medical Center.",
      asked(3000000, "EUR"),
    ],
    [
      "millions of dollars spelled out",
      "The hackers want 3 million dollars from Kestrel Bay Medical Center.",
      asked(3000000, "USD"),
    ],
    [
      "a currency code after the figure",
      "A ransom of 750,000 USD was demanded from Kestrel Bay Medical Center.",
      asked(750000, "USD"),
    ],
    [
      "Swiss francs in words",
      "The extortionists want 1.2 million Swiss francs from Kestrel Bay Medical Center.",
      asked(1200000, "CHF"),
    ],
    [
      "an asking price for stolen data",
      "The records stolen from Kestrel Bay Medical Center are for sale on a forum for $30,000.",
      asked(30000, "USD"),
    ],
    [
      "a price tag on the data",
      "The gang put a $250,000 price tag on the files it took from Kestrel Bay Medical Center.",
      asked(250000, "USD"),
    ],
    // a demand without a sum
    [
      "seven figures",
      "The ransom demanded from Kestrel Bay Medical Center ran to seven figures, a source said.",
      asked(),
    ],
    ["a seven-figure demand", "Kestrel Bay Medical Center received a seven-figure ransom demand.", asked()],
    [
      "per-patient demands",
      "The attackers emailed patients of Kestrel Bay Medical Center demanding $50 each to keep their records private.",
      asked(),
    ],
    ["a price per record", "The hackers are selling the Kestrel Bay Medical Center records at $2 per record.", asked()],
    [
      "an amount withheld",
      "Kestrel Bay Medical Center did not disclose the size of the ransom the hackers demanded.",
      asked(),
    ],
    [
      "pressure to pay",
      "The gang published a sample of files to pressure Kestrel Bay Medical Center into paying.",
      asked(),
    ],
    [
      "a leak threat is an extortion attempt",
      "The hackers stole patient files and are threatening to release them, with a deadline set for Friday.",
      asked(),
    ],
    // payments
    [
      "paid by the insurer",
      "Kestrel Bay Medical Center's cyber insurer paid the $1.1 million ransom.",
      paid(1100000, "USD"),
    ],
    [
      "a ransom covered by insurance",
      "The $600,000 ransom was paid by Kestrel Bay Medical Center's insurance carrier.",
      paid(600000, "USD"),
    ],
    [
      "bitcoin paid to regain access",
      "Kestrel Bay Medical Center paid 25 bitcoin to regain access to its files.",
      paid(25, "BTC"),
    ],
    [
      "a payment confirmed in a filing",
      "A filing shows Kestrel Bay Medical Center made a ransom payment of $2.2 million.",
      paid(2200000, "USD"),
    ],
    // refusals and silence
    [
      "asked but refused",
      "The hackers asked Kestrel Bay Medical Center for a ransom but the hospital refused to pay it.",
      refused(),
    ],
    [
      "not even considering paying",
      "Kestrel Bay Medical Center's executives aren't even considering paying the attackers.",
      refused(),
    ],
    [
      // The guide's refusal is the text saying the victim did not pay; a stated sum asked would outrank it.
      "a ransom said unpaid is a refusal",
      "Recovery cost Kestrel Bay Medical Center $3 million, but no ransom was paid.",
      refused(),
    ],
    ["declined to say whether it paid", "Kestrel Bay Medical Center declined to say whether it paid a ransom.", none],
    [
      "a demand, then silence on payment",
      "The gang demanded $3 million; Kestrel Bay Medical Center declined to say whether it paid.",
      asked(3000000, "USD"),
    ],
    ["no comment on a demand", "Kestrel Bay Medical Center has not commented on any ransom demand.", none],
    // money that is no ransom
    ["a regulator's fine", "Regulators fined Kestrel Bay Medical Center $1.2 million over the breach.", none],
    [
      "a class-action settlement",
      "Kestrel Bay Medical Center agreed to a $950,000 settlement with patients whose data was stolen.",
      none,
    ],
    [
      "recovery costs",
      "The attack on Kestrel Bay Medical Center has cost $12 million in lost revenue and recovery work.",
      none,
    ],
    [
      "a gang's usual demand",
      "Kestrel Bay Medical Center was hit on Monday. The group typically demands 5 to 10 million dollars from its victims.",
      none,
    ],
    [
      "a bounty for the hackers",
      "The State Department is offering a $10 million reward for information on the gang that hit Kestrel Bay Medical Center.",
      none,
    ],
    ["a time to pay", "LockBit claimed the attack and gave Kestrel Bay Medical Center until Friday to pay.", asked()],
    [
      "a refusal to negotiate",
      "Kestrel Bay Medical Center said it would not negotiate with the criminals who attacked it.",
      refused(),
    ],
    [
      "refusing a stated demand",
      "Kestrel Bay Medical Center refused the hackers' demand for $4 million.",
      refused(4000000, "USD"),
    ],
    [
      "a price per patient asked from each",
      "The gang wants 0.5 BTC from each patient of Kestrel Bay Medical Center.",
      asked(),
    ],
    [
      "a payment covered by insurance",
      "Kestrel Bay Medical Center's cyber insurance covered the $250,000 ransom payment to the attackers.",
      paid(250000, "USD"),
    ],
    [
      "a payment in cryptocurrency reported by sources",
      "Sources said Kestrel Bay Medical Center paid the hackers around $1 million in cryptocurrency.",
      paid(1000000, "USD"),
    ],
    ["no demand yet", "The hackers have not yet made any ransom demand, Kestrel Bay Medical Center said.", none],
    [
      "crore in cryptocurrency, alleged",
      "A ransom of \u20b9200 crore in cryptocurrency was allegedly demanded from Kestrel Bay Medical Center.",
      asked(2000000000, "INR"),
    ],
    [
      "a hyphenated million",
      "The hackers demanded a $3.5-million ransom from Kestrel Bay Medical Center.",
      asked(3500000, "USD"),
    ],
    [
      "bitcoin worth a dollar sum",
      "The attackers demanded bitcoin worth $50,000 from Kestrel Bay Medical Center.",
      asked(50000, "USD"),
    ],
    [
      "German Millionen",
      "Die Erpresser verlangten 2 Millionen Euro; the ransom was demanded from Kestrel Bay Medical Center.",
      asked(2000000, "EUR"),
    ],
    [
      "dot-grouped millions",
      "A ransom of 1.000.000 euros was demanded from Kestrel Bay Medical Center.",
      asked(1000000, "EUR"),
    ],
    [
      "asked to pay a sum",
      "Kestrel Bay Medical Center was asked to pay a ransom of 700,000 euros.",
      asked(700000, "EUR"),
    ],
    [
      "a sum after a colon",
      "The ransom the gang set for Kestrel Bay Medical Center: $4 million.",
      asked(4000000, "USD"),
    ],
    [
      "a payout sought",
      "The hackers reportedly sought a seven-figure payout from Kestrel Bay Medical Center.",
      asked(),
    ],
    [
      "did not negotiate",
      "Kestrel Bay Medical Center said it did not negotiate with the criminals who attacked it.",
      refused(),
    ],
    [
      "paid up after a demand",
      "The gang demanded $1 million from Kestrel Bay Medical Center. The hospital eventually paid up.",
      paid(1000000, "USD"),
    ],
    [
      "official advice against paying",
      "Kestrel Bay Medical Center was hit by ransomware. The FBI advises against paying ransoms.",
      none,
    ],
    [
      "a denied payment report",
      "Kestrel Bay Medical Center officials denied reports that a ransom had been paid.",
      none,
    ],
  ])("%s", (_name, text, ransom) => {
    expect(extract(HIT, text).ransom).toEqual(ransom);
  });
});

describe("attack and ransom language: headlines", () => {
  it.each<[string, string, string, Partial<Entities>]>([
    [
      "a sum demanded after the group's name",
      "Haddon Moor GP surgeries hit by Akira, \u00a3300,000 demanded",
      "",
      { attack_types: ["unknown"], ransom: asked(300000, "GBP") },
    ],
    [
      "a tracker post with a claimed volume",
      "Qilin lists Fairview Community Hospital",
      "Qilin has just published a new victim: Fairview Community Hospital (US). The group claims to hold 200 GB of data.",
      { attack_types: ["data-theft"], ransom: none },
    ],
    [
      "an auction's opening bid",
      "Rhysida auctions hospital data",
      "Rhysida is auctioning data stolen from Fairview Community Hospital, with bids starting at 10 BTC.",
      { ransom: asked(10, "BTC") },
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text)).toMatchObject(want);
  });
});

describe("attack and ransom language: people affected", () => {
  it.each<[string, string, number | null]>([
    [
      "personal information of an abbreviated million",
      "Hackers obtained the personal information of 1.2m people from Kestrel Bay Medical Center.",
      1200000,
    ],
    ["nearly, with k", "The breach at Kestrel Bay Medical Center exposed data on nearly 400k patients.", 400000],
    ["an upper-case M", "Kestrel Bay Medical Center says hackers stole data of 2.2M customers.", 2200000],
    ["an upper-case K", "The attack exposed records of 75K patients of Kestrel Bay Medical Center.", 75000],
    [
      "patients and employees, totalling",
      "The stolen files held data on patients and employees of Kestrel Bay Medical Center, totalling 12,340 people.",
      12340,
    ],
    [
      "a total after two groups",
      "Data on 10,000 patients and 2,340 employees was stolen from Kestrel Bay Medical Center, 12,340 people in total.",
      12340,
    ],
    ["lakh", "Details of 1.5 lakh patients of Kestrel Bay Medical Center were leaked online.", 150000],
    [
      "a share after a size",
      "Kestrel Bay Medical Center treats about a million patients a year; hackers stole the records of 40,000 of those patients.",
      40000,
    ],
    [
      "staff count is not affected",
      "Kestrel Bay Medical Center, with 600 beds and 5,000 staff, said data on 2,000 patients was stolen.",
      2000,
    ],
    [
      "a population served is not affected",
      "Kestrel Bay Medical Center, which serves a population of 300,000 people, was hit by a cyber attack on Monday.",
      null,
    ],
    [
      "a workforce is not affected",
      "Kestrel Bay Medical Center employs 8,000 people across three sites and was hit by a cyber attack.",
      null,
    ],
    [
      "a share of the staff",
      "The hackers stole data on some 4,000 of the hospital's 12,000 employees, Kestrel Bay Medical Center said.",
      4000,
    ],
    [
      "people notified, spelled as million",
      "More than 2.5 million people have been notified that their data was stolen from Kestrel Bay Medical Center.",
      2500000,
    ],
    [
      "current and former employees",
      "The breach exposed data belonging to 48,000 current and former employees of Kestrel Bay Medical Center.",
      48000,
    ],
    ["sites are not people", "The attack on Kestrel Bay Medical Center affected 23 hospitals and 1,000 clinics.", null],
    [
      "a count in brackets after the noun",
      "Kestrel Bay Medical Center said patients (about 52,000 people) had their data stolen.",
      52000,
    ],
    [
      "a precise figure refines a round one",
      "About 90,000 patients were affected. Kestrel Bay Medical Center later put the number at 91,244 individuals.",
      91244,
    ],
    [
      "affected clients that are organisations",
      "The vendor said 1,500 clinics using its software were affected by the attack on Kestrel Bay Medical Center.",
      null,
    ],
    [
      "a number word opening the sentence",
      "Two million patients had their data stolen from Kestrel Bay Medical Center.",
      2000000,
    ],
    [
      "half a million opening the sentence",
      "Half a million patients were affected by the breach at Kestrel Bay Medical Center.",
      500000,
    ],
    ["crore users", "Hackers claim to hold the data of 4.5 crore users of Kestrel Bay Medical Center's app.", 45000000],
    [
      "beds and staff before the count",
      "Kestrel Bay Medical Center has 2,400 staff and 350 beds; the data of 11,000 patients was stolen.",
      11000,
    ],
    [
      "staff who lost their jobs are no victims",
      "Eight staff members at Kestrel Bay Medical Center have lost their jobs for snooping on patient records.",
      null,
    ],
    [
      "a precise figure beside its rounding",
      "The breach affected 1,234,567 patients, or about 1.2 million, Kestrel Bay Medical Center said.",
      1234567,
    ],
    [
      "a decimal comma in a head-count",
      "Data of 1,2 million patients of Kestrel Bay Medical Center was stolen.",
      1200000,
    ],
    [
      "dot-grouped thousands in a head-count",
      "Data of some 500.000 patients of Kestrel Bay Medical Center was stolen.",
      500000,
    ],
    ["a count with a plus", "The breach impacted 55,000+ patients of Kestrel Bay Medical Center.", 55000],
    ["a possessive noun", "Over 3 million individuals' data was stolen from Kestrel Bay Medical Center.", 3000000],
    ["mln", "Hackers took the records of 2.5 mln patients from Kestrel Bay Medical Center.", 2500000],
    [
      "the number after its noun",
      "The number of affected patients at Kestrel Bay Medical Center stands at 62,000, the hospital said.",
      62000,
    ],
    ["a count after a colon", "Patients affected by the Kestrel Bay Medical Center breach: 3,200.", 3200],
    [
      "the data of a bare count",
      "The attack on Kestrel Bay Medical Center exposed the data of 1.3 million, officials said.",
      1300000,
    ],
    [
      "affecting a bare count",
      "Kestrel Bay Medical Center reported a breach affecting roughly 410,000 in its filing.",
      410000,
    ],
    [
      "a bare year is no count",
      "Kestrel Bay Medical Center was hit by a cyber attack that affected systems in 2023.",
      null,
    ],
  ])("%s", (_name, text, n) => {
    expect(extract(HIT, text).people_affected).toBe(n);
  });
});
