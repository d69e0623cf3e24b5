import { describe, expect, it } from "vitest";
import { changeId, materialChange, type ChangeSource } from "../../src/cluster/material-change";
import { groupSlugOf } from "../../src/pipeline/group-slug";
import type { Entities, Evidence, Incident } from "../../src/model";
import { NO_ENTITIES } from "../fixtures/cluster/stories";

const AT = "2026-11-30T10:00:00.000Z";

const BEFORE: Incident = {
  id: "inc_kingsmere",
  title: "Kingsmere NHS Trust hit by INC Ransom",
  summary: "",
  first_seen: "2026-11-28T08:00:00.000Z",
  last_seen: "2026-11-28T08:00:00.000Z",
  updated: "2026-11-28T08:00:00.000Z",
  claim: "confirmed",
  victim: { orgs: ["Kingsmere NHS Trust"], type: "hospital", country: "GB" },
  attacker_groups: [{ name: "INC Ransom", slug: "inc-ransom" }],
  ransom: { status: "demanded-undisclosed", amount: null, currency: null },
  data_volume_bytes: null,
  people_affected: 1000,
  attack_types: ["ransomware"],
  impact: ["systems-offline", "operations-cancelled"],
  impact_details: [
    {
      type: "operations-cancelled",
      count: 100,
      counted: "operations",
      duration: null,
      status: null,
      quote: "100 operations were postponed.",
    },
  ],
  sources: [],
  facts: [],
  evidence: [],
};

const ev = (field: Evidence["field"], value: string, quote: string): Evidence => ({
  field,
  value,
  start: 0,
  end: 1,
  quote,
});
const source = (entities: Partial<Entities>): ChangeSource => ({
  url: "https://news.example/kingsmere-update",
  title: "Kingsmere update",
  site: "news.example",
  entities: { ...NO_ENTITIES, ...entities },
});

