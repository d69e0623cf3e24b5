// A bank of invented news sentences in the language of health-cyber reporting, for the fields other than victim names.
// Each item is written fresh to probe a class of wording (negation, refusal, hedging, background, currencies, numbers in
// words, impact paraphrases, attack-type language, places, group names, relevance), not an article of the dev set.
import { describe, expect, it } from "vitest";
import type { Entities } from "../../src/model/entities";
import { extract } from "./helpers";

const HIT = "Cyber attack on Marrowgate General Hospital";

type Ransom = Entities["ransom"];
const none: Ransom = { status: "not-mentioned", amount: null, currency: null };
const asked = (amount: number | null, currency: string | null): Ransom => ({
  status: amount === null ? "demanded-undisclosed" : "demanded-amount",
  amount,
  currency,
});
const paid = (amount: number | null, currency: string | null): Ransom => ({ status: "paid", amount, currency });
const refused = (amount: number | null = null, currency: string | null = null): Ransom => ({
  status: "refused",
  amount,
  currency,
});

describe("news language: ransom", () => {
  it.each<[string, string, Ransom]>([
    // negation and refusal, with contractions and typographic quotes
    [
      "a curly-apostrophe refusal",
      "Marrowgate General Hospital said it isn\u2019t going to pay the criminals behind the attack.",
      refused(),
    ],
    [
      "quoted words of refusal",
      "Marrowgate General Hospital said it was \u201cunwilling and unable\u201d to pay the hackers.",
      refused(),
    ],
    [
      "no intention of paying",
      "The hospital has no intention of paying the attackers, its chief executive said.",
      refused(),
    ],
    [
      "declining a stated sum",
      "Marrowgate General Hospital declined to pay the $200,000 the gang asked for.",
      refused(200000, "USD"),
    ],
    [
      "a refusal after the demand in a later clause",
      "The attackers demanded \u00a3750,000; Marrowgate General Hospital refused to pay.",
      refused(750000, "GBP"),
    ],
    [
      "silence on whether a demand was made",
      "Marrowgate General Hospital has not said whether a ransom was demanded.",
      none,
    ],
    ["silence on whether it paid", "The hospital would not confirm whether it paid the attackers.", none],
    ["no demand received", "No ransom has been demanded, Marrowgate General Hospital said.", none],
    // demands worded without "ransom"
    [
      "a demand for bitcoin",
      "The hackers asked Marrowgate General Hospital for 2 BTC to restore access to its files.",
      asked(2, "BTC"),
    ],
    [
      "a sum to keep data private",
      "The group wants 10 bitcoin from Marrowgate General Hospital in exchange for not publishing the files.",
      asked(10, "BTC"),
    ],
    [
      "a ransom note asking for a sum in words",
      "The ransom note left on Marrowgate General Hospital's servers asked for half a million dollars.",
      asked(500000, "USD"),
    ],
    [
      "a note asking for payment",
      "The hackers left a note demanding payment in cryptocurrency from Marrowgate General Hospital.",
      asked(null, null),
    ],
    [
      "a reported claim of a demand",
      "The gang claims it demanded 5 million euros from Marrowgate General Hospital.",
      asked(5000000, "EUR"),
    ],
    // currencies
    [
      "crore",
      "The hackers want \u20b95 crore from Marrowgate General Hospital to decrypt its systems.",
      asked(50000000, "INR"),
    ],
    ["Rs and lakh", "A ransom of Rs 10 lakh was demanded from Marrowgate General Hospital.", asked(1000000, "INR")],
    ["Swiss francs", "The attackers demanded CHF 2 million from Marrowgate General Hospital.", asked(2000000, "CHF")],
    ["Australian dollars", "The gang demanded A$1.5 million from Marrowgate General Hospital.", asked(1500000, "AUD")],
    ["Canadian dollars", "The hackers asked Marrowgate General Hospital for a C$500,000 ransom.", asked(500000, "CAD")],
    ["yen", "The ransom demand sent to Marrowgate General Hospital was \u00a510 million.", asked(10000000, "JPY")],
    ["Monero", "The gang demanded 300 XMR from Marrowgate General Hospital.", asked(300, "XMR")],
    [
      "an abbreviated million",
      "Marrowgate General Hospital paid a \u00a31.4m ransom, the trust's board papers show.",
      paid(1400000, "GBP"),
    ],
    // money that is no ransom
    [
      "a gang's usual range",
      "Marrowgate General Hospital was hit by ransomware on Tuesday. Gangs of this kind typically demand between $1 million and $5 million from hospitals.",
      none,
    ],
    [
      "a regulator's fine",
      "The data protection authority fined Marrowgate General Hospital \u20ac250,000 over the breach.",
      none,
    ],
    [
      "an insurance payout",
      "Marrowgate General Hospital's cyber insurer paid out \u00a3400,000 to cover the recovery.",
      none,
    ],
    ["recovery costs", "Restoring systems after the attack cost Marrowgate General Hospital \u00a34.6m.", none],
    [
      "a payment in an earlier incident",
      "Marrowgate General Hospital was hit by ransomware this week. Two years ago, the hospital paid a $300,000 ransom to another gang.",
      none,
    ],
    // hedging and belief
    [
      "a believed payment",
      "It is believed Marrowgate General Hospital paid the hackers around $1.4m.",
      paid(1400000, "USD"),
    ],
    ["a present-tense refusal", "Marrowgate General Hospital is not paying, a spokeswoman told reporters.", refused()],
    [
      "a policy of never paying",
      "Marrowgate General Hospital's policy is never to pay ransoms, its chief executive said.",
      refused(),
    ],
    [
      "a refusal in a relative clause",
      "The hackers asked for a ransom, which Marrowgate General Hospital didn't pay.",
      refused(),
    ],
    ["paying ruled out", "Paying the hackers was not an option, Marrowgate General Hospital said.", refused()],
    [
      "paying for something else, negated",
      "Marrowgate General Hospital did not pay for credit monitoring after the attack.",
      none,
    ],
    [
      "paying attention",
      "After the ransomware attack, Marrowgate General Hospital is not paying attention to its critics.",
      none,
    ],
    [
      "paying for something else",
      "After the ransomware attack, Marrowgate General Hospital paid for credit monitoring for its patients.",
      none,
    ],
    ["paying for a key", "Marrowgate General Hospital paid the hackers for a decryption key.", paid(null, null)],
    [
      "refusing to pay for the data's release",
      "Marrowgate General Hospital refused to pay for the release of the data.",
      refused(),
    ],
    [
      "a deadline for a payment",
      "The gang set Marrowgate General Hospital a Friday deadline for a payment of $3 million.",
      asked(3000000, "USD"),
    ],
    ["seeking a sum", "The attackers are seeking $4m from Marrowgate General Hospital.", asked(4000000, "USD")],
    [
      "pounds in words",
      "The hackers are demanding 1.2 million pounds from Marrowgate General Hospital.",
      asked(1200000, "GBP"),
    ],
    [
      "rupees in words",
      "The attackers sought a ransom of 50 million rupees from Marrowgate General Hospital.",
      asked(50000000, "INR"),
    ],
    ["crore rupees", "The hackers demanded 1.5 crore rupees from Marrowgate General Hospital.", asked(15000000, "INR")],
    [
      "a demand as a compound noun",
      "Marrowgate General Hospital received a $10m demand from the gang.",
      asked(10000000, "USD"),
    ],
    [
      "a crypto sum with its dollar value",
      "The group is asking for 20 BTC (around $1.2 million) from Marrowgate General Hospital.",
      asked(20, "BTC"),
    ],
    [
      "an auction's starting bid",
      "The gang is auctioning the Marrowgate General Hospital data with a starting bid of $200,000.",
      asked(200000, "USD"),
    ],
    [
      "a payment without a sum",
      "A ransom was paid, Marrowgate General Hospital's insurer confirmed.",
      paid(null, null),
    ],
    [
      "an undisclosed sum paid",
      "Marrowgate General Hospital paid an undisclosed sum to the hackers.",
      paid(null, null),
    ],
    [
      "negotiations over a ransom",
      "Negotiations over a ransom between Marrowgate General Hospital and the gang broke down last week.",
      asked(null, null),
    ],
    [
      "a demand negotiated down, then paid",
      "Marrowgate General Hospital's insurer negotiated the gang's demand down and paid $450,000.",
      paid(450000, "USD"),
    ],
    ["a refusal to negotiate", "The gang claimed Marrowgate General Hospital refused to negotiate.", refused()],
    [
      "a payment reported by the gang",
      "According to the gang, Marrowgate General Hospital has already paid.",
      paid(null, null),
    ],
    [
      "a deadline to pay",
      "The gang gave Marrowgate General Hospital seven days to pay or see its data published.",
      asked(null, null),
    ],
    [
      "a sale price in bitcoin",
      "The hackers are selling the data stolen from Marrowgate General Hospital for 15 BTC.",
      asked(15, "BTC"),
    ],
    ["thousands as k", "The gang demanded \u00a3150k from Marrowgate General Hospital.", asked(150000, "GBP")],
    [
      "the first of two currencies",
      "The criminals are demanding a ransom of $1.2 million, or about \u20ac1.1 million, from Marrowgate General Hospital.",
      asked(1200000, "USD"),
    ],
    [
      "a demand the victim denied",
      "Local media reported that the hackers had demanded $2 million from Marrowgate General Hospital, which the hospital denied.",
      none,
    ],
    [
      "a demand the victim refused",
      "The hackers demanded $2 million, which Marrowgate General Hospital has refused to pay.",
      refused(2000000, "USD"),
    ],
    [
      "talks with the attackers",
      "Marrowgate General Hospital is reportedly in talks with the attackers.",
      asked(null, null),
    ],
    [
      "a demand confirmed without its sum",
      "Marrowgate General Hospital confirmed a ransom demand but did not disclose the amount.",
      asked(null, null),
    ],
    [
      "a gang's history of demands",
      "Marrowgate General Hospital was hit on Monday. The gang has a history of demanding more than $10 million from hospitals.",
      none,
    ],
    [
      "another victim's payment",
      "Marrowgate General Hospital was hit on Monday. Last year the same gang was paid $4 million by another health system.",
      none,
    ],
    ["money set aside", "Marrowgate General Hospital set aside \u00a32m to cover the cost of the attack.", none],
    [
      "advice not to pay",
      "Marrowgate General Hospital was hit on Monday. The federal government advises victims not to pay ransoms.",
      none,
    ],
    [
      "rupees with a dollar value",
      "Hackers demanded 10 million rupees (about $120,000) from Marrowgate General Hospital.",
      asked(10000000, "INR"),
    ],
    [
      "a share of revenue as the gang's habit",
      "Marrowgate General Hospital was hit by ransomware. The gang typically asks for 5% of a victim's annual revenue.",
      none,
    ],
    [
      "spending on recovery",
      "Marrowgate General Hospital has spent $7 million on forensic work and new servers since the attack.",
      none,
    ],
  ])("%s", (_name, text, ransom) => {
    expect(extract(HIT, text).ransom).toEqual(ransom);
  });
});

