import { PATTERN_COUNT } from "../components/chart/patterns";
import { StackedBarChart } from "../components/chart/stacked-bar-chart";
import { Link } from "../components/layout/link";
import { IncidentCard } from "../components/search/incident-card";
import { SubscribeBox } from "../components/subscribe/subscribe-box";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import type { GroupDetail } from "../lib/api-types";
import { limitSeries } from "../lib/chart-series";
import { formatDate, labelOf, plural } from "../lib/format";
import { monthlyRows, monthsEndingAt } from "../lib/monthly-rows";
import { EMPTY_SEARCH, filterQuery, searchQuery } from "../lib/search-url";
import { ErrorNotice } from "./incident-page";

const LIST_LIMIT = 100;
const CHART_MONTHS = 12;

/** An attacker group: names, activity span, incidents per month by victim type, its incidents and its digest. */
export function GroupPage(props: { slug: string }) {
  // The API accepts a slug, name or alias, and answers with the canonical group.
  const { data, error } = useApi<GroupDetail>(`/api/groups/${encodeURIComponent(props.slug)}?limit=${LIST_LIMIT}`);
  useDocumentTitle(data?.group.name ?? props.slug);
  if (error) return <ErrorNotice title={`Group “${props.slug}”`} message={error} />;
  if (!data) return <p role="status">Loading group…</p>;
  const { group, incidents } = data;
  const view = { ...EMPTY_SEARCH, attacker: [group.slug] };
  // The chart ends with the group's latest month, so a group that went quiet still shows its activity.
  const lastMonth = (group.last_seen ?? new Date().toISOString()).slice(0, 7);
  const chart = limitSeries(
    monthlyRows(data.per_month_by_victim_type, monthsEndingAt(lastMonth, CHART_MONTHS)),
    PATTERN_COUNT,
  );
  return (
    <div class="group">
      <h1>{group.name}</h1>
      <dl class="group-facts">
        <div>
          <dt>Also known as</dt>
          <dd>{group.aliases.length ? group.aliases.join(", ") : "no known aliases"}</dd>
        </div>
        <div>
          <dt>Incidents</dt>
          <dd>{group.incident_count}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{formatDate(group.first_seen)}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{formatDate(group.last_seen)}</dd>
        </div>
      </dl>
      <p>
        <Link href={`/${searchQuery(view)}`}>Search within {group.name}’s incidents</Link>
      </p>
      <section aria-labelledby="group-chart-title">
        <h2 id="group-chart-title">Activity by month</h2>
        <StackedBarChart
          id="group-chart"
          caption={`${group.name}: incidents per month by victim type, ${CHART_MONTHS} months to ${chart.rows.at(-1)!.label}`}
          rows={chart.rows}
          series={chart.series}
          seriesLabel={labelOf}
        />
      </section>
      <section aria-labelledby="group-incidents-title">
        <h2 id="group-incidents-title">Incidents</h2>
        {incidents.total > incidents.hits.length && (
          <p>
            The latest {incidents.hits.length} of {plural(incidents.total, "incident")};{" "}
            <Link href={`/${searchQuery(view)}`}>search them all</Link>.
          </p>
        )}
        <ul class="results">
          {incidents.hits.map((hit) => (
            <li key={hit.id}>
              <IncidentCard hit={hit} />
            </li>
          ))}
        </ul>
      </section>
      <SubscribeBox filters={filterQuery(view)} title={`medbreach: ${group.name}`} />
    </div>
  );
}
