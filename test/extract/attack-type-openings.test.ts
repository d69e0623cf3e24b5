import { describe, expect, it } from "vitest";
import { CUES } from "../../src/extract/attack-type";
import { matchesOpening, openingWords, stickyOf } from "../../src/extract/opening-words";
import { extract } from "./helpers";

// Sentences naming every phrase of each attack-type cue (by its place in CUES): tried only at their opening words, the
// cues must give what a scan of the whole sentence gives.
const SENTENCES: string[][] = [
  ["Ransomware hit the trust; the ransomware was removed."],
  [
    "Files and systems were locked up, servers at the site were later encrypted, and it encrypted the backups.",
    "Hackers quickly encrypted drives; data encrypted by LockBit, an encryption malware, a crypto virus.",
    "A decryption key, the decryptor and a ransom note; the gang locked computers; records were encrypted.",
  ],
  [
    "An encryptor, file-encrypting malware, data encrypting tools, the encryption of its databases, scrambled servers.",
    "Servers were scrambled; it locked staff out of their own patient records; a key to unlock them; software to decrypt.",
    "A note appeared on every screen, messages popped up on computers, demands displayed on monitors.",
    "Defences stopped the encryption, blocked an encryption, prevented any encryption and halted the encryption.",
  ],
  [
    "Die Server wurden verschlüsselt, ein Verschlüsselungstrojaner, verschluesselt, Erpressungstrojaner, Erpressersoftware.",
  ],
  ["Daten gestohlen, erbeutete Daten, abgeflossen, entwendet, abgegriffen, ein Datendiebstahl."],
  ["Ein Lösegeld, Loesegeldforderung und Erpressung, erpresst."],
  ["Sie drohen mit der Veröffentlichung; die Daten zu veroeffentlichen drohten sie."],
  [
    "They stole and had stolen data, steal files, exfiltrated records, theft of data, data theft, made off with, copied files.",
  ],
  ["The gang says it is holding 4TB of records and has published 900 GB."],
  ["With some 600 gigabytes of photos in hand, the gang wrote."],
  ["Patient files remain in the hands of the criminals."],
  [
    "The gang claims to have patient records; hackers said that they held the files; LockBit claimed it has data.",
    "A second gang, Pellmoor, said it holds the clinic's data.",
    "It claimed they are in possession of documents.",
  ],
  [
    "They took files, grabbed 40GB, copied data, obtained records, downloaded documents and acquired images.",
    "Records were taken from a server; data was copied; files stolen by the hackers; information obtained by criminals.",
    "Patient data held on the old billing server may have been obtained.",
    "Copying the files, grabbing 2TB and downloading records before encrypting the servers.",
  ],
  [
    "They leaked data; records of patients were published; posted documents; a breach of information.",
    "Files have been posted on a leak site; data of the hospital from last month was published online.",
  ],
  [
    "It threatened to publish; it will release files unless paid; data will be leaked; before the files are sold.",
    "A promise not to leak, a guarantee that no data will be sold, and will publish the files; double extortion.",
    "Its records will soon be publicly revealed.",
  ],
  [
    "It vowed to release, warned that it would leak, could be published as the gang threatened.",
    "In exchange for not publishing, a promise not to leak, for not selling the data, to stop the files from being posted.",
    "The scans could be revealed within days, the group has warned.",
  ],
  [
    "It paid the criminals to retrieve customer information, pays them to recover its files, paying to get the data back.",
  ],
  [
    "A ransom; it rejected the gang's demands; extortion, blackmail, a deadline; $2m demanded.",
    "They asked the hospital for $750,000, a countdown, an ultimatum, demanding two million euros, sought bitcoin.",
    "Call us if you want your files back, the note said, or if it wanted back the data.",
  ],
  ["Ten days to pay, paying for the deletion, refused to pay, paid the gang to delete the files."],
  [
    "Phishing, a phished account, spear-phishing, malicious links, spoofed emails, fake login pages.",
    "Staff clicked a link in an email; e-mails posing as the bank; messages pretending to be the CEO.",
  ],
  [
    "An insider, snooping staff, employees who improperly accessed, improperly viewed, inappropriately accessed.",
    "A former nurse stole, a rogue employee, accessed by a former employee, nurses who accessed files without a reason.",
    "A staff member emailed records to a personal account.",
  ],
  [
    "A misconfigured bucket, an unsecured, open database, servers left exposed online, data left open.",
    "A publicly accessible database, files on a public-facing server, without password protection.",
  ],
  ["A DDoS attack, denial-of-service, denial of service."],
  [
    "It brought down nine websites, knocked the sites of six trusts offline, portals were taken offline.",
    "They flooded servers with traffic, a flood of requests, overwhelmed the web servers by junk traffic.",
  ],
  ["A BEC scam."],
  [
    "Business email compromise, impersonating the CEO, posing as a vendor, invoice fraud, fake invoices.",
    "Staff were tricked into wiring funds, wired money to a fraudulent account, diverted payments, switched its bank details.",
  ],
  ["Malware, a trojan, an infostealer, info-stealer, spyware, a wiper, a backdoor, a keylogger and a computer virus."],
];

describe("attack-type cues tried at their opening words", () => {
  const table = openingWords(Object.fromEntries(CUES.map(([, , words], k) => [String(k), words])));
  const cases = SENTENCES.flatMap((texts, k) => texts.map((text) => [k, CUES[k]![0], text] as const));
  it("has sentences for every cue", () => {
    expect(SENTENCES.length).toBe(CUES.length);
  });
  it.each(cases)("cue %i (%s): %s", (k, _type, text) => {
    const re = CUES[k]![1];
    const whole = [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const tried = matchesOpening(re, stickyOf(re), text, table.find(text), table.bit[String(k)]!);
    expect(whole.length).toBeGreaterThan(0);
    expect(tried.map((m) => [m.index, m[0]])).toEqual(whole);
  });
});

// Data exposed or compromised, read where a data word or its verb opens, is data theft when no other type is stated.
describe("data said to be exposed", () => {
  it.each([
    ["Bay Clinic notifies patients", "Patient records on the server were compromised.", ["data-theft"]],
    ["Bay Clinic notifies patients", "The incident exposed the personal details of 3,000 patients.", ["data-theft"]],
    ["Bay Clinic notifies patients", "An intruder acquired some files.", ["data-theft"]],
    ["Bay Clinic notifies patients", "Information may have been exposed.", []],
    ["Bay Clinic notifies patients", "No data was compromised.", ["unknown"]],
  ])("%s. %s", (title, body, expected) => {
    expect(extract(title, body).attack_types).toEqual(expected);
  });
});

// A cyber word in a later sentence still stands for an attack of unstated kind, read only where one of its words is.
describe("an attack of unstated kind", () => {
  it.each([
    ["Bay Clinic notifies patients", "Staff noticed the intrusion on Monday.", ["unknown"]],
    ["Bay Clinic notifies patients", "An unauthorized party reached its network.", ["unknown"]],
    ["Bay Clinic notifies patients", "Its network was compromised in May.", ["unknown"]],
    ["Bay Clinic notifies patients", "A security incident was found in May.", ["unknown"]],
    ["Klinik Talberg informiert", "Das Klinikum war Ziel eines Hackerangriffs.", ["unknown"]],
    ["Bay Clinic notifies patients", "Letters went out on Monday.", []],
  ])("%s. %s", (title, body, expected) => {
    expect(extract(title, body).attack_types).toEqual(expected);
  });
});