describe("news language: people and data volume", () => {
  it.each<[string, string, number | null]>([
    ["an abbreviated million", "The breach at Marrowgate General Hospital affected 1.4m patients.", 1400000],
    ["nearly, in words", "Data on nearly 2 million people was stolen from Marrowgate General Hospital.", 2000000],
    [
      "half a million",
      "Hackers took records of over half a million patients from Marrowgate General Hospital.",
      500000,
    ],
    [
      "employees are people",
      "Personal details of 12,500 employees were stolen in the attack on Marrowgate General Hospital.",
      12500,
    ],
    [
      "staff who did the harm are not victims",
      "Three employees were fired for snooping, and Marrowgate General Hospital said the breach affected 2,100 patients.",
      2100,
    ],
    [
      "an organisation's size is not a victim count",
      "Marrowgate General Hospital, which has 9,000 employees, said hackers stole the data of 640 patients.",
      640,
    ],
    ["records", "Attackers copied two million records from Marrowgate General Hospital.", 2000000],
    [
      "size figures are not victims",
      "Marrowgate General Hospital, which employs 4,000 staff and treats 300,000 patients a year, said hackers stole data on 3,200 patients.",
      3200,
    ],
    ["patient files", "Hackers accessed about 30,000 patient files at Marrowgate General Hospital.", 30000],
    ["a share of the whole", "Marrowgate General Hospital said 5,000 of its 20,000 patients had data stolen.", 5000],
    [
      "a quarter of a million",
      "Information on almost a quarter of a million patients was stolen from Marrowgate General Hospital.",
      250000,
    ],
    ["people told by letter", "Marrowgate General Hospital is writing to 8,400 patients whose data was stolen.", 8400],
    ["vague amounts", "Tens of thousands of patients at Marrowgate General Hospital may have had data stolen.", null],
    ["beds are not people", "The 500-bed Marrowgate General Hospital was hit by a cyber attack on Sunday.", null],
    ["members", "Marrowgate Health Plan said 3.2 million members were affected by the breach.", 3200000],
    [
      "current and former patients",
      "The breach compromised the personal data of around 870,000 current and former patients of Marrowgate General Hospital.",
      870000,
    ],
    [
      "the affected count, not the customer base",
      "The stolen files include data on 1.2 million individuals; Marrowgate Health Plan has 10 million members.",
      1200000,
    ],
    ["people notified", "Marrowgate General Hospital notified 45,312 people that their data had been stolen.", 45312],
    [
      "thousand in words",
      "Hackers stole the medical records of some 250 thousand patients of Marrowgate General Hospital.",
      250000,
    ],
    ["k for thousand", "More than 100k patients of Marrowgate General Hospital had data stolen.", 100000],
  ])("people: %s", (_name, text, n) => {
    expect(extract(HIT, text).people_affected).toBe(n);
  });

  it.each<[string, string, number | null]>([
    ["terabytes, abbreviated", "The gang says it stole 1.5TB of data from Marrowgate General Hospital.", 1.5e12],
    ["gigabytes, spelled out", "Hackers exfiltrated 400 gigabytes of files from Marrowgate General Hospital.", 4e11],
    ["megabytes", "A 750MB archive of Marrowgate General Hospital files appeared on the leak site.", 7.5e8],
    [
      "stolen outranks published, with the taker after the figure",
      "Around 500 GB of Marrowgate General Hospital files were published, out of the 2TB the gang says it stole.",
      2e12,
    ],
    [
      "data the victim stores is no haul",
      "Marrowgate General Hospital stores 40TB of imaging data, none of which was taken.",
      null,
    ],
    [
      "a claimed volume",
      "The hackers claim to have exfiltrated 80 gigs of patient data from Marrowgate General Hospital.",
      8e10,
    ],
    ["vague volume", "Several terabytes of data were taken from Marrowgate General Hospital.", null],
  ])("volume: %s", (_name, text, n) => {
    expect(extract(HIT, text).data_volume_bytes).toBe(n);
  });
});

