// Relevance meets three more kinds of article: a theft of things (a laptop, computers, a bag) is no cyber incident
// whatever data they held; a law or rule about reporting attacks reports none; and incidents told in words the cyber
// list lacked ("an unknown attacker", staff looking at records "without a business reason", a health centre or GP
// service as the victim, a headline's "testing company" the story describes as a clinical one, a press release's
// "cybersecurity event"); an awareness week or a quiz is advice.
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("relevance: things stolen, laws, and incidents in other words", () => {
  it.each<[string, string, string, boolean]>([
    [
      "a laptop stolen from a car",
      "Patient list on stolen laptop",
      "Kestrel Community Health has written to 900 patients after a laptop holding their names was stolen from a nurse's car.",
      false,
    ],
    [
      "thieves stole computers",
      "Surgery burgled",
      "Thieves stole two computers from Kestrel Dental Surgery overnight, police said; the machines held patient records.",
      false,
    ],
    [
      "a headline's stolen bag",
      "Bag with hospital records stolen on bus",
      "A bag containing the notes of 40 patients of Kestrel Hospital was stolen on a bus, the hospital said.",
      false,
    ],
    [
      "data stolen from laptops is a theft of data",
      "Hackers hit Kestrel Hospital",
      "Hackers stole patient data from laptops used by doctors at Kestrel Hospital, the hospital said.",
      true,
    ],
    [
      "a stolen password is a way in",
      "Kestrel Clinic breach",
      "Attackers used a stolen laptop password to get into Kestrel Clinic's network and copied patient files.",
      true,
    ],
    [
      "a law gives hospitals hours to report",
      "New rules require clinics to report ransomware attacks within a day",
      "Clinics and hospitals in the province will have to report ransomware attacks to the ministry within 24 hours.",
      false,
    ],
    [
      "a bill on reporting",
      "Bill would force hospitals to report cyberattacks",
      "Hospitals would have to report cyberattacks to the state health department within 72 hours under the bill.",
      false,
    ],
    [
      "a reported attack beside a law",
      "Kestrel Hospital reports ransomware attack under new law",
      "Kestrel Hospital reported a ransomware attack to the state within 72 hours, as a new law requires.",
      true,
    ],
    [
      "an unknown attacker",
      "Kestrel Family Practice letter",
      "Kestrel Family Practice in Ohio says an unknown attacker copied patient files from its server in January.",
      true,
    ],
    [
      "staff without a business reason",
      "Receptionist viewed patient files",
      "Kestrel Medical Practice told 2,000 patients that a receptionist looked at their records without a business reason.",
      true,
    ],
    [
      "a health centre in the headline",
      "Health centre hit by cyber attack",
      "A community health centre in Kestrelby said on Tuesday that a cyber attack had left its booking system unavailable.",
      true,
    ],
    [
      "a GP service in the headline",
      "Out-of-hours GP service suspended after cyberattack",
      "The out-of-hours GP service in Kestrel county was suspended for the weekend following a cyberattack on its booking platform.",
      true,
    ],
    [
      "a headline's testing company the story describes as clinical",
      "Akira claims attack on Kestrel testing company",
      "Akira has claimed an attack on Kestrel Labs, a clinical testing company that runs blood tests for GP surgeries.",
      true,
    ],
    [
      "a headline's company the story describes as a courier",
      "Akira claims attack on Kestrel delivery company",
      "Akira has claimed an attack on Kestrel Couriers, a delivery company whose vans carry samples for GP surgeries.",
      false,
    ],
    [
      "a press release's cybersecurity event",
      "Kestrel Behavioral Health announces cybersecurity event",
      "Kestrel Behavioral Health today announced that it recently experienced a cybersecurity event that disrupted some of its IT systems.",
      true,
    ],
    [
      "a letter's data security event",
      "Notice of data event",
      "Kestrel Pediatrics is writing to tell you of a data security event that may have involved some of your information.",
      true,
    ],
    [
      "an awareness week",
      "Hospital staff mark cyber awareness week",
      "Staff at Kestrel General Hospital sat a phishing quiz and heard talks on ransomware during cyber awareness week.",
      false,
    ],
    [
      "a headline quiz",
      "Quiz: could your clinic spot a phishing email?",
      "Take our five-question quiz on the phishing emails clinics receive, written with Kestrel Clinic's IT lead.",
      false,
    ],
    [
      "no suggestion of a cyber attack",
      "Fire takes hospital systems offline",
      "A fire in Kestrel Hospital's data centre took its systems offline. Police said there was no suggestion of a cyber attack.",
      false,
    ],
    [
      "a suggestion of a cyber attack",
      "Kestrel Hospital systems offline",
      "Kestrel Hospital's systems went offline on Sunday. Police said there was a suggestion of a cyber attack and are investigating.",
      true,
    ],
  ])("%s", (_name, title, text, relevant) => {
    expect(extract(title, text).relevant).toBe(relevant);
  });
});
