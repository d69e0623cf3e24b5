import type { SearchResult, SearchStats } from "../../src/model";
import { BarList } from "../components/chart/bar-list";
import { PATTERN_COUNT } from "../components/chart/patterns";
import { StackedBarChart } from "../components/chart/stacked-bar-chart";
import { Link } from "../components/layout/link";
import { FirstRunNotice } from "../components/search/first-run";
import { IncidentCard } from "../components/search/incident-card";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { limitSeries } from "../lib/chart-series";
import { formatDate, labelOf } from "../lib/format";
import { monthlyRows, monthsEndingAt } from "../lib/monthly-rows";
import { EMPTY_SEARCH, searchQuery } from "../lib/search-url";

const CHART_MONTHS = 12;

/** The morning view: incidents per month, the most active groups of the last 90 days, who gets hit, and the latest incidents. */
export function OverviewPage() {
  useDocumentTitle("Overview");
  const stats = useApi<SearchStats>("/api/stats");
  const latest = useApi<SearchResult>("/api/incidents?sort=newest&limit=5");
  const s = stats.data;
  const chart = s
    ? limitSeries(
        monthlyRows(s.per_month_by_victim_type, monthsEndingAt(new Date().toISOString().slice(0, 7), CHART_MONTHS)),
        PATTERN_COUNT,
      )
    : null;
  const victimTypes = s ? Object.entries(s.victim_types).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])) : [];
  return (
    <div class="overview">
      <h1>Overview</h1>
      {s && s.total === 0 && (
        <div class="panel panel-wide">
          <FirstRunNotice />
        </div>
      )}
      {stats.error && (
        <p class="error panel-wide" role="alert">
          {stats.error}
        </p>
      )}
      <section aria-labelledby="monthly-title" class="panel panel-wide">
        <h2 id="monthly-title">Incidents per month</h2>
        {chart ? (
          <StackedBarChart
            id="monthly"
            caption={`Incidents per month, last ${CHART_MONTHS} months, by victim type`}
            rows={chart.rows}
            series={chart.series}
            seriesLabel={labelOf}
          />
        ) : (
          !stats.error && <p>Loading chart…</p>
        )}
      </section>
      <section aria-labelledby="groups-title" class="panel">
        <h2 id="groups-title">Most active groups, last 90 days</h2>
        {s?.top_groups_since && s.top_groups_until && (
          <p class="hint">
            {formatDate(s.top_groups_since)} to {formatDate(s.top_groups_until)}
          </p>
        )}
        {s &&
          (s.top_groups.length ? (
            <BarList
              label="Incidents per group, last 90 days"
              items={s.top_groups.map((g) => ({
                key: g.slug,
                label: <Link href={`/groups/${encodeURIComponent(g.slug)}`}>{g.name}</Link>,
                value: g.count,
              }))}
            />
          ) : (
            <p>No attributed incidents in the last 90 days.</p>
          ))}
      </section>
      <section aria-labelledby="victims-title" class="panel">
        <h2 id="victims-title">Victim types</h2>
        {s && (
          <BarList
            label="Incidents per victim type"
            items={victimTypes.map(([type, n]) => ({
              key: type,
              label:
                type === "unknown" ? (
                  "Unknown"
                ) : (
                  <Link href={`/${searchQuery({ ...EMPTY_SEARCH, victim_type: [type] })}`}>{labelOf(type)}</Link>
                ),
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