describe("news language: impact on care", () => {
  it.each<[string, string, string[]]>([
    [
      "appointments on hold",
      "Outpatient clinics at Marrowgate General Hospital have put appointments on hold.",
      ["appointments-cancelled"],
    ],
    [
      "chemotherapy delayed",
      "Some chemotherapy treatments were delayed at Marrowgate General Hospital.",
      ["operations-cancelled"],
    ],
    ["scans rescheduled", "MRI scans were rescheduled for later in the month.", ["appointments-cancelled"]],
    [
      "ambulances sent elsewhere",
      "Ambulances were sent to neighbouring hospitals while the emergency department was offline.",
      ["ambulance-diversion"],
    ],
    ["back to pen and paper", "Nurses have gone back to pen and paper to record observations.", ["paper-records"]],
    ["manual processes", "Staff are working with manual processes until the network is rebuilt.", ["paper-records"]],
    ["phone lines down", "Phone lines at Marrowgate General Hospital are down.", ["systems-offline"]],
    ["website knocked offline", "The hospital's website was knocked offline for several hours.", ["systems-offline"]],
    [
      "an emergency department closed",
      "The emergency department closed its doors to walk-in patients.",
      ["services-closed"],
    ],
    ["a practice closed for days", "The GP practice had to close for two days after the attack.", ["services-closed"]],
    [
      "data posted on a leak site",
      "Files stolen from the hospital have been posted on the gang's leak site.",
      ["data-leaked"],
    ],
    [
      "data offered for sale",
      "The stolen patient database is being offered for sale on a hacking forum.",
      ["data-leaked"],
    ],
    [
      "patients sent to a named hospital",
      "Patients needing urgent care were redirected to St Olave's Hospital.",
      ["ambulance-diversion"],
    ],
    ["patients moved within the hospital", "Patients were moved to the hospital's other wing.", []],
    [
      "ambulances no longer accepted",
      "Marrowgate General Hospital stopped accepting ambulances overnight.",
      ["ambulance-diversion"],
    ],
    ["handwritten notes", "Staff are using fax machines and handwritten notes.", ["paper-records"]],
    ["records inaccessible", "Electronic health records remained inaccessible on Monday.", ["systems-offline"]],
    [
      "taken down as a precaution",
      "The hospital's intranet and email were taken down as a precaution.",
      ["systems-offline"],
    ],
    ["no disruption stated", "There was no disruption to patient services, the hospital said.", []],
    ["a possible leak", "The stolen data could be published if the hospital does not pay.", []],
    ["a sample shown as proof", "A sample of the files was shared as proof on the leak site.", []],
    ["stated absence", "Patient care was not affected, Marrowgate General Hospital said.", []],
    [
      "stated absence with a contraction",
      "Appointments haven\u2019t been cancelled and the emergency department remains open.",
      [],
    ],
    ["a condition", "If systems are not restored by Friday, surgeries might be postponed.", []],
    ["a plan", "The trust plans to switch off its email servers next week as a precaution.", []],
    ["a threat to leak", "The gang threatened to publish the data within a week.", []],
    ["background effects", "In a 2019 attack, the same hospital had to divert ambulances for three days.", []],
    [
      "surgeries pushed back",
      "Elective surgeries have been pushed back at Marrowgate General Hospital.",
      ["operations-cancelled"],
    ],
    [
      "a department on diversion",
      "The emergency department went on diversion for most of Tuesday.",
      ["ambulance-diversion"],
    ],
    ["a suspended service", "The hospital's blood-test service was suspended after the attack.", ["services-closed"]],
    ["prescriptions by hand", "Doctors had to write prescriptions by hand.", ["paper-records"]],
    ["a portal unavailable", "The patient portal was unavailable for a week.", ["systems-offline"]],
    [
      "a network shut down as a precaution",
      "Marrowgate General Hospital shut down its computer network as a precaution.",
      ["systems-offline"],
    ],
    ["a plan to close", "The clinic plans to close its walk-in service on Friday.", []],
    ["'close' as an adjective", "The walk-in clinic is close to the hospital's main entrance.", []],
    ["a service said to stay open", "The maternity service was not suspended, the hospital said.", []],
    ["a negated outage", "Systems were not taken offline, Marrowgate General Hospital said.", []],
    ["a possible delay", "Procedures could be delayed in the coming days.", []],
    ["appointments rebooked", "Hundreds of appointments had to be rebooked.", ["appointments-cancelled"]],
    [
      "treatment postponed for a group of patients",
      "Dozens of cancer patients had their treatment postponed.",
      ["operations-cancelled"],
    ],
  ])("%s", (_name, text, impact) => {
    expect(extract(HIT, text).impact).toEqual(impact);
  });
});

