// An article whose extraction named no victim, matched by the victim name its text still writes.
import { describe, expect, it } from "vitest";
import { lookupKeys } from "../../src/cluster/keys";
import { scoreMatch } from "../../src/cluster/match";
import { articleProfile } from "../../src/cluster/profile";
import { mentionedWords } from "../../src/cluster/victim-keys";
import type { Entities } from "../../src/model";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import { NO_ENTITIES } from "../fixtures/cluster/stories";

const profileOf = (text: string, e: Partial<Entities> = {}, title = "") =>
  articleProfile({ title, text, entities: { ...NO_ENTITIES, ...e } }, groupSlugOf);

const incident = profileOf("", {
  victim_orgs: ["Orlin Harbour Hospitals NHS Foundation Trust"],
  country: "GB",
  victim_type: "hospital",
});

const kelsbyPharmacy = profileOf("", { victim_orgs: ["Kelsby Pharmacy"], country: "US", victim_type: "pharmacy" });
const kelsby = profileOf("", { victim_orgs: ["Kelsby Medical Group"], country: "US", victim_type: "clinic" });

describe("a victim named only in the text", () => {
  it.each([
    {
      name: "a follow-up naming the trust by its short name, same country",
      text: "The gang published data stolen from Orlin Harbour, three weeks after the attack on the NHS trust.",
      e: { country: "GB" },
      victim: "mention-name",
      joins: true,
    },
    {
      name: "the short name in the headline only, same victim type",
      title: "Orlin Harbour patients warned of scam calls after data leak",
      text: "Patients have been told to watch for calls from people posing as hospital staff.",
      e: { victim_type: "hospital" as const },
      victim: "mention-name",
      joins: true,
    },
    {
      name: "the one distinctive word of a name, same country",
      text: "Kelsby said 4,000 patients were affected.",
      e: { country: "US" },
      victim: "mention",
      joins: true,
      incident: kelsby,
    },
    {
      name: "both distinctive words of the name and nothing else: as good as the name",
      text: "A week after the attack, the Orlin-Harbour trust is still on paper.",
      e: {},
      victim: "mention-name",
      joins: true,
    },
    {
      name: "the one distinctive word of a name and nothing else that agrees",
      text: "Kelsby said the investigation continues.",
      e: {},
      victim: "mention",
      joins: false,
      incident: kelsby,
    },
    {
      name: "only one of the name's two distinctive words",
      text: "Hackers hit a hospital in Orlin on Tuesday.",
      e: { country: "GB", victim_type: "hospital" as const },
      victim: "unknown",
      joins: false,
    },
    {
      name: "the words in lower case, as ordinary words",
      text: "A hospital in the harbour near orlin was hit.",
      e: { country: "GB", victim_type: "hospital" as const },
      victim: "unknown",
      joins: false,
    },
    {
      name: "the name's word, but for another kind of body",
      text: "The out-of-hours service run by Kelsby Doctors was suspended after a cyberattack.",
      e: { country: "US" },
      victim: "unknown",
      joins: false,
      incident: kelsbyPharmacy,
    },
    {
      name: "the name's word as a region, without the kind of body the name has",
      text: "The health network of the Kelsby region said a cyberattack shut down clinical systems.",
      e: { country: "US" },
      victim: "unknown",
      joins: false,
      incident: kelsbyPharmacy,
    },
    {
      name: "the name's word with its kind of body in lower case",
      text: "Kelsby said its pharmacy systems were restored.",
      e: { country: "US" },
      victim: "mention",
      joins: true,
      incident: kelsbyPharmacy,
    },
    {
      name: "another victim named, the trust only as background",
      text: "Ketterby Clinic was hit by the gang that attacked Orlin Harbour Hospitals NHS Foundation Trust last month.",
      e: { victim_orgs: ["Ketterby Clinic"], country: "GB" },
      victim: "conflict",
      joins: false,
    },
  ])("$name", ({ title, text, e, victim, joins, incident: against }) => {
    const r = scoreMatch(profileOf(text, e, title), against ?? incident);
    expect(r.victim).toBe(victim);
    expect(r.joins).toBe(joins);
  });
});

describe("mentioned words", () => {
  it.each([
    { text: "Orlin Harbour said on Monday", words: ["orlin", "harbour", "monday"] },
    { text: "St. Brannoc's Regional Medical Center", words: ["brannoc"] },
    { text: "the Kalomi Dental Care group", words: ["kalomi"] },
    { text: "orlin harbour, in lower case", words: [] },
  ])("$text gives $words", ({ text, words }) => {
    expect([...mentionedWords(text).words.keys()]).toEqual(words);
  });

  it.each([
    { text: "Shannonside Doctors said", word: "shannonside", after: ["doctor"] },
    { text: "Kalomi Dental Care said", word: "kalomi", after: ["dental"] },
    { text: "Kalomi said. Kalomi Dental Care", word: "kalomi", after: ["", "dental"] },
    { text: "Orlin Harbour Fertility Partners", word: "harbour", after: ["fertility"] },
    { text: "Orlin, Harbour Dental", word: "orlin", after: [""] },
  ])("keeps the kinds of body that follow $word in $text", ({ text, word, after }) => {
    expect([...mentionedWords(text).words.get(word)!].sort()).toEqual(after);
  });

  it("stops at its limit", () => {
    const text = Array.from({ length: 200 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${i}`).join(" ");
    expect(mentionedWords(text, 10).words.size).toBe(10);
  });

  it("are looked up by an article that names no victim, and only by one", () => {
    expect(lookupKeys(profileOf("Orlin Harbour said on Monday")).weak).toContain("t:orlin");
    expect(
      lookupKeys(profileOf("Orlin Harbour said on Monday", { victim_orgs: ["Ketterby Clinic"] })).weak,
    ).not.toContain("t:orlin");
  });
});
