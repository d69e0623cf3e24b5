import { describe, expect, it } from "vitest";
import { extractAttackers } from "../../src/extract/attacker";
import { findGroupMentions } from "../../src/extract/gazetteer";
import { classifySentences } from "../../src/extract/scope";
import { splitSentences } from "../../src/extract/text";
import { extract } from "./helpers";

describe("attacker groups", () => {
  it.each([
    [
      "names one group once when the text uses two aliases",
      "BlackCat hits Summit Health",
      "The ALPHV gang, also called BlackCat, says it took 2TB from Summit Health.",
      ["ALPHV"],
    ],
    [
      "normalises a versioned name",
      "Lockbit 3.0 behind attack on Harbour Hospital",
      "Harbour Hospital confirmed the attack.",
      ["LockBit"],
    ],
    [
      "leaves out a group named only as background",
      "Harbour Hospital hit by Rhysida",
      "Rhysida claimed the attack on Harbour Hospital. The hospital was previously attacked by Conti in 2021.",
      ["Rhysida"],
    ],
    [
      "leaves out a group named only as another group's origin",
      "Ryuk strikes Pine Valley Health",
      "Ryuk encrypted Pine Valley Health's servers. Ryuk has been tied to Wizard Spider, a Russian crime group.",
      ["Ryuk"],
    ],
    [
      "finds no group in a generic 'ransomware gang'",
      "A ransomware gang hit Oak Clinic",
      "A ransomware gang encrypted files at Oak Clinic.",
      [],
    ],
    [
      "ignores groups in a related-links list",
      "Oak Clinic reports a cyberattack",
      "Oak Clinic said its systems were down.\n\nRelated news\nQilin ransomware hits a school",
      [],
    ],
  ])("%s", (_name, title, text, groups) => {
    expect(extract(title, text).attacker_groups).toEqual(groups);
  });
});

describe("attacker groups named as relatives, examples or background", () => {
  it.each([
    [
      "a group named only as another group's relative",
      "Harbour Clinic hit by cyberattack",
      "A new group with ties to Conti encrypted files at Harbour Clinic.",
      [],
    ],
    [
      "a group the attackers support or are tied to",
      "Hacktivists knock Elm Hospital offline",
      "The hacktivists, who have ties to Killnet, claimed the outage at Elm Hospital. Killnet had earlier called on supporters to flood German sites.",
      [],
    ],
    [
      "a group the claimants are said to be close to or aligned with",
      "NoName057 floods Elm Hospital's website",
      "NoName057 claimed the outage at Elm Hospital. Analysts say the crew is close to Killnet and aligned with Cyber Army of Russia.",
      ["NoName057(16)"],
    ],
    [
      "the relative in a relative clause, keeping the attacker",
      "Rhysida claims Oak Health",
      "Rhysida, which has been linked to Vice Society, posted Oak Health's files.",
      ["Rhysida"],
    ],
    [
      "a group researchers link a new group to",
      "Cicada3301 claims Oak Clinic",
      "Cicada3301, which researchers link to ALPHV, posted Oak Clinic's files.",
      ["Cicada3301"],
    ],
    [
      "groups given as examples in a list",
      "Bay Hospital breach",
      "Gangs such as LockBit, Clop and Akira often target hospitals. Qilin claimed the Bay Hospital breach.",
      ["Qilin"],
    ],
    [
      "a group investigators ruled out",
      "Elm Hospital outage",
      "Investigators have ruled out LockBit, and Elm Hospital said systems were down.",
      [],
    ],
    [
      "a group the text says was not behind the attack",
      "Elm Hospital outage",
      "Akira was not behind the attack on Elm Hospital, the FBI said.",
      [],
    ],
    [
      "a group that denied any involvement",
      "Elm Hospital outage",
      "Elm Hospital's systems were down; BianLian denied any involvement.",
      [],
    ],
    [
      "a group with no evidence of its part",
      "Elm Hospital outage",
      "There is no evidence that Conti was involved in the Elm Hospital outage.",
      [],
    ],
    [
      "a group an advisory warned about",
      "Elm Hospital outage continues",
      "Last month the agency warned hospitals about the Trinity ransomware group. Elm Hospital said systems were down.",
      [],
    ],
  ])("leaves out %s", (_name, title, text, groups) => {
    expect(extract(title, text).attacker_groups).toEqual(groups);
  });

  it.each([
    [
      "an attack the text links to a group",
      "Oak Health attack linked to LockBit",
      "The attack on Oak Health was linked to LockBit, investigators said.",
      ["LockBit"],
    ],
    [
      "an attack investigators link to a group",
      "Oak Health attack",
      "The attack on Oak Health, which investigators link to LockBit, shut the lab.",
      ["LockBit"],
    ],
    [
      "a claim in one clause of a background sentence",
      "Tampa Clinic breach",
      "The Snatch ransomware gang has claimed the attack; the gang has previously breached a city council and an opera house.",
      ["Snatch"],
    ],
    [
      "a claim around a relative clause about the group's past",
      "Pine Hospital attack",
      "On its leak site, hacking group REvil, which is known for hacking a law firm in May, claimed the incident at Pine Hospital.",
      ["REvil"],
    ],
    [
      "a group that claimed the attack after another denied it",
      "Elm Hospital outage",
      "LockBit denied any involvement. Rhysida claimed the Elm Hospital attack.",
      ["Rhysida"],
    ],
    [
      "a group both compared and claiming",
      "Pine Hospital attack",
      "Groups like Akira rarely publish so fast. Akira claimed the Pine Hospital attack on Monday.",
      ["Akira"],
    ],
  ])("keeps %s", (_name, title, text, groups) => {
    expect(extract(title, text).attacker_groups).toEqual(groups);
  });
});