describe("news language: attack types", () => {
  it.each<[string, string, string[]]>([
    [
      "a ransomware gang that stole data",
      "A ransomware gang stole patient data from Marrowgate General Hospital.",
      ["data-theft"],
    ],
    ["encrypted servers", "Servers at Marrowgate General Hospital were encrypted overnight.", ["ransomware"]],
    [
      "a negated encryption",
      "Hackers stole data from Marrowgate General Hospital, but the files were not encrypted.",
      ["data-theft"],
    ],
    [
      "encryption as protection",
      "The stolen laptop's data was encrypted at rest, Marrowgate General Hospital said.",
      ["data-theft"],
    ],
    ["a denial of service", "A DDoS attack knocked the Marrowgate General Hospital website offline.", ["ddos"]],
    [
      "an employee emailing records",
      "A former employee emailed patient files to a personal account, Marrowgate General Hospital said.",
      ["insider"],
    ],
    ["a nurse snooping", "A nurse accessed the records of 300 patients without authorisation.", ["insider"]],
    [
      "an open storage bucket",
      "An unsecured cloud storage bucket exposed 20,000 patient records at Marrowgate General Hospital.",
      ["misconfiguration"],
    ],
    [
      "a phishing email",
      "A member of staff fell for a phishing email that gave the attackers access to mailboxes.",
      ["phishing"],
    ],
    [
      "executive impersonation",
      "Fraudsters posing as the chief financial officer persuaded staff to redirect a supplier payment.",
      ["bec"],
    ],
    [
      "only a cyber attack",
      "Marrowgate General Hospital is dealing with a cyber attack, it said on Monday.",
      ["unknown"],
    ],
    [
      "a threat to leak stolen files",
      "The hackers stole files and threatened to leak them unless the hospital paid.",
      ["data-theft", "extortion"],
    ],
    [
      "a demand for a sum beside stolen data",
      "The attackers stole patient files and are demanding $2 million from Marrowgate General Hospital.",
      ["data-theft", "extortion"],
    ],
    [
      "a demand in rupees beside stolen data",
      "Hackers stole patient records and demanded Rs 50 lakh from Marrowgate General Hospital.",
      ["data-theft", "extortion"],
    ],
    [
      "a group named Ransom-something is no ransom",
      "RansomHub stole patient files from Marrowgate General Hospital.",
      ["data-theft"],
    ],
    [
      "a range of sums is no demand",
      "The attackers stole patient files. Letters to patients sought payments of $200 to $1,000 each.",
      ["data-theft"],
    ],
    [
      "stolen credentials are a way in",
      "The attackers used stolen credentials to log into the VPN and deploy ransomware.",
      ["ransomware"],
    ],
    [
      "a link in a fake email",
      "A staff member clicked a link in a fake email, giving hackers access to the hospital's network.",
      ["phishing"],
    ],
    [
      "a leaver downloading records",
      "A former employee downloaded 5,000 patient records before leaving the company.",
      ["insider"],
    ],
    [
      "staff tricked into a transfer",
      "Criminals tricked the finance team into wiring $800,000 to a fraudulent account.",
      ["bec"],
    ],
    [
      "crippled by a named ransomware",
      "The LockBit ransomware attack crippled the hospital's systems.",
      ["ransomware"],
    ],
    [
      "a gang behind a theft without encryption",
      "The gang behind the attack is a ransomware group, but no files were encrypted; it stole data instead.",
      ["data-theft"],
    ],
    [
      "a ransomware denial",
      "Marrowgate General Hospital said there is no evidence that ransomware was involved in the incident.",
      ["unknown"],
    ],
    [
      "locked out by ransomware",
      "The attackers deployed ransomware that locked staff out of their computers.",
      ["ransomware"],
    ],
    [
      "theft before encryption",
      "The hackers exfiltrated data before encrypting systems at Marrowgate General Hospital.",
      ["ransomware", "data-theft"],
    ],
    [
      "a misconfigured server",
      "A misconfigured server left Marrowgate General Hospital patient records accessible online.",
      ["misconfiguration"],
    ],
    [
      "a flood of traffic",
      "A flood of junk traffic from a hacktivist group took the hospital's websites down.",
      ["ddos"],
    ],
    ["an info-stealer", "Info-stealer malware harvested staff passwords at Marrowgate General Hospital.", ["malware"]],
  ])("%s", (_name, text, types) => {
    expect(extract(HIT, text).attack_types).toEqual(types);
  });
});

