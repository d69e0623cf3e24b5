import type { SearchHit } from "../../../src/model";
import { countryName, formatDate, formatRansom, labelOf, plural } from "../../lib/format";
import { Link } from "../layout/link";
import { ClaimBadge } from "../incident/claim-badge";
import { ImpactBadges } from "./impact-badges";
import { SnippetText } from "./snippet-text";

/** One incident in a list: title, victim, attackers, ransom, impact on care, claimed or confirmed, its labelled date and how many sources told it. */
export function IncidentCard(props: { hit: SearchHit; headingLevel?: 2 | 3 }) {
  const { hit } = props;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  // The one date model: a card shows the last material change, and says so (a reprint never moves it).
  const updated = hit.updated ?? hit.last_seen;
  const victim = [
    hit.victim.orgs.join(", ") || "Unnamed organisation",
    hit.victim.type && labelOf(hit.victim.type),
    hit.victim.country && countryName(hit.victim.country),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <article class="card">
      <Heading class="card-title">
        <Link href={`/incidents/${encodeURIComponent(hit.id)}`}>{hit.title}</Link>
      </Heading>
      <p class="card-victim">{victim}</p>
      <p class="card-text">{hit.snippet ? <SnippetText snippet={hit.snippet} /> : hit.summary}</p>
      <dl class="card-facts">
        <div>
          <dt>Attacker</dt>
          <dd>
            {hit.attacker_groups.length
              ? hit.attacker_groups.map((g, i) => (
                  <span key={g.slug}>
                    {i > 0 && ", "}
                    <Link href={`/groups/${encodeURIComponent(g.slug)}`}>{g.name}</Link>
                  </span>
                ))
              : "unknown"}
          </dd>
        </div>
        <div>
          <dt>Ransom</dt>
          <dd>{formatRansom(hit.ransom)}</dd>
        </div>
      </dl>
      <ImpactBadges impact={hit.impact} />
      <p class="card-foot">
        <ClaimBadge claim={hit.claim} /> {updated === hit.first_seen ? "First reported" : "Updated"}{" "}
        <time dateTime={updated}>{formatDate(updated)}</time> · {plural(hit.sources.length, "source")}
      </p>
    </article>
  );
}
