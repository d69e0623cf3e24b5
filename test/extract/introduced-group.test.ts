// Names introduced as a group's, with each opening (a group noun, ", a") at the text's edges, in both cases and in
// runs of introductions.
import { describe, expect, it } from "vitest";
import { findIntroducedNames } from "../../src/extract/introduced-group";

const names = (text: string) => findIntroducedNames(text).map((n) => [n.name, text.slice(n.start, n.end)]);

describe("introduced group names", () => {
  it.each([
    ["Ransomware gang Blackout claimed the attack.", ["Blackout"]],
    ["The ransomware gang Blackout claimed the attack.", ["Blackout"]],
    ["An extortion group called Vexa Team posted files.", ["Vexa Team"]],
    ["Extortion crew Zenbyte posted files.", ["Zenbyte"]],
    ["The hacking collective Sabre, police said.", ["Sabre"]],
    ["A hacker group named Quorra leaked records.", ["Quorra"]],
    ["Hacktivist group Night Owls took the site down.", ["Night Owls"]],
    ["The cybercrime syndicate Orbit and the cyber-criminal gang Helix were named.", ["Orbit", "Helix"]],
    ["The cybercriminal gang Helix was named.", ["Helix"]],
    ["The threat group Drift posted data.", ["Drift"]],
    ["The data-leak gang Mistral posted it. A data leak crew, Orbit, did too.", ["Mistral", "Orbit"]],
    // Introductions back to back, and a name that is itself a group noun, refused.
    ["The ransomware gang Blackout and the extortion group Vexa posted files.", ["Blackout", "Vexa"]],
    ["The ransomware group Hacker group Foo posted files.", []],
    // The appositive form, at the start and after other text.
    ["Vexa Team, a relatively new ransomware gang, claimed it.", ["Vexa Team"]],
    ["On Monday, Blackout, a ransomware gang, and Orbit, an extortion group, both posted.", ["Blackout", "Orbit"]],
    ["The clinic, a small practice, was hit.", []],
    // A bare group noun in apposition, its relative clause telling a crime; one telling a trade introduces nothing.
    ["Velvane, a group that sells stolen data, claimed the attack.", ["Velvane"]],
    ["Harl Crew, a little-known gang which leaked files from two clinics, posted more.", ["Harl Crew"]],
    ["Alder Group, a group that runs clinics in Ohio, was hit.", []],
    // Openings that lead nowhere.
    ["Ransomware hit the clinic; the data was encrypted by a gang.", []],
    ["Ransomware", []],
  ])("%s", (text, expected) => {
    const found = names(text);
    expect(found.map(([name]) => name)).toEqual(expected);
    for (const [name, span] of found) expect(span).toBe(name);
  });
});
