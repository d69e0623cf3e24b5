import type { IncidentSource } from "../../../src/model";
import { formatDate } from "../../lib/format";

/** The sources in publication order, each linking to the publisher (new tab, no referrer or opener) with what it added. */
export function SourceTimeline(props: { sources: IncidentSource[] }) {
  const sorted = [...props.sources].sort((a, b) => a.published.localeCompare(b.published));
  return (
    <ol class="timeline">
      {sorted.map((s) => (
        <li key={s.url}>
          <time dateTime={s.published}>{formatDate(s.published)}</time>
          <div>
            <a href={s.url} target="_blank" rel="noopener noreferrer" class="source-link">
              {s.title}
            </a>
            <span class="source-site"> — {s.site}</span>
            {s.added.length > 0 && <p class="source-added">Added: {s.added.join(", ")}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
