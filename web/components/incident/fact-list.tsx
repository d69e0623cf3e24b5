import type { ComponentChildren } from "preact";
import type { FactProvenance, Incident } from "../../../src/model";
import { countryName, formatBytes, formatMoney, formatRansom, labelOf } from "../../lib/format";
import { Link } from "../layout/link";

interface FactRow {
  label: string;
  value: ComponentChildren;
  /** Merged-fact fields (clustering) that back this row, then the extractor's evidence field as a fallback. */
  facts: string[];
  evidence: string;
  /** How a raw fact value (as clustering stores it) reads to a person. */
  show: (raw: string) => string;
}

/** "2500000 USD" (clustering's amount format) → "US$2,500,000"; ransom statuses and other slugs → labels. */
function showRansom(raw: string): string {
  const m = /^(\d+(?:\.\d+)?) ([A-Z]{3})$/.exec(raw);
  return m ? formatMoney(Number(m[1]), m[2]!) : labelOf(raw);
}

const asNumber = (raw: string) => (/^\d+$/.test(raw) ? Number(raw).toLocaleString("en-GB") : raw);
const asBytes = (raw: string) => (/^\d+$/.test(raw) ? formatBytes(Number(raw)) : raw);
const asCountry = (raw: string) => (/^[A-Za-z]{2}$/.test(raw) ? countryName(raw) : raw);
const same = (raw: string) => raw;

function rows(inc: Incident): FactRow[] {
  const list = (xs: string[]) => (xs.length ? xs.map(labelOf).join(", ") : "not reported");
  return [
    {
      label: "Victim",
      value: inc.victim.orgs.join(", ") || "not named",
      facts: ["victim_org", "victim_orgs"],
      evidence: "victim_orgs",
      show: same,
    },
    {
      label: "Victim type",
      value: inc.victim.type ? labelOf(inc.victim.type) : "not reported",
      facts: ["victim_type"],
      evidence: "victim_type",
      show: labelOf,
    },
    {
      label: "Country",
      value: inc.victim.country ? countryName(inc.victim.country) : "not reported",
      facts: ["country"],
      evidence: "country",
      show: asCountry,
    },
    {
      label: "Attacker group",
      value: inc.attacker_groups.length
        ? inc.attacker_groups.map((g, i) => (
            <span key={g.slug}>
              {i > 0 && ", "}
              <Link href={`/groups/${encodeURIComponent(g.slug)}`}>{g.name}</Link>
            </span>
          ))
        : "unknown",
      facts: ["attacker_group", "attacker_groups"],
      evidence: "attacker_groups",
      show: same,
    },
    {
      label: "Ransom",
      value: inc.ransom.status === "not-mentioned" ? "not mentioned" : formatRansom(inc.ransom),
      facts: ["ransom_amount", "ransom_status", "ransom"],
      evidence: "ransom",
      show: showRansom,
    },
    {
      label: "Data stolen",
      value: inc.data_volume_bytes !== null ? formatBytes(inc.data_volume_bytes) : "not reported",
      facts: ["data_volume_bytes"],
      evidence: "data_volume_bytes",
      show: asBytes,
    },
    {
      label: "People affected",
      value: inc.people_affected !== null ? inc.people_affected.toLocaleString("en-GB") : "not reported",
      facts: ["people_affected"],
      evidence: "people_affected",
      show: asNumber,
    },
    {
      label: "Attack type",
      value: list(inc.attack_types),
      facts: ["attack_types"],
      evidence: "attack_types",
      show: labelOf,
    },
    { label: "Impact on care", value: list(inc.impact), facts: ["impact"], evidence: "impact", show: labelOf },
  ];
}

/** Fact sources are article URLs; the timeline knows each one's site, which reads better than a URL. */
function siteOf(inc: Incident, source: string): string {
  return inc.sources.find((s) => s.url === source)?.site ?? source;
}

/** Every extracted fact with the sentence that supports it and, where sources disagree, what the others said. */
export function FactList(props: { incident: Incident }) {
  const inc = props.incident;
  return (
    <dl class="fact-list">
      {rows(inc).map((row) => {
        const facts = row.facts
          .map((f) => inc.facts.find((x) => x.field === f))
          .filter((f): f is FactProvenance => Boolean(f));
        const quoted = facts.find((f) => f.quote);
        const quote = quoted?.quote ?? inc.evidence.find((e) => e.field === row.evidence && e.quote)?.quote ?? null;
        const quoteSources = quoted ? [...new Set(quoted.sources.map((s) => siteOf(inc, s)))] : [];
        const alternatives = facts.flatMap((f) => f.alternatives);
        return (
          <div class="fact" key={row.label}>
            <dt>{row.label}</dt>
            <dd>
              <span class="fact-value">{row.value}</span>
              {quote && (
                <figure class="quote">
                  <blockquote>{quote}</blockquote>
                  {quoteSources.length > 0 && <figcaption>— {quoteSources.join(", ")}</figcaption>}
                </figure>
              )}
              {alternatives.length > 0 && (
                <p class="alternatives">
                  Sources disagree:{" "}
                  {alternatives.map((a, i) => (
                    <span key={a.value}>
                      {i > 0 && "; "}“{row.show(a.value)}” (
                      {[...new Set(a.sources.map((s) => siteOf(inc, s)))].join(", ")})
                    </span>
                  ))}
                </p>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
