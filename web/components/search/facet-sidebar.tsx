import type { Facets } from "../../../src/model";
import { countryName, labelOf } from "../../lib/format";
import type { ListFilter, SearchState } from "../../lib/search-url";
import { yearRange } from "../../lib/search-url";

/** A facet value was clicked: toggle a list filter, or pick a year. */
export type FacetAction = { key: ListFilter; value: string } | { key: "year"; value: string };

const GROUPS: { key: ListFilter | "year"; facet: keyof Facets; title: string; label: (v: string) => string }[] = [
  { key: "attacker", facet: "attacker_groups", title: "Attacker group", label: (v) => v },
  { key: "victim_type", facet: "victim_type", title: "Victim type", label: labelOf },
  { key: "country", facet: "country", title: "Country", label: countryName },
  { key: "attack_type", facet: "attack_types", title: "Attack type", label: labelOf },
  { key: "impact", facet: "impact", title: "Impact on care", label: labelOf },
  { key: "claim", facet: "claim", title: "Status", label: labelOf },
  { key: "year", facet: "year", title: "Year", label: (v) => v },
];

const MAX_SHOWN = 12;

function isActive(state: SearchState, key: ListFilter | "year", value: string): boolean {
  if (key !== "year") return state[key].some((v) => v.toLowerCase() === value.toLowerCase());
  const r = yearRange(value);
  return state.since === r.since && state.until === r.until;
}

/**
 * Facet counts as toggle buttons (`aria-pressed`), grouped under headings; years sort newest first, the rest by count.
 * Values of one facet combine with OR and the API counts each facet without its own filter, so picking
 * one value leaves the others listed with what picking them too would add.
 */
export function FacetSidebar(props: { facets: Facets; state: SearchState; onToggle: (a: FacetAction) => void }) {
  return (
    <aside class="facets" aria-labelledby="facets-title">
      <h2 id="facets-title" class="facets-title">
        Refine
      </h2>
      {GROUPS.map((g) => {
        const entries = Object.entries(props.facets[g.facet] ?? {}).sort((a, b) =>
          g.key === "year" ? b[0].localeCompare(a[0]) : b[1] - a[1] || a[0].localeCompare(b[0]),
        );
        if (!entries.length) return null;
        return (
          <section key={g.key} class="facet">
            <h3>{g.title}</h3>
            <ul>
              {entries.slice(0, MAX_SHOWN).map(([value, count]) => {
                const active = isActive(props.state, g.key, value);
                return (
                  <li key={value}>
                    <button
                      type="button"
                      class="facet-button"
                      aria-pressed={active}
                      onClick={() => props.onToggle({ key: g.key, value } as FacetAction)}
                    >
                      <span class="facet-label">{g.label(value)}</span> <span class="facet-count">{count}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