describe("attacker groups the gazetteer does not know or names in quotes", () => {
  it.each([
    [
      "a quoted ordinary-word name after 'known as'",
      "Pine Hospital attack",
      'The hospital said the attackers were known as "Hive."',
      ["Hive"],
    ],
    [
      "a quoted name beside a group word",
      "Pine Hospital attack",
      "A screenshot released by the group points to the 'Monti' leak site.",
      ["Monti"],
    ],
    [
      "a new gang in apposition",
      "Ridge Hospital leak",
      "This Sunday a previously unknown ransomware gang, Blackout, claimed the attack on Ridge Hospital.",
      ["Blackout"],
    ],
    [
      "an unknown gang in apposition",
      "Ridge Hospital leak",
      "A little-known ransomware gang, Corvid Leaks, claimed the attack on Ridge Hospital.",
      ["Corvid Leaks"],
    ],
    [
      "an unknown name before an appositive group noun",
      "Ridge Hospital leak",
      "Vexa Team, a relatively new ransomware gang, claimed the attack on Ridge Hospital.",
      ["Vexa Team"],
    ],
    [
      "a hacker going by a handle",
      "Sun Insurance breach",
      "Sun Insurance is suing a hacker going by zenByte over the leak.",
      ["zenByte"],
    ],
    [
      "a group calling itself by a name",
      "Water plant and clinic hit",
      "A group calling itself Cyber Av3ngers claimed the attack on Ridge Clinic.",
      ["Cyber Av3ngers"],
    ],
    [
      "an unknown group named after 'ransomware group'",
      "Patient data leaked by ransomware group Vexa Team",
      "Montgomery Hospital did not pay.",
      ["Vexa Team"],
    ],
    [
      "a group writing its name with a sign",
      "Patient data leaked by ransomware group D#nut Leaks",
      "Montgomery Hospital did not pay.",
      ["Donut Leaks"],
    ],
    [
      "an ordinary-word name repeated after the text named it with a cue",
      "Ridge Hospital leak",
      "The Blackout ransomware gang listed Ridge Hospital on Sunday.",
      ["Blackout"],
    ],
  ])("finds %s", (_name, title, text, groups) => {
    expect(extract(title, text).attacker_groups).toEqual(groups);
  });

  it.each([
    ["a weekday after 'ransomware gang'", "Ridge Hospital attack", "The ransomware gang Tuesday published files."],
    ["a nationality before 'ransomware group'", "Ridge Hospital attack", "A Russian ransomware group was blamed."],
    [
      "a group word followed by lower-case words",
      "Ridge Hospital attack",
      "The ransomware group behind the attack has not been named.",
    ],
    [
      "ordinary words with no cue",
      "Ridge Hospital attack",
      "Staff play games on Play days; Money Message was the slogan of the bank advert.",
    ],
    [
      "the researcher who tracks a group",
      "Ridge Hospital attack",
      "A threat actor Microsoft tracks under a number hit Ridge Hospital.",
    ],
    [
      "a name given to a group that is no attacker",
      "Ridge Hospital attack",
      "Ridge Hospital said a support group called Friends of the Ward raised funds after the attack.",
    ],
    [
      "a sentence adverb before an appositive group noun",
      "Ridge Hospital attack",
      "Meanwhile, a ransomware group claimed the attack on Ridge Hospital.",
    ],
    [
      "a victim described as a group's victim",
      "Ridge Hospital attack",
      "Ridge Hospital, a ransomware group's latest victim, said systems were down.",
    ],
    [
      "a sentence word after a group noun",
      "Ridge Hospital attack",
      "The ransomware gang According to the FBI was not identified.",
    ],
  ])("finds nothing in %s", (_name, title, text) => {
    expect(extract(title, text).attacker_groups).toEqual([]);
  });
});

describe("the group matcher on hostile input", () => {
  it("stays near-linear on a text that repeats group names tens of thousands of times", () => {
    // Thousands of short sentences, each naming groups (an ordinary-word one, an introduced one) in a list.
    const unit = "Akira hit the clinic, and the Blackout gang and the ransomware gang Vexa Team posted files. ";
    const inputs = [300, 2100].map((n) => {
      const text = "LockBit claimed it. " + unit.repeat(n);
      const sentences = splitSentences(text);
      classifySentences(sentences);
      return { text, sentences };
    });
    // CPU time of this process (other processes on a loaded machine do not count), the best of five interleaved runs.
    const best = [Infinity, Infinity];
    for (let round = 0; round < 5; round++) {
      inputs.forEach(({ text, sentences }, i) => {
        const t0 = process.cpuUsage();
        extractAttackers(findGroupMentions(text), sentences);
        const used = process.cpuUsage(t0);
        best[i] = Math.min(best[i]!, (used.user + used.system) / 1000);
      });
    }
    const small = Math.max(best[0]!, 1);
    const large = best[1]!;
    // Seven times the text may cost up to seven times the time, plus headroom for a loaded machine; work that grows
    // with the square of the mentions (comparing mention pairs, span against span) would cost about fifty times.
    expect(large / small).toBeLessThan(20);
  });
});
