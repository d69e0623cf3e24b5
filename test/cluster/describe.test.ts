import { describe, expect, it } from "vitest";
import { formatMoney, incidentSummary, incidentTitle, type IncidentFacts } from "../../src/cluster/describe";

const base: IncidentFacts = {
  victims: [],
  victim_type: null,
  country: null,
  groups: [],
  attack_types: [],
  impact: [],
  ransom: { status: "not-mentioned", amount: null, currency: null },
  data_volume_bytes: null,
  people_affected: null,
  data_kind: null,
};

describe("generated titles", () => {
  it.each([
    {
      facts: {
        victims: ["London Bridge Plastic Surgery"],
        groups: ["The Dark Overlord"],
        attack_types: ["data-theft", "extortion"],
        data_kind: "patient photos",
      },
      expected: "The Dark Overlord steals patient photos from London Bridge Plastic Surgery",
    },
    {
      facts: { victims: ["Capital Health"], groups: ["LockBit"], attack_types: ["ransomware", "data-theft"] },
      expected: "LockBit ransomware attack on Capital Health",
    },
    {
      facts: { victims: ["Synnovis"], impact: ["operations-cancelled", "systems-offline"] },
      expected: "Cyber attack takes systems offline at Synnovis",
    },
    {
      facts: { victims: ["Kestrel Valley Hospital"], attack_types: ["ransomware"], impact: ["operations-cancelled"] },
      expected: "Ransomware attack forces cancelled operations at Kestrel Valley Hospital",
    },
    {
      facts: { victims: ["Ostwick Clinic"], attack_types: ["data-theft"] },
      expected: "Data stolen from Ostwick Clinic",
    },
    {
      facts: { victims: ["UMCG"], groups: ["Killnet"], attack_types: ["ddos"] },
      expected: "Killnet DDoS attack on UMCG",
    },
    {
      facts: { victims: ["Navicent Health"], attack_types: ["phishing"] },
      expected: "Phishing attack on Navicent Health",
    },
    {
      facts: { victim_type: "hospital", country: "DE", attack_types: ["unknown"] },
      expected: "Cyber attack on a hospital in Germany",
    },
    {
      facts: { victim_type: "ambulance", country: "CA", attack_types: ["ransomware"] },
      expected: "Ransomware attack on an ambulance service in Canada",
    },
    {
      facts: {
        victims: ["Parkland Health Region"],
        attack_types: ["insider", "data-theft"],
        impact: ["systems-offline"],
      },
      expected: "Insider data breach at Parkland Health Region",
    },
    { facts: {}, expected: "Cyber attack on a healthcare organisation" },
  ] as { facts: Partial<IncidentFacts>; expected: string }[])("titles $expected", ({ facts, expected }) => {
    expect(incidentTitle({ ...base, ...facts })).toBe(expected);
  });
});

describe("generated summaries", () => {
  it.each([
    {
      name: "a single victim with a group, a paid ransom, a data volume and effects on care",
      facts: {
        victims: ["Capital Health"],
        victim_type: "hospital",
        country: "US",
        groups: ["LockBit"],
        attack_types: ["ransomware"],
        ransom: { status: "paid", amount: 22000000, currency: "USD" },
        data_volume_bytes: 7e12,
        impact: ["ambulance-diversion", "systems-offline"],
      },
      expected:
        "Capital Health, a hospital in the United States, was hit by a ransomware attack attributed to LockBit. A ransom of $22 million was paid. The attackers reportedly stole about 7 TB of data. Effects on care: ambulances diverted and systems offline.",
    },
    {
      name: "several victims and no group",
      facts: {
        victims: [
          "Bluewater Health",
          "Erie Shores HealthCare",
          "Windsor Regional Hospital",
          "Chatham-Kent Health Alliance",
        ],
        country: "CA",
        ransom: { status: "demanded-undisclosed", amount: null, currency: null },
        people_affected: 267000,
      },
      expected:
        "Bluewater Health, Erie Shores HealthCare, Windsor Regional Hospital and 1 more in Canada were hit by a cyber attack. The attackers demanded a ransom. 267,000 people are reported affected.",
    },
    {
      name: "a victim whose type starts with a vowel",
      facts: { victims: ["Quebec City CCSC"], victim_type: "ambulance", country: "CA", attack_types: ["ransomware"] },
      expected: "Quebec City CCSC, an ambulance service in Canada, was hit by a ransomware attack.",
    },
    {
      name: "an unnamed victim",
      facts: { victim_type: "dental", country: "GB", attack_types: ["data-theft"] },
      expected: "A dental practice in the United Kingdom was hit by a data theft.",
    },
    {
      name: "a victim in a country outside the most reported ones",
      facts: {
        victims: ["Nyeri Referral Hospital"],
        victim_type: "hospital",
        country: "KE",
        attack_types: ["ransomware"],
      },
      expected: "Nyeri Referral Hospital, a hospital in Kenya, was hit by a ransomware attack.",
    },
    {
      name: "a victim in a country whose name takes an article",
      facts: { victim_type: "hospital", country: "KY", attack_types: ["ransomware"] },
      expected: "A hospital in the Cayman Islands was hit by a ransomware attack.",
    },
  ] as { name: string; facts: Partial<IncidentFacts>; expected: string }[])(
    "summarises $name",
    ({ facts, expected }) => {
      expect(incidentSummary({ ...base, ...facts })).toBe(expected);
    },
  );
});

describe("formatting", () => {
  it.each([
    [10_000_000, "USD", "$10 million"],
    [9_700_000, "AUD", "A$9.7 million"],
    [250_000, "GBP", "£250,000"],
    [60, "BTC", "60 BTC"],
    [1_500_000_000, "EUR", "€1.5 billion"],
    [5000, null, "5,000"],
  ])("writes %d %s as %s", (amount, currency, expected) => {
    expect(formatMoney(amount, currency)).toBe(expected);
  });
});
