import type { AttackerGroup, SearchResult } from "../../src/model";
import { StackedBarChart } from "../components/chart/stacked-bar-chart";
import { IncidentCard } from "../components/search/incident-card";
import { SubscribeBox } from "../components/subscribe/subscribe-box";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useMonthlyCounts } from "../hooks/use-monthly-counts";
import { formatDate, labelOf } from "../lib/format";
import { EMPTY_SEARCH, filterQuery, searchQuery } from "../lib/search-url";
import { Link } from "../components/layout/link";
import { ErrorNotice } from "./incident-page";

const LIST_LIMIT = 100;

/** An attacker group: names, activity span, incidents per month by victim type, its incidents and its digest. */
export function GroupPage(props: { slug: string }) {
  const view = { ...EMPTY_SEARCH, attacker: [props.slug], sort: "newest" as const };
  const incidents = useApi<SearchResult>(`/api/incidents${searchQuery(view)}&limit=${LIST_LIMIT}`);
  const group = useApi<AttackerGroup>(`/api/groups/${encodeURIComponent(props.slug)}`);
  const chart = useMonthlyCounts({ attacker: [props.slug] });
  const hits = incidents.data?.hits ?? [];
  const ref = hits.flatMap((h) => h.attacker_groups).find((g) => g.slug === props.slug || g.name.toLowerCase() === props.slug.toLowerCase());
  const name = group.data?.name ?? ref?.name ?? props.slug;
  useDocumentTitle(name);
  if (incidents.error) return <ErrorNotice title={`Group “${props.slug}”`} message={incidents.error} />;
  const data = incidents.data;
  // Hits are newest first; the span is read from them (complete while the group has at most LIST_LIMIT incidents).
  const firstSeen = hits.reduce<string | null>((min, h) => (!min || h.first_seen < min ? h.first_seen : min), null);
  const lastSeen = hits.reduce<string | null>((max, h) => (!max || h.last_seen > max ? h.last_seen : max), null);
  const aliases = group.data?.aliases ?? [];
  return (
    <div class="group">
      <h1>{name}</h1>
      <dl class="group-facts">
        <div>
          <dt>Also known as</dt>
          <dd>{aliases.length ? aliases.join(", ") : "no known aliases"}</dd>
        </div>
        <div>
          <dt>Incidents</dt>
          <dd>{data ? data.total : "…"}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{data ? formatDate(firstSeen) : "…"}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{data ? formatDate(lastSeen) : "…"}</dd>
        </div>
      </dl>
      <p>
        <Link href={`/${searchQuery({ ...EMPTY_SEARCH, attacker: [props.slug] })}`}>Search within {name}’s incidents</Link>
      </p>
      <section aria-labelledby="group-chart-title">
        <h2 id="group-chart-title">Activity, last 12 months</h2>
        {chart.error && <p class="error">{chart.error}</p>}
        {chart.rows ? (
          <StackedBarChart id="group-chart" caption={`${name}: incidents per month by victim type`} rows={chart.rows} series={chart.series} seriesLabel={labelOf} />
        ) : (
          !chart.error && <p>Loading chart…</p>
        )}
      </section>
      <section aria-labelledby="group-incidents-title">
        <h2 id="group-incidents-title">Incidents</h2>
        <ul class="results">
          {hits.map((hit) => (
            <li key={hit.id}>
              <IncidentCard hit={hit} />
            </li>
          ))}
        </ul>
      </section>
      <SubscribeBox filters={filterQuery(view)} title={`medbreach: ${name}`} />
    </div>
  );
}
