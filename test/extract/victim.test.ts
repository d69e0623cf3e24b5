import { describe, expect, it } from "vitest";
import { extract } from "./helpers";

describe("victim organisations", () => {
  it.each([
    ["finds a victim named in the headline only", "Cyberattack on Marlow Valley Hospital disrupts care", "Staff are using paper records while systems are down.", ["Marlow Valley Hospital"]],
    ["keeps an acronym given in brackets", "Patients told of breach", "Northfield Medical Group (NMG) said hackers accessed its email. NMG is notifying patients.", ["Northfield Medical Group (NMG)"]],
    ["finds a name without a healthcare word from its description", "Insurer breach", "Carewell, the health insurer, said hackers stole customer data. Carewell is notifying customers.", ["Carewell"]],
    ["leaves out regulators and outlets", "Breach at Elm Street Clinic", "Elm Street Clinic told the Department of Health and Human Services, TechCrunch reported.", ["Elm Street Clinic"]],
    ["leaves out a victim of an earlier incident", "Ransomware hits Brookside Hospital", "Brookside Hospital diverted ambulances. The gang previously attacked Hill Top Medical Center last year.", ["Brookside Hospital"]],
    ["strips a job title before the name", "Stonebridge Health breached", "Jane Roe, President and CEO of Stonebridge Health, said data was taken.", ["Stonebridge Health"]],
  ])("%s", (_name, title, text, orgs) => {
    expect(extract(title, text).victim_orgs).toEqual(orgs);
  });
});

describe("victim organisations on a page of names", () => {
  it("keeps the first 40 of a list of thousands, in order", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Hospital Q${i}`);
    const text = names.map((n) => `${n} was hit by ransomware.`).join(" ");
    const orgs = extract("Ransomware hits hospitals", text).victim_orgs;
    expect(orgs).toHaveLength(40);
    expect(orgs[0]).toBe(names[0]);
  });
});
