// Victims listed by semicolons and placed by "of <state>", another gang's victim given as what the news "comes as", and
// types read from a description's head rather than from the customers it names or a modifier (unseen-bank-rw2-victims.ts).
import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victims in semicolon lists and named as another incident's", () => {
  it.each<[string, string, string, string[]]>([
    [
      "items with their own appositions, set apart by semicolons",
      "Gang lists three new victims",
      "The Rhysida gang added three names to its leak site: Pellham County Hospital; Oakridge Family Medicine, a rural practice in Ohio; and the Thornbury Youth Shelter Center.",
      ["Pellham County Hospital", "Oakridge Family Medicine", "Thornbury Youth Shelter Center"],
    ],
    [
      "a listed body placed by 'of' and a state",
      "Leak site claims",
      "Medusa named Harlow Valley Hospital and the Kessing Family Support Center of Oregon on its site. Harlow Valley Hospital confirmed a cyber incident.",
      ["Harlow Valley Hospital", "Kessing Family Support Center of Oregon"],
    ],
    [
      "another gang's victim in a 'comes as' clause",
      "Akira claims clinic",
      "Akira has claimed an attack on Brantwood Eye Clinic. The claim comes as the Play gang says it breached Coldwater Regional Hospital in Michigan.",
      ["Brantwood Eye Clinic"],
    ],
    [
      "plural 'come as' with another admission",
      "Two claims",
      "Qilin posted Fenmore Dental Care and Ashcombe Pediatrics to its site this week. The claims come as another group admitted hitting Lindell Memorial Hospital.",
      ["Fenmore Dental Care", "Ashcombe Pediatrics"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });

  it("a 'comes as' clause about the victim itself keeps it", () => {
    expect(
      extract(
        "Hospital hit",
        "The disclosure comes as Marlow Bay Hospital says it is still restoring its systems after the attack.",
      ).victim_orgs,
    ).toEqual(["Marlow Bay Hospital"]);
  });
});

describe("type from what the description says the body is", () => {
  it.each<[string, string, string, string]>([
    [
      "an equipment supplier in a headline is no IT supplier",
      "Ransomware hits equipment supplier Brenlow Healthcare",
      "Brenlow Healthcare, which delivers walking frames and hoists to councils, said its website was offline after the attack.",
      "pharma-medtech",
    ],
    [
      "a dental imaging centre is an imaging centre",
      "Scan centre breached",
      "Orrin Scan Ltd, a dental imaging centre serving dentists in Kent, said hackers copied X-ray files. Orrin Scan Ltd has told the ICO.",
      "imaging",
    ],
    [
      "customers after 'for' do not type the body",
      "Outage enters second week",
      "Clinics were still waiting on Monday after ransomware hit Medvane, the Denver-based company that runs electronic health record systems for physician practices and hospitals. Medvane said 900 customers were affected.",
      "health-it-vendor",
    ],
    [
      "a software provider to hospitals is a vendor",
      "Supplier hit by ransomware",
      "Ransomware hit Tellisoft, a software provider to hospitals across Wales, and patient booking was down at 12 hospitals. Tellisoft said it was restoring services.",
      "health-it-vendor",
    ],
  ])("%s", (_shape, title, text, type) => {
    expect(extract(title, text).victim_type).toBe(type);
  });
});

describe("a specialty opening a headline is the kind of body, not its name", () => {
  it.each<[string, string, string, string[]]>([
    [
      "a specialty before 'chain'",
      "Physiotherapy chain closes clinics after hack",
      "A physiotherapy chain with 40 clinics in Ontario has closed its sites after a ransomware attack, the company said on Monday.",
      [],
    ],
    [
      "a named chain beside the headline's specialty",
      "Physiotherapy chain closes clinics after hack",
      "Movewell, a physiotherapy chain with 40 clinics in Ontario, has closed its sites after a ransomware attack. Movewell said patients would be called.",
      ["Movewell"],
    ],
    [
      "a specialty keeps a distinctive name a health name",
      "Podiatry chain hit",
      "Stepwell Podiatry said a ransomware attack had encrypted its patient records.",
      ["Stepwell Podiatry"],
    ],
  ])("%s", (_shape, title, text, victims) => {
    expect(extract(title, text).victim_orgs).toEqual(victims);
  });
});

describe("child guidance services are mental health care", () => {
  it.each<[string, string, string[], string | null]>([
    [
      "a guidance service that paid a ransom",
      "Tarrow Guidance Services for Children paid the attackers to unlock its records, while Pinecrest Behavioral Health in Ohio restored from backups.",
      ["Tarrow Guidance Services for Children", "Pinecrest Behavioral Health"],
      "mental-health",
    ],
    [
      "a guidance center alone",
      "Hackers encrypted files at Millbrook Guidance Center, which treats children with anxiety and depression.",
      ["Millbrook Guidance Center"],
      "mental-health",
    ],
  ])("%s", (_shape, text, victims, type) => {
    const e = extract("Mental health providers hit by ransomware", text);
    expect([e.victim_orgs, e.victim_type]).toEqual([victims, type]);
  });
});

describe("a name ends before 'and' and the place of the next name", () => {
  it.each<[string, string, string[]]>([
    [
      "a one-word place before '<State>-based'",
      "Among the other systems hit are Boston-based Larkfield Medicine and Plano, Texas-based Corran Health System.",
      ["Larkfield Medicine", "Corran Health System"],
    ],
    [
      "a two-word place before an abbreviated state",
      "Victims include Denver-based Marrow Health and Fort Collins, Colo.-based Ashgrove Clinic.",
      ["Marrow Health", "Ashgrove Clinic"],
    ],
    [
      "two names joined by 'and' with a place after them stay two",
      "The claims name Harwick Health and Tenby Hospital, both in Wales.",
      ["Harwick Health", "Tenby Hospital"],
    ],
  ])("%s", (_shape, text, victims) => {
    expect(extract("Breach spreads to more health systems", text).victim_orgs).toEqual(victims);
  });
});

describe("a body named by its tie as the object of the attack", () => {
  it.each<[string, string, string[]]>([
    [
      "'the attack on its subsidiary X'",
      "Halvern Group confirmed it paid the hackers behind the attack on its subsidiary Corvane Health, a claims processor. Halvern Group said patient data may still be at risk.",
      ["Corvane Health"],
    ],
    [
      "a tie named only as the source of a notice stays out",
      "Kestrel Hospital said its software supplier Brandine Health had sent it a notice. Kestrel Hospital was hit by ransomware.",
      ["Kestrel Hospital"],
    ],
  ])("%s", (_shape, text, victims) => {
    expect(extract("Parent confirms payment", text).victim_orgs).toEqual(victims);
  });
});
