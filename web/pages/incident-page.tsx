import type { ChangeRecord, Incident, SearchResult } from "../../src/model";
import { ChangeList } from "../components/incident/change-list";
import { ClaimBadge } from "../components/incident/claim-badge";
import { FactList } from "../components/incident/fact-list";
import { ImpactDetailList } from "../components/incident/impact-detail-list";
import { SourceTimeline } from "../components/incident/source-timeline";
import { IncidentCard } from "../components/search/incident-card";
import { ImpactBadges } from "../components/search/impact-badges";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { formatDate, plural } from "../lib/format";
import { EMPTY_SEARCH, searchQuery } from "../lib/search-url";

/** One incident: claimed or confirmed, its dates, facts with their quoted support, impact detail, what changed, the source timeline and other incidents by the same group. */
export function IncidentPage(props: { id: string }) {
  const { data: incident, error } = useApi<Incident & { changes?: ChangeRecord[] }>(
    `/api/incidents/${encodeURIComponent(props.id)}`,
  );
  const slugs = incident?.attacker_groups.map((g) => g.slug) ?? [];
  const related = useApi<SearchResult>(
    slugs.length ? `/api/incidents${searchQuery({ ...EMPTY_SEARCH, attacker: slugs, sort: "newest" })}&limit=6` : null,
  );
  useDocumentTitle(incident?.title ?? "Incident");
  if (error) return <ErrorNotice title="Incident not found" message={error} />;
  if (!incident) return <p role="status">Loading incident…</p>;
  const others = related.data?.hits.filter((h) => h.id !== incident.id).slice(0, 5) ?? [];
  const updated = incident.updated ?? incident.last_seen;
  return (
    <article class="incident">
      <header>
        <h1>{incident.title}</h1>
        <p class="incident-dates">
          <ClaimBadge claim={incident.claim} /> First reported{" "}
          <time dateTime={incident.first_seen}>{formatDate(incident.first_seen)}</time>, last material change{" "}
          <time dateTime={updated}>{formatDate(updated)}</time> · {plural(incident.sources.length, "source")}
        </p>
        {incident.claim === "claimed" && (
          <p class="claim-note">
            Only a leak-site claim so far: no source independent of the gang has reported this attack.
          </p>
        )}
        <ImpactBadges impact={incident.impact} />
        <p class="incident-summary">{incident.summary}</p>
      </header>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">What we know</h2>
        <FactList incident={incident} />
      </section>
      {(incident.impact_details?.length ?? 0) > 0 && (
        <section aria-labelledby="impact-title">
          <h2 id="impact-title">Impact on care in detail</h2>
          <ImpactDetailList details={incident.impact_details!} />
        </section>
      )}
      {(incident.changes?.length ?? 0) > 0 && (
        <section aria-labelledby="changes-title">
          <h2 id="changes-title">What changed</h2>
          <ChangeList changes={incident.changes!} />
        </section>
      )}
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">Sources</h2>
        <SourceTimeline sources={incident.sources} />
      </section>
      {others.length > 0 && (
        <section aria-labelledby="related-title" class="related">
          <h2 id="related-title">Other incidents by {incident.attacker_groups.map((g) => g.name).join(" / ")}</h2>
          <ul class="results">
            {others.map((hit) => (
              <li key={hit.id}>
                <IncidentCard hit={hit} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** A page-level failure (unknown id, API down) with the API's message. */
export function ErrorNotice(props: { title: string; message: string }) {
  return (
    <div>
      <h1>{props.title}</h1>
      <p class="error" role="alert">
        {props.message}
      </p>
    </div>
  );
}
