import { describe, it } from "vitest";
import { buildDigest } from "../../src/digest/build-digest";
import type { DigestFilters, DigestPeriod } from "../../src/digest/digest-filters";
import type { DigestFormat } from "../../src/digest/links";
import { BASE_URL, CHANGES, groupName, INCIDENTS, NOW } from "../fixtures/digest/incidents";
import { expectGolden } from "./golden";

const NO_FILTERS: DigestFilters = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  since: null,
  until: null,
};
const LOCKBIT: DigestFilters = { ...NO_FILTERS, attacker: ["lockbit"] };

// One search per period; the LockBit case also checks a filtered title, links and period-id hash.
const CASES: { name: string; period: DigestPeriod; filters: DigestFilters }[] = [
  { name: "incidents", period: "none", filters: NO_FILTERS },
  { name: "daily", period: "daily", filters: NO_FILTERS },
  { name: "weekly-lockbit", period: "weekly", filters: LOCKBIT },
];
const FORMATS: { format: DigestFormat; ext: string }[] = [
  { format: "rss", ext: "rss.expected.xml" },
  { format: "atom", ext: "atom.expected.xml" },
  { format: "json", ext: "expected.json" },
];

describe("digest golden files", () => {
  it.each(CASES.flatMap((c) => FORMATS.map((f) => ({ ...c, ...f, file: `${c.name}.${f.ext}` }))))(
    "renders the $name digest as $format exactly as $file",
    ({ period, filters, format, file }) => {
      const incidents = filters.attacker.length
        ? INCIDENTS.filter((i) => i.attacker_groups.some((g) => filters.attacker.includes(g.slug)))
        : INCIDENTS;
      const digest = buildDigest({
        incidents,
        changes: CHANGES,
        filters,
        period,
        baseUrl: BASE_URL,
        now: NOW,
        format,
        groupName,
      });
      expectGolden(file, digest.body);
    },
  );
});
