import { describe, expect, it } from "vitest";
import { pastAt } from "../../src/extract/clause";
import { clauseAround, frameCue, latestYear, type CueFrame } from "../../src/extract/scope";

// Each sentence marks its cue with [brackets]; the frame is read for the bracketed word.
function frame(marked: string, latest?: number): CueFrame {
  const at = marked.indexOf("[");
  const end = marked.indexOf("]") - 1;
  const text = marked.replace("[", "").replace("]", "");
  return frameCue(text, at, end, { latestYear: latest ?? null });
}

type Flags = Partial<Record<"negated" | "refusal" | "hypothetical" | "hedged" | "reported" | "past", boolean>>;

describe("frameCue", () => {
  it.each<[string, Flags]>([
    ["The hospital [paid] the ransom.", { negated: false, refusal: false, hypothetical: false, past: false }],
    ["No ransom was [paid].", { negated: true, refusal: false }],
    ["The clinic has not [paid] anything.", { negated: true, refusal: false }],
    ["The clinic hasn't [paid] anything.", { negated: true, refusal: false }],
    ["They aren't even considering [paying] the hackers.", { negated: true, refusal: true }],
    ["The trust will not be [paying] any ransom.", { negated: true, refusal: true }],
    ["The trust won't [pay] the gang.", { negated: true, refusal: true }],
    ["The practice is unwilling and unable to [pay].", { negated: true, refusal: true }],
    ["The hackers asked for a ransom but the hospital refused to [pay] it.", { negated: true, refusal: true }],
    ["The board declined to [pay] the attackers.", { negated: true, refusal: true }],
    ["The hospital has a policy against [paying] ransoms.", { negated: true, refusal: true }],
    ["Systems were restored without [paying] the gang.", { negated: true, refusal: false }],
    ["Closing the clinic was preferred to [paying] the gang.", { negated: true }],
    ["The hospital [paid] no ransom.", { negated: true }],
    ["The hospital did not [pay] on time.", { negated: true, refusal: false }],
    ["The hospital would not say whether it [paid] the ransom.", { negated: true, refusal: false }],
    ["It declined to comment on whether a ransom was [paid].", { negated: true, refusal: false }],
    ["The gang did not encrypt anything; the hospital [paid] to keep the data private.", { negated: false }],
    ["Nobody was hurt, but the hospital [paid] the ransom.", { negated: false }],
    ["The hospital did not say how it was hit, and then [paid] the ransom.", { negated: false }],
    ["The hackers demanded money to pressure the clinic into [paying].", { hypothetical: true, negated: false }],
    ["If the trust [pays], the key will be released.", { hypothetical: true }],
    ["The group plans to [publish] the files.", { hypothetical: true }],
    ["The hospital would [pay] if it had to.", { hypothetical: true }],
    ["Surgery may be [postponed] next week.", { hypothetical: true }],
    ["The gang threatened to leak the data, and the hospital [paid].", { hypothetical: false }],
    ["The hospital reportedly [paid] $1 million.", { hedged: true }],
    ["According to a spokesperson, the hospital [paid].", { reported: true }],
    ["The hospital [paid] the ransom, a spokesperson said.", { reported: true }],
    ["Last month the same gang [hit] a clinic in Ohio.", { past: true }],
    ["The clinic [paid] a ransom two years ago.", { past: true }],
    ["The hospital was hit last week and [paid] the ransom.", { past: false }],
    ["Back in May the group [demanded] $5 million from a law firm.", { past: true }],
  ])("%s", (marked, flags) => {
    const got = frame(marked);
    for (const [k, v] of Object.entries(flags)) expect(got[k as keyof Flags], k).toBe(v);
  });

  it.each<[string, number | null, boolean]>([
    ["In 2021 the hospital [paid] a ransom to the same group.", 2023, true],
    ["In 2023 the hospital [paid] a ransom.", 2023, false],
    ["In 2021 the hospital [paid] a ransom.", null, false],
    ["In 2019 the gang hit a clinic, which [paid] $1 million.", 2024, true],
    ["In 2019 the gang hit a clinic, but this year the hospital [paid].", 2024, false],
  ])("reads a year as the past only before the article's latest year: %s", (marked, latest, past) => {
    expect(frame(marked, latest ?? undefined).past).toBe(past);
  });
});

describe("pastAt", () => {
  it.each<[string, number | null, boolean]>([
    ["Last month the same gang [hit] a clinic in Ohio.", null, true],
    ["The clinic [paid] a ransom two years ago.", null, true],
    ["The hospital was hit last week and [paid] the ransom.", null, false],
    ["In 2021 the hospital [paid] a ransom to the same group.", 2023, true],
    ["In 2019 the gang hit a clinic, but this year the hospital [paid].", 2024, false],
  ])("reads `past` as frameCue does: %s", (marked, latest, past) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    expect(pastAt(text, at, latest)).toBe(past);
    expect(frame(marked, latest ?? undefined).past).toBe(past);
  });
});

// Each time or actor cue pastAt reads, one sentence per form: a reach is searched for their words before the patterns
// run, so a cue whose word the search missed would read as the present here.
describe("pastAt finds every form of an earlier incident", () => {
  it.each<[string, number | null]>([
    ["The clinic had previously [paid] the gang.", null],
    ["In the past the hospital [paid] ransoms.", null],
    ["Last year the trust [paid] a ransom.", null],
    ["The gang [demanded] $1 million from it a year ago.", null],
    ["It [paid] three years ago.", null],
    ["Back in 2020 the hospital [paid].", null],
    ["The hospital [paid] the year before.", null],
    ["During an earlier attack the clinic [paid].", null],
    ["In a previous incident the hospital [paid].", null],
    ["In a prior breach the hospital [paid].", null],
    ["In a separate incident the hospital [paid].", null],
    ["In an unrelated attack the clinic [paid].", null],
    ["During a different breach the clinic [paid].", null],
    ["The earlier attack ended when the clinic [paid].", null],
    ["After a similar cyber attack the clinic [paid].", null],
    ["Earlier, the same gang [demanded] $2 million.", null],
    ["That same group [demanded] $2 million weeks ago.", null],
    ["In 2021 the hospital [paid] a ransom.", 2024],
    ["A rival gang [demanded] $2 million in 2020.", null],
    ["A different group [demanded] $2 million last month.", null],
  ])("%s", (marked, latest) => {
    const at = marked.indexOf("[");
    const text = marked.replace("[", "").replace("]", "");
    expect(pastAt(text, at, latest)).toBe(true);
  });
});

describe("clauseAround", () => {
  it.each([
    ["The gang asked for a ransom but the hospital refused to pay it.", "refused", " the hospital refused to pay it."],
    ["Data was stolen; the trust paid.", "paid", " the trust paid."],
    ["The centre, which paid the gang, reopened.", "paid", " paid the gang, reopened."],
    ["The demand (about $2 million) was ignored.", "about", "about $2 million"],
  ])("cuts %j at its boundaries", (text, cue, clause) => {
    const { start, end } = clauseAround(text, text.indexOf(cue));
    expect(text.slice(start, end)).toBe(clause);
  });
});

describe("latestYear", () => {
  it.each([
    ["Hit in 2019, and again in 2023.", 2023],
    ["Attacked in 2022; the trust plans new systems by 2026.", 2022],
    ["No year here.", null],
  ])("%s", (text, year) => {
    expect(latestYear(text)).toBe(year);
  });
});
