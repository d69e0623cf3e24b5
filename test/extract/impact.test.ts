import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

const T = "Ransomware attack on Valley Royal Hospital";

describe("impact on care", () => {
  it.each([
    ["cancelled surgery", "Valley Royal Hospital postponed elective surgeries for a week.", ["operations-cancelled"]],
    ["cancelled appointments", "Outpatient appointments were cancelled on Tuesday.", ["appointments-cancelled"]],
    ["ambulance diversion", "Ambulances were diverted to other hospitals.", ["ambulance-diversion"]],
    [
      "systems offline and paper",
      "The electronic patient record was taken offline and staff went back to pen and paper.",
      ["systems-offline", "paper-records"],
    ],
    ["a closed service", "The emergency department was closed to new patients.", ["services-closed"]],
    ["published data", "The gang published patient records on its leak site.", ["data-leaked"]],
    ["a threat to publish is not a leak", "The gang threatened to publish patient records unless paid.", []],
    ["a possibility is not an effect", "Operations may be postponed if systems stay down.", []],
    [
      "a negated effect is not an effect",
      "The hospital said its systems were not affected and no data has been published.",
      [],
    ],
    ["a general statement is not an effect", "Ransomware attacks typically force hospitals to divert ambulances.", []],
    [
      "background effects are not this incident's",
      "Last year a different hospital in the region diverted ambulances after an attack.",
      [],
    ],
    ["staff unable to reach records", "Nurses could not get into patient charts for two days.", ["systems-offline"]],
    [
      "a verb and particle across a comma are two actions",
      "Staff turned on two-factor logins, swapped out old laptops and retrained teams.",
      [],
    ],
    [
      "a publication verb across a comma is another clause",
      "In an update it published Friday, the clinic said attackers copied files.",
      [],
    ],
    [
      "a check whether data leaked is no leak",
      "Investigators reviewed the mailbox to see whether patient data had leaked.",
      [],
    ],
  ])("%s", (_name, text, impact) => {
    expect(extract(T, text).impact).toEqual(impact);
  });

  // The grammar: an effect noun group and a disruption verb or adjective, in either order, in one clause.
  it.each([
    [
      "noun then 'on hold'",
      "Hundreds of outpatient appointments are on hold at the trust.",
      ["appointments-cancelled"],
    ],
    [
      "noun then 'on pause'",
      "Elective procedures remain on pause while engineers rebuild servers.",
      ["operations-cancelled"],
    ],
    [
      "passive cancellation of theatre lists",
      "Theatre lists were cancelled across both sites on Tuesday.",
      ["operations-cancelled"],
    ],
    [
      "active verb before its object",
      "The outage forced the trust to cancel operations for a second day.",
      ["operations-cancelled"],
    ],
    [
      "a coordinated object",
      "Kestrel Health cut back on some elective and outpatient services.",
      ["operations-cancelled", "appointments-cancelled"],
    ],
    ["'holding up' before its object", "The outage is holding up thousands of scans.", ["appointments-cancelled"]],
    [
      "a singular procedure with a long gap",
      "Almost every procedure apart from emergency ones has been cancelled.",
      ["operations-cancelled"],
    ],
    [
      "operations that could not go ahead",
      "Several operations could not go ahead on Tuesday.",
      ["operations-cancelled"],
    ],
    [
      "scans that did not take place",
      "Routine scans did not take place at the imaging centre.",
      ["appointments-cancelled"],
    ],
    ["calls handled manually", "Emergency calls were handled manually overnight.", ["paper-records"]],
    ["reverted to paper", "Clinicians reverted to paper while the network was rebuilt.", ["paper-records"]],
    [
      "paper documentation",
      "The hospital is relying on backup systems, paper documentation among them.",
      ["paper-records"],
    ],
    [
      "a ransom note printed on paper is no paper records",
      "The ransom note was printed on paper by every printer in the building.",
      [],
    ],
    [
      "patients moved to other hospitals",
      "Patients were moved to other hospitals in the region overnight.",
      ["ambulance-diversion"],
    ],
    [
      "a patient taken to a distant hospital",
      "A woman was taken to a hospital 30 miles away.",
      ["ambulance-diversion"],
    ],
    ["diverted payments are not ambulances", "The fraudsters diverted payments to an account they controlled.", []],
    [
      "systems taken offline with an object between",
      "The health board took its clinical network offline.",
      ["systems-offline"],
    ],
    ["connectivity affected", "A cybersecurity incident affected connectivity to its network.", ["systems-offline"]],
    [
      "kept from getting at records",
      "The attack was stopping the clinic from scheduling patients or getting at patient data.",
      ["systems-offline"],
    ],
    ["'leaking that data' is a leak", "The gang has started leaking that data on its site.", ["data-leaked"]],
    ["'posted that it' is a claim, not a leak", "The group posted that it holds patient data.", []],
    [
      "a verb before its system object",
      "Engineers are disconnecting all servers from the internet.",
      ["systems-offline"],
    ],
    [
      "a negated 'up and running' is out of action",
      "The hospital's IT is still not fully up and running.",
      ["systems-offline"],
    ],
    ["systems being restored were down", "Its computer systems are being restored one by one.", ["systems-offline"]],
    ["many websites brought down", "The group brought down as many as nine websites.", ["systems-offline"]],
    ["a breach shut down is no system", "The breach was spotted on 11 May and shut down two days later.", []],
    [
      "advice to turn off a service is not an outage",
      "Experts suggest companies turn off remote access on computer systems.",
      [],
    ],
    [
      "a relative clause about access after failed logins",
      "It added procedures that cut off access to systems after failed attempts.",
      [],
    ],
    ["the pronoun 'it' is no IT", "The test environment was completely isolated from production.", []],
    ["unavailable for comment is no closure", "A spokesperson for the clinic was unavailable for comment.", []],
    ["'turned out' is no switching off", "It turned out the servers had been breached weeks earlier.", []],
    ["data published by researchers is no leak", "Data published by researchers shows breaches rose.", []],
    ["emergency care unavailable", "Emergency care is still unavailable at both hospitals.", ["services-closed"]],
    ["no new patients taken in", "The hospital could not take in new patients for two days.", ["services-closed"]],
    ["a practice shut for good", "The two doctors decided to close the practice for good.", ["services-closed"]],
    ["services suspended", "Maternity services were suspended at the site.", ["services-closed"]],
    ["online services are systems, not care", "Its online services were suspended for a day.", []],
    ["stopped providing emergency care", "It stopped providing emergency care on Friday.", ["services-closed"]],
    ["data offered for sale", "A seller is advertising for sale a large database of scans.", ["data-leaked"]],
    ["a headline's present tense", "The gang releases research data from the laboratory.", ["data-leaked"]],
    [
      "stolen and then published",
      "Patient details were part of the haul and were subsequently published on the group's site.",
      ["data-leaked"],
    ],
    [
      "posting about the hack is not posting data",
      "The group says it holds patient data and posted about the hack on its site.",
      [],
    ],
    ["a meme about a data breach is no leak", "A meme about the data breach was posted by the hackers.", []],
    ["thumbnails as proof are no leak", "The gang posted thumbnails of documents it says it took.", []],
    ["details the hospital published are no leak", "The hospital posted details on its website on Friday.", []],
    [
      "information released by the trust is no leak",
      "Information released by the trust shows 40 staff were affected.",
      [],
    ],
    ["the gang publishing data is a leak", "The gang posted details of 3,000 patients on Friday.", ["data-leaked"]],
    [
      "the gang's leak site taken down is not the victim's",
      "Police said the gang's leak site was taken down and its servers seized.",
      [],
    ],
    [
      "tracking down the attackers is no outage",
      "Investigators are using forensic systems to track down the attackers.",
      [],
    ],
    [
      "a threat actor selling data is no modal",
      "A threat actor is selling the clinic's patient records.",
      ["data-leaked"],
    ],
    ["'to stop data being published' is a purpose", "The company paid to stop stolen data being published.", []],
  ])("grammar: %s", (_name, text, impact) => {
    expect(extract(T, text).impact).toEqual(impact);
  });

  // A stated absence, a plan or a condition is not an effect that happened.
  it.each([
    ["care not disrupted", "Patient care has not been disrupted and no operations were cancelled.", []],
    ["negation between noun and verb", "Appointments have not been postponed, the trust said.", []],
    ["no impact on care", "There has been no impact on patient care and systems are not offline.", []],
    [
      "a contrast after an absence",
      "Patient care was not affected, although some appointments were rescheduled.",
      ["appointments-cancelled"],
    ],
    ["two negated effects joined by 'and'", "No surgeries have been cancelled and no ambulances were diverted.", []],
    ["'at no point'", "At no point were clinics closed.", []],
    ["a plan", "The trust plans to postpone elective surgery next week.", []],
    [
      "an earlier incident named before the effect",
      "In a 2019 attack, the hospital diverted ambulances for two days.",
      [],
    ],
    [
      "a comparison after the effect",
      "The group took nine hospital websites offline, as an unrelated incident hit airports.",
      ["systems-offline"],
    ],
    ["years ago", "Three years ago the trust cancelled operations after a breach.", []],
    ["a condition", "If systems stay down, outpatient clinics will be closed.", []],
    ["an expectation", "Ambulances are expected to be diverted to other hospitals tomorrow.", []],
    [
      "'will remain closed' says it is closed now",
      "The emergency department will remain closed until Monday.",
      ["services-closed"],
    ],
    ["'could not' reports what happened", "Staff could no longer reach patient records.", ["systems-offline"]],
    [
      "a negation in an earlier clause does not govern a later one",
      "No data was taken, but appointments were rescheduled.",
      ["appointments-cancelled"],
    ],
    ["'operations' as the business is not surgery", "The attack disrupted business operations at the firm.", []],
    [
      "'operations' cancelled outright is surgery",
      "The hospital cancelled operations on Monday.",
      ["operations-cancelled"],
    ],
    ["patients' own operations", "Patients had their operations cancelled at short notice.", ["operations-cancelled"]],
    ["'delays to' before what is delayed", "The attack led to delays to cancer treatment.", ["operations-cancelled"]],
    ["'delays to' something else", "The firm announced delays to the rollout of its software.", []],
  ])("absence and modality: %s", (_name, text, impact) => {
    expect(extract(T, text).impact).toEqual(impact);
  });

  it("leaves an open database found by researchers out of data-leaked", () => {
    const e = extract(
      "Misconfigured database exposes Bay Clinic patients",
      "An unsecured database left exposed online leaked records of 10,000 patients, researchers found.",
    );
    expect(e.attack_types).toContain("misconfiguration");
    expect(e.impact).toEqual([]);
  });

  it("quotes the supporting sentence as evidence", () => {
    const e = extract(T, "Staff said the hospital. Ambulances were diverted to other hospitals on Monday.");
    const ev = e.evidence.find((x) => x.field === "impact" && x.value === "ambulance-diversion");
    expect(ev?.quote).toBe("Ambulances were diverted to other hospitals on Monday.");
  });
});
