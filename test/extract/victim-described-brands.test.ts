// Brands with no health word that the text describes, in the shapes other newsrooms use: a member of a described class
// ("one of the largest plasma collectors"), descriptions headed by "agency", "administrator" or "health plan", therapy
// and counselling providers, a company suffix without a comma before it, and a sentence telling the attack by its
// attackers or a theft.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims: a brand the text describes as a healthcare body", () => {
  it.each<[string, string, string, string[]]>([
    [
      "one of the largest ... chains",
      "Store outage after cyberattack",
      "Pellwick, one of the biggest pharmacy chains in Quebec, said a cyberattack had shut its online ordering.",
      ["Pellwick"],
    ],
    [
      "one of its ... providers",
      "Cyberattack at Norvane",
      "Norvane, one of Ireland's largest home care providers, said hackers had stolen staff and client files.",
      ["Norvane"],
    ],
    [
      "a blood bank",
      "Cyberattack on blood bank forces plea for donations",
      "Redvale, a non-profit blood bank serving 90 hospitals, said a ransomware attack forced it to label blood by hand.",
      ["Redvale"],
    ],
    [
      "a tissue bank",
      "Cyber incident",
      "Corlane, a tissue bank in Ohio, said ransomware encrypted its donor records.",
      ["Corlane"],
    ],
    [
      "a home health agency",
      "Agency notifies patients",
      "Carrowvale, a home health agency in Maine, said ransomware encrypted its scheduling servers.",
      ["Carrowvale"],
    ],
    [
      "a third-party administrator of health plans",
      "Administrator breached",
      "Quillon, a third-party administrator of dental and vision plans, said an attacker reached its claims database.",
      ["Quillon"],
    ],
    [
      "a health plan",
      "Member data exposed",
      "Orvista, a regional health plan for public employees, said a ransomware attack exposed member files.",
      ["Orvista"],
    ],
    [
      "a provider of psychotherapy",
      "Clinic data stolen",
      "Halden Mind, a provider of online psychotherapy, said hackers stole client session records.",
      ["Halden Mind"],
    ],
    [
      "a physiotherapy practice",
      "Practice hacked",
      "Movewell, a physiotherapy practice in Cork, said ransomware locked its booking system.",
      ["Movewell"],
    ],
    [
      "a counselling service",
      "Service hacked",
      "Brightpath, a student counselling service, said a hacker stole notes from its case system.",
      ["Brightpath"],
    ],
    [
      "'Inc.' with no comma before it",
      "Pharmacy breach",
      "Tollway Partners Inc., a specialty pharmacy in Ohio, said hackers copied prescription files.",
      ["Tollway Partners Inc"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});

describe("victims: a brand named once, in a sentence that tells the attack by its doers or a theft", () => {
  it.each<[string, string[]]>([
    ["Attackers reached the servers of Fenmore, a dialysis provider in Ohio, the company said.", ["Fenmore"]],
    ["Intruders copied files belonging to Harwick, a fertility clinic operator, in April.", ["Harwick"]],
    ["Cybercriminals tried to steal records from Ostley, a home care provider in Kent.", ["Ostley"]],
    ["Threat actors took data from Greyling, a hospice provider, over two weeks.", ["Greyling"]],
  ])("%s", (text, want) => {
    expect(extract("Data taken", text).victim_orgs).toEqual(want);
  });
});

describe("victims: another incident named after 'comes N months after'", () => {
  it.each<[string, string[]]>([
    [
      "Halbrook Hospital was hit by ransomware on Monday. The attack comes two weeks after Dunmere Clinic was struck by the same group.",
      ["Halbrook Hospital"],
    ],
    [
      "Kelso Health said hackers stole patient data. It came just a year after Ridley Medical Center disclosed a breach.",
      ["Kelso Health"],
    ],
  ])("%s", (text, want) => {
    expect(extract("Hospital hit by hackers", text).victim_orgs).toEqual(want);
  });
});

describe("victims: round 2 shapes", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a practitioner noun opening a headline is no name",
      "Orthodontist hit by ransomware",
      "Brightline Orthodontics said ransomware encrypted its patient charts.",
      ["Brightline Orthodontics"],
    ],
    [
      "the owner after 'owned by' receives",
      "Scans cancelled",
      "Harlow Imaging, which is owned by Dunstan Health Partners, said a ransomware attack forced it to cancel scans.",
      ["Harlow Imaging"],
    ],
    [
      "the owner after 'acquired by' receives",
      "Lab hit",
      "Corbin Pathology Lab, acquired by Ferris Medical Group in March, said ransomware hit its servers.",
      ["Corbin Pathology Lab"],
    ],
    [
      "other victims the gang 'has also claimed'",
      "Akira claims clinic",
      "Akira claimed an attack on Dunlow Clinic this week. The gang has also listed Greyhaven Hospital on its site.",
      ["Dunlow Clinic"],
    ],
    [
      "other victims 'in recent weeks'",
      "Hospital hit",
      "Fairmont Hospital was hit by ransomware. In recent weeks Ostler Medical Center reported a breach too.",
      ["Fairmont Hospital"],
    ],
    [
      "a startup described by its line of business",
      "Startup breached",
      "Patients of Notewise, a telehealth startup, were told hackers stole video call records.",
      ["Notewise"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});

describe("victims: round 3 shapes", () => {
  it.each<[string, string, string, string[]]>([
    [
      "'Unlike X' names a body compared, not the victim",
      "Clinic refuses to pay",
      "Unlike Marden Clinic, which paid its attackers, Easton Clinic said it would not pay the gang that hit it.",
      ["Easton Clinic"],
    ],
    [
      "an unrelated breach elsewhere",
      "Hospital hit",
      "Dunholm Hospital said ransomware hit its servers on Friday. Vesper Medical Center reported an unrelated data breach on Thursday.",
      ["Dunholm Hospital"],
    ],
    [
      "an adjective of a specialty opening a headline is no name",
      "Orthopedic group hit by ransomware",
      "Calder Orthopedic Partners said ransomware encrypted its imaging archive.",
      ["Calder Orthopedic Partners"],
    ],
    [
      "a plan named by what it covers",
      "Breach",
      "Prairiewell, a Medicare plan in Iowa, said hackers stole member records.",
      ["Prairiewell"],
    ],
    [
      "a description naming scans",
      "Breach",
      "Scanwise, a mobile MRI company, said hackers stole patient scans.",
      ["Scanwise"],
    ],
    [
      "a chain of opticians",
      "Breach",
      "Lenshaw, a chain of opticians in Wales, said hackers stole customer records.",
      ["Lenshaw"],
    ],
  ])("%s", (_name, title, text, want) => {
    expect(extract(title, text).victim_orgs).toEqual(want);
  });
});