// Each row: the incident after the merge, what the new source said, and the kinds of change expected (none = no entry).
const CASES: {
  name: string;
  before?: Partial<Incident>;
  after: Partial<Incident>;
  said: Partial<Entities>;
  kinds: string[];
  quote?: string;
}[] = [
  {
    name: "a new effect on care the source states",
    after: { impact: ["ambulance-diversion", "systems-offline", "operations-cancelled"] },
    said: {
      impact: ["ambulance-diversion"],
      evidence: [ev("impact", "ambulance-diversion", "Ambulances are being diverted.")],
    },
    kinds: ["impact"],
    quote: "Ambulances are being diverted.",
  },
  {
    name: "an attacker named where none was",
    before: { attacker_groups: [] },
    after: { attacker_groups: [{ name: "LockBit", slug: "lockbit" }] },
    said: { attacker_groups: ["LockBit"], evidence: [ev("attacker_groups", "LockBit", "LockBit claimed the attack.")] },
    kinds: ["attacker-named"],
    quote: "LockBit claimed the attack.",
  },
  {
    name: "another attacker named",
    after: {
      attacker_groups: [
        { name: "INC Ransom", slug: "inc-ransom" },
        { name: "LockBit", slug: "lockbit" },
      ],
    },
    said: { attacker_groups: ["LockBit"] },
    kinds: ["attacker-changed"],
  },
  {
    name: "the ransom paid",
    after: { ransom: { status: "paid", amount: null, currency: null } },
    said: {
      ransom: { status: "paid", amount: null, currency: null },
      evidence: [ev("ransom", "paid", "The trust paid the ransom.")],
    },
    kinds: ["ransom-status"],
    quote: "The trust paid the ransom.",
  },
  {
    name: "a ransom amount",
    after: { ransom: { status: "demanded-amount", amount: 2_000_000, currency: "USD" } },
    said: { ransom: { status: "demanded-amount", amount: 2_000_000, currency: "USD" } },
    kinds: ["ransom-status", "ransom-amount"],
  },
  {
    name: "a ransom amount revised",
    after: { ransom: { status: "demanded-amount", amount: 3_000_000, currency: "USD" } },
    said: { ransom: { status: "demanded-amount", amount: 3_000_000, currency: "USD" } },
    kinds: ["ransom-status", "ransom-amount"],
  },
  {
    name: "a victim named where none was",
    before: { victim: { orgs: [], type: "hospital", country: "GB" } },
    after: {},
    said: { victim_orgs: ["Kingsmere NHS Trust"] },
    kinds: ["victim-named"],
  },
  {
    name: "the people affected revised",
    after: { people_affected: 25_000 },
    said: { people_affected: 25_000, evidence: [ev("people_affected", "25000", "25,000 patients were affected.")] },
    kinds: ["people-affected"],
    quote: "25,000 patients were affected.",
  },
  {
    name: "a leak-site claim confirmed",
    before: { claim: "claimed" },
    after: { claim: "confirmed" },
    said: {},
    kinds: ["claim-confirmed"],
  },
  {
    name: "an effect's count revised upwards",
    after: {
      impact_details: [
        {
          type: "operations-cancelled",
          count: 300,
          counted: "operations",
          duration: null,
          status: null,
          quote: "300 operations were postponed.",
        },
      ],
    },
    said: {
      impact_details: [
        {
          type: "operations-cancelled",
          count: 300,
          counted: "operations",
          duration: null,
          status: null,
          quote: "300 operations were postponed.",
        },
      ],
    },
    kinds: ["impact-count"],
    quote: "300 operations were postponed.",
  },
  {
    name: "a reprint: the same facts again",
    after: {},
    said: {
      attacker_groups: ["INC Ransom"],
      victim_orgs: ["Kingsmere NHS Trust"],
      impact: ["systems-offline"],
      people_affected: 1000,
    },
    kinds: [],
  },
  {
    name: "an effect the new source does not state (another source's vote)",
    after: { impact: ["ambulance-diversion", "systems-offline", "operations-cancelled"] },
    said: {},
    kinds: [],
  },
  {
    name: "people affected moved to a figure the new source does not give",
    after: { people_affected: 800 },
    said: { people_affected: 1000 },
    kinds: [],
  },
  {
    name: "an effect's count revised downwards",
    after: {
      impact_details: [
        {
          type: "operations-cancelled",
          count: 50,
          counted: "operations",
          duration: null,
          status: null,
          quote: "50 operations were postponed.",
        },
      ],
    },
    said: {
      impact_details: [
        {
          type: "operations-cancelled",
          count: 50,
          counted: "operations",
          duration: null,
          status: null,
          quote: "50 operations were postponed.",
        },
      ],
    },
    kinds: [],
  },
  { name: "the same attacker named again", after: {}, said: { attacker_groups: ["INC Ransom"] }, kinds: [] },
  {
    name: "the ransom status the incident already had",
    after: {},
    said: { ransom: { status: "demanded-undisclosed", amount: null, currency: null } },
    kinds: [],
  },
  { name: "a claim still unconfirmed", before: { claim: "claimed" }, after: { claim: "claimed" }, said: {}, kinds: [] },
  {
    name: "another spelling of a victim already named",
    after: { victim: { orgs: ["Kingsmere NHS Trust"], type: "hospital", country: "GB" } },
    said: { victim_orgs: ["Kingsmere Trust"] },
    kinds: [],
  },
];

describe("materialChange", () => {
  it.each(CASES)("$name → $kinds", ({ before, after, said, kinds, quote }) => {
    const change = materialChange(
      before ? { ...BEFORE, ...before } : BEFORE,
      { ...BEFORE, ...after },
      source(said),
      AT,
      groupSlugOf,
    );
    expect(change?.kinds ?? []).toEqual(kinds);
    if (quote) expect(change?.quote).toBe(quote);
  });

  it("records the incident, the time, the new source and a stable id", () => {
    const change = materialChange(
      BEFORE,
      { ...BEFORE, people_affected: 25_000 },
      source({ people_affected: 25_000 }),
      AT,
      groupSlugOf,
    )!;
    expect(change).toMatchObject({
      id: changeId("inc_kingsmere", "https://news.example/kingsmere-update"),
      incident_id: "inc_kingsmere",
      at: AT,
      source: { url: "https://news.example/kingsmere-update", title: "Kingsmere update", site: "news.example" },
      changes: [{ kind: "people-affected", from: 1000, to: 25_000 }],
    });
    expect(
      materialChange(
        BEFORE,
        { ...BEFORE, people_affected: 25_000 },
        source({ people_affected: 25_000 }),
        "2027-01-01T00:00:00Z",
        groupSlugOf,
      )!.id,
    ).toBe(change.id);
  });

  it("gives different ids to changes brought by different sources", () => {
    expect(changeId("inc_a", "https://a.example/1")).not.toBe(changeId("inc_a", "https://a.example/2"));
  });
});