describe("news language: country", () => {
  it.each<[string, string, string, string | null]>([
    [
      "a demonym",
      "Ransomware hits Swiss hospital group",
      "Hirslenberg Hospital Group said its systems were encrypted.",
      "CH",
    ],
    ["a German state", "Cyber attack on Kreisklinik Aldenau", "The hospital in Bavaria was hit by ransomware.", "DE"],
    ["a French city", "Hackers hit Clinique Saint-Amand", "The clinic in Lyon said data had been stolen.", "FR"],
    [
      "a Canadian province",
      "Brookvale Health hit by cyber attack",
      "The Ontario health network said systems were offline.",
      "CA",
    ],
    [
      "an Australian state",
      "Data breach at Coral Coast Health",
      "The Queensland provider said patient data was stolen.",
      "AU",
    ],
    [
      "a small country's demonym",
      "Slovenian hospital hit by ransomware",
      "Staff at Ljutomir General Hospital were back on paper.",
      "SI",
    ],
    [
      "a New Zealand city",
      "Cyber attack on Harbourside Medical Centre",
      "The Auckland clinic said its patient records were accessed.",
      "NZ",
    ],
    [
      "a Latin American capital",
      "Ransomware hits Clinica San Felipe",
      "The private clinic in Lima said its systems were down.",
      "PE",
    ],
    [
      "a Welsh health board",
      "Cyber attack on Cwm Taf health board",
      "The Welsh health board said systems were down.",
      "GB",
    ],
    [
      "a Canadian province in French",
      "Ransomware at CISSS des Laurentides",
      "The Quebec health agency said patient data was stolen.",
      "CA",
    ],
    [
      "an African demonym",
      "Kenyan hospital hit by ransomware",
      "Marwa Referral Hospital said its systems were encrypted.",
      "KE",
    ],
    [
      "an Asian capital",
      "Data breach at Greenview Hospital",
      "The hospital in Dhaka said patient records were stolen.",
      "BD",
    ],
    [
      "a city with a hyphenated adjective",
      "Ransomware hits Lotus Multispeciality Hospital",
      "The Mumbai-based hospital said its servers were encrypted.",
      "IN",
    ],
    ["an Irish body", "Cyber attack on Irish health service", "The HSE said it had shut down its IT systems.", "IE"],
    [
      "a city in a company's name",
      "Paris Pharmacy Group hit by cyber attack",
      "The Quebec pharmacy chain said customer data was stolen.",
      "CA",
    ],
    ["an Italian region", "Ransomware hits hospital in Lombardy", "ASST Valcamonica said its systems were down.", "IT"],
    [
      "a small island state",
      "Cyber attack hits Maltese hospital",
      "Mater Dei Hospital said its systems were down.",
      "MT",
    ],
    [
      "a Baltic capital",
      "Data breach at Estonian clinic",
      "The Tallinn clinic said records of 10,000 patients were stolen.",
      "EE",
    ],
    [
      "a Spanish region",
      "Ransomware at Hospital Universitario Costa",
      "The hospital in Catalonia said surgeries were postponed.",
      "ES",
    ],
    ["a demonym of the Philippines", "Hackers hit Filipino insurer", "PhilHealth said member data was stolen.", "PH"],
    [
      "a Scottish board",
      "Cyber attack on Scottish health board",
      "NHS Dumfries and Galloway said patient data was published.",
      "GB",
    ],
    [
      "a town named after a country, in the headline too",
      "Cyber attack on Lebanon hospital",
      "Good Samaritan Hospital in Lebanon, Pa., said systems were down.",
      "US",
    ],
    [
      "a town named after a city, in the headline too",
      "Cyber attack on hospital in London",
      "The London, Ontario hospital said systems were down.",
      "CA",
    ],
    [
      "the country itself",
      "Cyber attack on hospital in Lebanon",
      "The Beirut hospital said its systems were down.",
      "LB",
    ],
    [
      "the attackers' country is not the victim's",
      "Russian-speaking gang hits Dallow Regional Hospital",
      "The Texas hospital said the attack was claimed by a Russian-speaking group.",
      "US",
    ],
  ])("%s", (_name, title, text, code) => {
    expect(extract(title, text).country).toBe(code);
  });
});

