import type { SearchResult } from "../../src/model";
import { BarList } from "../components/chart/bar-list";
import { StackedBarChart } from "../components/chart/stacked-bar-chart";
import { Link } from "../components/layout/link";
import { IncidentCard } from "../components/search/incident-card";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useMonthlyCounts } from "../hooks/use-monthly-counts";
import { labelOf } from "../lib/format";
import { daysBefore } from "../lib/months";
import { EMPTY_SEARCH, searchQuery } from "../lib/search-url";

const TOP_GROUPS = 8;

const ranked = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The morning view: incidents per month, the most active groups of the last 90 days, who gets hit, and the latest incidents. */
export function OverviewPage() {
  useDocumentTitle("Overview");
  const since90 = daysBefore(new Date(), 90);
  const chart = useMonthlyCounts({});
  const recent = useApi<SearchResult>(`/api/incidents${searchQuery({ ...EMPTY_SEARCH, since: since90 })}&limit=1`);
  const latest = useApi<SearchResult>(`/api/incidents?sort=newest&limit=5`);
  return (
    <div class="overview">
      <h1>Overview</h1>
      <section aria-labelledby="monthly-title" class="panel panel-wide">
        <h2 id="monthly-title">Incidents per month</h2>
        {chart.error && <p class="error">{chart.error}</p>}
        {chart.rows ? (
          <StackedBarChart id="monthly" caption="Incidents per month, last 12 months, by victim type" rows={chart.rows} series={chart.series} seriesLabel={labelOf} />
        ) : (
          !chart.error && <p>Loading chart…</p>
        )}
      </section>
      <section aria-labelledby="groups-title" class="panel">
        <h2 id="groups-title">Most active groups, last 90 days</h2>
        {recent.data &&
          (Object.keys(recent.data.facets.attacker_groups).length ? (
            <BarList
              label="Incidents per group, last 90 days"
              items={ranked(recent.data.facets.attacker_groups).slice(0, TOP_GROUPS).map(([name, n]) => ({
                key: name,
                label: <Link href={`/groups/${encodeURIComponent(name)}`}>{name}</Link>,
                value: n,
              }))}
            />
          ) : (
            <p>No attributed incidents in the last 90 days.</p>
          ))}
      </section>
      <section aria-labelledby="victims-title" class="panel">
        <h2 id="victims-title">Victim types</h2>
        {latest.data && (
          <BarList
            label="Incidents per victim type"
            items={ranked(latest.data.facets.victim_type).map(([type, n]) => ({
              key: type,
              label: <Link href={`/${searchQuery({ ...EMPTY_SEARCH, victim_type: [type] })}`}>{labelOf(type)}</Link>,
              value: n,
            }))}
          />
        )}
      </section>
      <section aria-labelledby="latest-title" class="panel panel-wide">
        <h2 id="latest-title">Latest incidents</h2>
        {latest.error && <p class="error">{latest.error}</p>}
        <ul class="results">
          {latest.data?.hits.map((hit) => (
            <li key={hit.id}>
              <IncidentCard hit={hit} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
