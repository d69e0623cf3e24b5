import type { ComponentChildren } from "preact";
import type { Evidence, FactProvenance, Incident } from "../../../src/model";
import { countryName, formatBytes, formatRansom, labelOf } from "../../lib/format";
import { Link } from "../layout/link";

interface FactRow {
  field: string;
  label: string;
  value: ComponentChildren;
}

function rows(inc: Incident): FactRow[] {
  const list = (xs: string[]) => (xs.length ? xs.map(labelOf).join(", ") : "not reported");
  return [
    { field: "victim_orgs", label: "Victim", value: inc.victim.orgs.join(", ") || "not named" },
    { field: "victim_type", label: "Victim type", value: inc.victim.type ? labelOf(inc.victim.type) : "not reported" },
    { field: "country", label: "Country", value: inc.victim.country ? countryName(inc.victim.country) : "not reported" },
    {
      field: "attacker_groups",
      label: "Attacker group",
      value: inc.attacker_groups.length
        ? inc.attacker_groups.map((g, i) => (
            <span key={g.slug}>
              {i > 0 && ", "}
              <Link href={`/groups/${encodeURIComponent(g.slug)}`}>{g.name}</Link>
            </span>
          ))
        : "unknown",
    },
    { field: "ransom", label: "Ransom", value: inc.ransom.status === "not-mentioned" ? "not mentioned" : formatRansom(inc.ransom) },
    { field: "data_volume_bytes", label: "Data stolen", value: inc.data_volume_bytes !== null ? formatBytes(inc.data_volume_bytes) : "not reported" },
    { field: "people_affected", label: "People affected", value: inc.people_affected !== null ? inc.people_affected.toLocaleString("en-GB") : "not reported" },
    { field: "attack_types", label: "Attack type", value: list(inc.attack_types) },
    { field: "impact", label: "Impact on care", value: list(inc.impact) },
  ];
}

/** The supporting sentence for a field: from the merged facts first, else from the extractor's evidence. */
function support(inc: Incident, field: string): { fact: FactProvenance | null; evidence: Evidence | null } {
  const fact = inc.facts.find((f) => f.field === field) ?? null;
  const evidence = fact?.quote ? null : (inc.evidence.find((e) => e.field === field && e.quote) ?? null);
  return { fact, evidence };
}

/** Every extracted fact with the sentence that supports it and, where sources disagree, what the others said. */
export function FactList(props: { incident: Incident }) {
  return (
    <dl class="fact-list">
      {rows(props.incident).map((row) => {
        const { fact, evidence } = support(props.incident, row.field);
        const quote = fact?.quote ?? evidence?.quote ?? null;
        return (
          <div class="fact" key={row.field}>
            <dt>{row.label}</dt>
            <dd>
              <span class="fact-value">{row.value}</span>
              {quote && (
                <figure class="quote">
                  <blockquote>{quote}</blockquote>
                  {fact && fact.sources.length > 0 && <figcaption>— {fact.sources.join(", ")}</figcaption>}
                </figure>
              )}
              {fact && fact.alternatives.length > 0 && (
                <p class="alternatives">
                  Sources disagree:{" "}
                  {fact.alternatives.map((a, i) => (
                    <span key={a.value}>
                      {i > 0 && "; "}“{a.value}” ({a.sources.join(", ")})
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