describe("news language: attacker groups", () => {
  it.each<[string, string, string[]]>([
    ["a group with 'gang'", "The Rhysida gang claimed the attack on Marrowgate General Hospital.", ["Rhysida"]],
    ["a group with 'Ransom' suffix", "INC Ransom listed Marrowgate General Hospital on its leak site.", ["INC Ransom"]],
    [
      "a version number",
      "Lockbit 3.0 claimed responsibility for the attack on Marrowgate General Hospital.",
      ["LockBit"],
    ],
    ["a name in typographic quotes", "The attack was carried out by a group known as \u201cMedusa.\u201d", ["Medusa"]],
    ["a zero for an o", "Cl0p claimed to have stolen data from Marrowgate General Hospital.", ["Clop"]],
    [
      "background group dropped",
      "Marrowgate General Hospital was hit by BianLian. Last month the Akira gang hit another hospital in the region.",
      ["BianLian"],
    ],
    ["the work of a group", "The hack on Marrowgate General Hospital was the work of the Everest group.", ["Everest"]],
    [
      "a comparison dropped",
      "Marrowgate General Hospital was hit by Play ransomware. Researchers compared its tactics to those of Black Basta.",
      ["Play"],
    ],
    ["a slash alias", "An ALPHV/BlackCat affiliate claimed the attack on Marrowgate General Hospital.", ["ALPHV"]],
    [
      "background group after the time cue",
      "Marrowgate General Hospital was hit by BianLian. The Akira gang struck a different clinic in the city weeks ago.",
      ["BianLian"],
    ],
    [
      "a group that resembles another",
      "Marrowgate General Hospital was hit by Rhysida, whose methods resemble those of Vice Society.",
      ["Rhysida"],
    ],
    [
      "a new victim of a group is no background",
      "Qilin has hit another hospital: Marrowgate General Hospital said on Monday its systems were encrypted.",
      ["Qilin"],
    ],
    [
      "a group named for its takedown",
      "The group, which emerged after LockBit's takedown, claimed the attack on Marrowgate General Hospital.",
      [],
    ],
    [
      "an attribution",
      "The attack on Marrowgate General Hospital has been attributed to Scattered Spider.",
      ["Scattered Spider"],
    ],
    [
      "a name in single quotes",
      "A gang calling itself 'Ransomhouse' claimed the attack on Marrowgate General Hospital.",
      ["RansomHouse"],
    ],
    ["a tracker's group label", "Marrowgate General Hospital appeared on a leak site. Group: Lynx.", ["Lynx"]],
    [
      "a label-like phrase mid-sentence is no cue",
      "Fog delayed the ferry; the hospital's group: Play therapy sessions were moved.",
      [],
    ],
    ["a group ruled out", "Marrowgate General Hospital said it had no evidence that Clop was responsible.", []],
    [
      "a relative of the group dropped",
      "Royal, a ransomware group with ties to Conti, claimed the attack on Marrowgate General Hospital.",
      ["Royal"],
    ],
  ])("%s", (_name, text, groups) => {
    expect(extract(HIT, text).attacker_groups).toEqual(groups);
  });
});

