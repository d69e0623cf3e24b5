// The cue gates only skip work: with every gate open the extractor must say the same about every dev-set article.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { extractEntities } from "../../src/extract";
import { openEveryGate } from "../../src/extract/cue-gate";
import { extract } from "./helpers";

const gold = join(resolve(__dirname, "../../../shared/eval"), "dev.jsonl");
const articles = existsSync(gold)
  ? readFileSync(gold, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; url: string; site: string; title: string; text: string })
  : [];

const both = (run: () => unknown) => {
  openEveryGate(false);
  const gated = JSON.stringify(run());
  openEveryGate(true);
  const open = JSON.stringify(run());
  return { gated, open };
};

describe("cue gates", () => {
  afterEach(() => openEveryGate(false));

  it.each([
    [
      "Surgery postponed at Bay Hospital",
      "Bay Hospital postponed surgeries and staff could not get into records after the ransomware attack; data was posted online.",
    ],
    [
      "Bay Clinic refuses ransom",
      "Bay Clinic said it would not pay the $2 million ransom demand, and the gang leaked 40 GB of patient files.",
    ],
    ["Bay Labs breach", "Records of 12,000 patients were stolen from 2,600 organizations."],
    // A ransom word that is only a decryption word.
    [
      "Kestrel Hospital hit by cyber attack",
      "Kestrel Hospital was hit by a cyber attack. Officials said $40,000 was asked to decrypt the files.",
    ],
    [
      "Kestrel Hospital hit by cyber attack",
      "Kestrel Hospital was hit by a cyber attack. A decryptor costing $40,000 was offered, and the hospital paid.",
    ],
    // Sums written with a currency code, a sign-bearing code and a currency word.
    [
      "Kestrel Hospital ransom",
      "Hackers demanded 40 BTC from Kestrel Hospital; an earlier note asked for A$750,000, later 2 million rupees.",
    ],
    // A type cue that opens inside a word, beside none of its gate words.
    [
      "Kestrel Care hit by ransomware",
      "Kestrel Care was hit by a ransomware attack. Patients of the universitätsklinikum it runs in Bonn were told to stay away, the state ministry said.",
    ],
    [
      "Kestrel Health hit by ransomware",
      "Kestrel Health, a healthcare clearinghouse and revenue cycle firm, said it was hit by ransomware; its health insurance unit and home health arm were affected.",
    ],
    // Demand cues that need two words, one of them read inside a longer word ("enforced", "unwanted").
    ["Kestrel Hospital given days to pay", "The gang gave Kestrel Hospital three days to pay, the trust said."],
    [
      "Kestrel Hospital attack",
      "Kestrel Hospital was enforced into meeting the terms of the hackers within days, officials said.",
    ],
    ["Kestrel Hospital attack", "The attackers behind the Kestrel Hospital hack sought an unwanted sum of $40,000."],
    ["Kestrel Hospital attack", "Kestrel Hospital would not say how much was sought by the hackers who hit it."],
    // Headlines of advice pieces, market figures and attacks on other bodies (relevance.ts OPENING_GATES).
    [
      "Ransomware attacks on clinics jump 40% as Kestrel Hospital counts the cost",
      "Kestrel Hospital was hit by ransomware.",
    ],
    ["Five ways hospitals can protect themselves", "Kestrel Hospital was hit by ransomware last week."],
    [
      "Cyber attack on payroll firm hits Kestrel Hospital staff pay",
      "Kestrel Hospital said its payroll supplier was hit.",
    ],
    // Demand cues opening on each word the demand pattern is tried at (ransom.ts DEMAND_OPENINGS).
    [
      "Kestrel Hospital attack",
      "The gang gave Kestrel Hospital 14 days to pay; in talks with the hackers, it asked how much they wanted.",
    ],
    [
      "Kestrel Hospital attack",
      "Kestrel Hospital had a few days to pay, until Friday to pay, and the amount demanded was never revealed.",
    ],
    [
      "Kestrel Hospital attack",
      "The hackers held the Kestrel Hospital records to ransom in a bid to extort the trust; no ransom payment was made.",
    ],
    [
      "Kestrel Hospital attack",
      "Negotiations with the gang over the payout sought failed after the deadline was set and a countdown timer began.",
    ],
    [
      "Kestrel Hospital attack",
      "Blackmailers named an asking price of $90,000 for Kestrel Hospital files unless the trust pays.",
    ],
    // Type phrases made of two common words ("health system", "medical centre", "general practice").
    [
      "Kestrel Health System attack",
      "Kestrel, a regional health system that runs an acute care site, was hit by ransomware.",
    ],
    ["Kestrel attack", "Kestrel Medical Centre, a general practice of family doctors, said its NHS trust was told."],
    ["Kestrel attack", "The university clinic and the community health centre run by Kestrel were both hit."],
    [
      "Kestrel attack",
      "Kestrel, a medical group with an eye hospital, a walk-in centre and urgent care sites, was hit.",
    ],
    [
      "Kestrel attack",
      "Kestrel Pain Associates, a physical therapy and women's health practice, was hit by ransomware.",
    ],
    // Threats and claims whose gate needs a second word.
    [
      "Kestrel Hospital attack",
      "Kestrel Hospital paid the gang in return for not leaking the records of its patients.",
    ],
    ["Kestrel Hospital attack", "Kestrel Hospital went to court to stop the stolen files from being published online."],
    ["Kestrel Hospital attack", "The hackers boasted that they hold the records of 40,000 Kestrel Hospital patients."],
  ])("change nothing extracted from %j", (title, text) => {
    const { gated, open } = both(() => extract(title, text));
    expect(gated).toBe(open);
  });

  it.skipIf(articles.length === 0)("change nothing extracted from the dev set", () => {
    for (const a of articles) {
      const { gated, open } = both(() =>
        extractEntities({ id: a.id, url: a.url, site: a.site, title: a.title, text: a.text }),
      );
      expect(gated, a.id).toBe(open);
    }
  });

  // Every sentence written for the extraction tests, as the body under its own opening and under a generic headline:
  // a rule added with its test but without its gate word shows up here, whichever field's test it was written for.
  // Its work grows with every sentence a test adds, so its time limit only guards against a hang, not a busy machine.
  it("change nothing extracted from any sentence of the extraction tests", () => {
    const dir = __dirname;
    const texts = new Set<string>();
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(join(dir, file), "utf8");
      for (const m of source.matchAll(/"((?:[^"\\\n]|\\.){30,})"|`((?:[^`\\]|\\.){30,})`/g))
        texts.add((m[1] ?? m[2])!.replace(/\\n/g, "\n").replace(/\\"/g, '"'));
    }
    expect(texts.size).toBeGreaterThan(1000);
    const differ: string[] = [];
    for (const text of texts)
      for (const title of [text.slice(0, 80), "Hospital hit by cyber attack"]) {
        const { gated, open } = both(() => extract(title, text));
        if (gated !== open) differ.push(text);
      }
    expect(differ).toEqual([]);
  }, 600_000);
});