describe("news language: relevance", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a tracker post on a dental practice",
      "Akira has just published a new victim : Brookmere Family Dental (US)",
      "Akira claims Brookmere Family Dental.",
      true,
    ],
    [
      "a tracker headline on an orthopaedic group",
      "RansomHub claims attack on Westbury Orthopaedics",
      "The group listed Westbury Orthopaedics on its leak site on Monday.",
      true,
    ],
    [
      "a school district",
      "Ransomware attack on Lakeside school district",
      "Lakeside Unified School District said classes continue despite the attack.",
      false,
    ],
    [
      "a council with a knock-on effect",
      "City council hit by ransomware",
      "Harwell City Council said the attack also delayed social care referrals.",
      false,
    ],
    [
      "advice to hospitals",
      "Hospitals urged to patch VPNs after government warning",
      "Health providers should apply the update, the cyber agency said.",
      false,
    ],
    [
      "a survey",
      "Survey: two thirds of hospitals hit by ransomware last year",
      "A new report by a security firm says ransomware remains the top threat to healthcare.",
      false,
    ],
    [
      "an outage that was no attack",
      "IT outage at Dunmere Hospital",
      "The outage at Dunmere Hospital was not a cyber attack, officials said.",
      false,
    ],
    [
      "a tracker post on a fertility clinic",
      "Hunters International claims breach of Kessington Fertility Clinic",
      "Kessington Fertility Clinic appeared on the group's leak site on Sunday.",
      true,
    ],
    [
      "a warning to hospitals",
      "FBI warns hospitals of new ransomware strain",
      "Agents say the strain has hit several health systems.",
      false,
    ],
    [
      "a utility with a hospital on generators",
      "Cyber attack on Harwell water utility",
      "The attack on Harwell Water left the town's hospital running on backup supplies.",
      false,
    ],
    [
      "a tracker post with field labels",
      "New victim: Carrow Valley Surgery (UK)",
      "Group: Lynx. Discovered: 2025-03-04. Description: GP practice in Norfolk.",
      true,
    ],
    [
      "a tracker post on a non-healthcare firm",
      "New victim: Kestrel Logistics (US)",
      "Group: Akira. Description: freight company in Ohio.",
      false,
    ],
    [
      "a health-IT supplier",
      "Ransomware hits dental software supplier",
      "Toothline, which provides practice-management software to 3,000 dental practices, said its servers were encrypted.",
      true,
    ],
    [
      "a software firm outside healthcare",
      "Software firm hit by ransomware",
      "Codeway, a logistics software company, said its servers were encrypted.",
      false,
    ],
    [
      "a defence against attacks is no attack",
      "Marrowgate General Hospital opens new cyber security centre",
      "The hospital said the centre would protect patients from ransomware attacks.",
      false,
    ],
    [
      "an outage that was not malicious",
      "Hospital IT outage caused by faulty update",
      "Marrowgate General Hospital said the outage was caused by a software update and was not malicious.",
      false,
    ],
    [
      "healthcare news without an attack",
      "New surgical wing opens at Dunmere Hospital",
      "Dunmere Hospital opened four new operating theatres on Monday.",
      false,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});

// Short invented articles that mix the classes above, as real pages do; each checks the fields it states.
describe("news language: short articles", () => {
  it.each<[string, string, string, Partial<Entities>]>([
    [
      "a UK trust: cancellations, diversion and a bitcoin demand",
      "Hospital trust says cyber attack forced it to cancel operations",
      "Marrowgate NHS Foundation Trust said on Tuesday that a cyber attack had forced it to cancel more than 200 operations. The trust declared a critical incident and ambulances were diverted to neighbouring hospitals. The Rhysida group has claimed responsibility and is demanding 20 bitcoin. In 2022, the same trust was fined \u00a3500,000 over a separate data breach.",
      {
        relevant: true,
        attacker_groups: ["Rhysida"],
        ransom: asked(20, "BTC"),
        country: "GB",
        impact: ["operations-cancelled", "ambulance-diversion"],
      },
    ],
    [
      "an Australian lab: an asking price and a refusal",
      "Coral Bay Pathology confirms data theft",
      "Queensland-based Coral Bay Pathology says hackers stole about 1.2TB of data, including the records of roughly 350,000 patients. The lab said testing services were not affected. The Medusa ransomware gang listed the company on its leak site, asking A$750,000 for the files. Coral Bay said it would not pay.",
      {
        relevant: true,
        attacker_groups: ["Medusa"],
        ransom: refused(750000, "AUD"),
        data_volume_bytes: 1.2e12,
        people_affected: 350000,
        country: "AU",
        impact: [],
      },
    ],
    [
      "an Indian hospital: crore, manual work, not paid",
      "Hackers demand Rs 100 crore from Mumbai hospital",
      "Lotus Multispeciality Hospital in Mumbai was hit by ransomware on Sunday, locking doctors out of patient files. Staff switched to manual registration. Police said the attackers demanded Rs 100 crore in cryptocurrency. The hospital has not paid.",
      {
        relevant: true,
        ransom: refused(1e9, "INR"),
        country: "IN",
        attack_types: ["ransomware"],
        impact: ["systems-offline", "paper-records"],
      },
    ],
    [
      "a tracker post on a US practice",
      "INC Ransom claims Dallow Family Medicine",
      "INC Ransom has added Dallow Family Medicine, a primary-care practice in Ohio, to its leak site, claiming to hold 60 GB of patient data. The group has not stated a ransom amount.",
      { relevant: true, attacker_groups: ["INC Ransom"], ransom: none, data_volume_bytes: 6e10, country: "US" },
    ],
    [
      "hacktivist DDoS on German hospital websites",
      "Pro-Russian hackers knock German hospital websites offline",
      "The hacktivist group NoName057(16) claimed DDoS attacks that took the websites of several hospitals in Bavaria offline on Wednesday. Patient care was not affected, a spokesperson for Klinikum Aldenau said.",
      {
        attacker_groups: ["NoName057(16)"],
        ransom: none,
        country: "DE",
        attack_types: ["ddos"],
        impact: ["systems-offline"],
      },
    ],
    [
      "a Canadian network that won't pay, in typographic quotes",
      "Ontario health network won\u2019t pay ransom",
      "Brookvale Health Network said it won\u2019t pay the ransom demanded by the hackers who encrypted its servers last week. \u201cWe are not going to reward criminals,\u201d chief executive Dana Moss said. Emergency departments at two hospitals were on diversion, and elective surgeries were postponed.",
      {
        relevant: true,
        ransom: refused(),
        country: "CA",
        attack_types: ["ransomware"],
        impact: ["operations-cancelled", "ambulance-diversion"],
      },
    ],
    [
      "a French clinic: euros in words and a refusal",
      "Hackers demand \u20ac2m from French clinic",
      "Clinique Saint-Amand in Lyon said attackers were demanding two million euros after stealing patient files. The clinic filed a complaint with police and said it has no intention of paying. Consultations continue, but the online booking system is down.",
      {
        relevant: true,
        ransom: refused(2000000, "EUR"),
        country: "FR",
        attack_types: ["data-theft", "extortion"],
        impact: ["systems-offline"],
      },
    ],
    [
      "a care home operator that paid after saying it would not",
      "Care home operator paid hackers, documents show",
      "Ashgrove Care Homes paid a ransom of about \u00a3250,000 in bitcoin after a cyber attack in March, according to board minutes seen by this newspaper. The company had earlier said it would not pay.",
      { relevant: true, ransom: paid(250000, "GBP") },
    ],
    [
      "this demand, not an earlier payment",
      "LockBit demands $1.5m from Kestwick Clinic",
      "The LockBit gang is demanding $1.5 million from Kestwick Clinic. In 2021, the clinic paid $200,000 to a different gang after a similar attack.",
      { relevant: true, attacker_groups: ["LockBit"], ransom: asked(1500000, "USD") },
    ],
    [
      "an advisory about a gang",
      "HHS warns of Rhysida attacks on hospitals",
      "The Health Sector Cybersecurity Coordination Center said the Rhysida gang has targeted hospitals in the US and UK, typically demanding between $500,000 and $5 million.",
      { relevant: false, ransom: none },
    ],
    [
      "a law firm holding medical records",
      "Law firm breach exposes medical records",
      "Hartley & Finch LLP, a personal injury law firm in Texas, said hackers stole files containing medical records of 40,000 clients.",
      { relevant: false },
    ],
    [
      "a pharmacist looking at records",
      "Pharmacist accessed patient records without permission",
      "A pharmacist at Greenway Pharmacy in Manchester viewed the records of 1,300 patients without authorisation, the company said.",
      { relevant: true, attack_types: ["insider"], people_affected: 1300, country: "GB" },
    ],
    [
      "an open database at a dental chain",
      "Exposed database held dental patients' x-rays",
      "Researchers found an unprotected database belonging to Smileline Dental that exposed the x-rays and names of 80,000 patients.",
      { relevant: true, attack_types: ["misconfiguration"], people_affected: 80000, impact: [] },
    ],
    [
      "systems back online, nothing cancelled",
      "Hospital restores systems after attack",
      "Marrowgate General Hospital said its systems were back online on Friday after a ransomware attack. No operations were cancelled, and the hospital did not need to divert ambulances.",
      { relevant: true, attack_types: ["ransomware"], impact: ["systems-offline"] },
    ],
    [
      "the affected members, not the customer base",
      "Breach at health insurer hits nearly 2.5 million",
      "Harbourline Health Insurance said the data of nearly 2.5 million members was accessed. The insurer has about 9 million customers.",
      { relevant: true, people_affected: 2500000 },
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text)).toMatchObject(want);
  });
});
