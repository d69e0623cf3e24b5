import type { GroupSummary } from "../../src/model";
import { Link } from "../components/layout/link";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { formatDate, plural } from "../lib/format";

/** `GET /api/groups`: every group with incidents, most incidents first. */
type GroupList = { groups: (GroupSummary & { aliases: string[] })[] };

/** The attacker groups: how many incidents each has and when it was last active, most incidents first. */
export function GroupsPage() {
  useDocumentTitle("Attacker groups");
  const { data, error } = useApi<GroupList>("/api/groups");
  return (
    <div class="groups">
      <h1>Attacker groups</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!data && !error && <p role="status">Loading groups…</p>}
      {data && data.groups.length === 0 && <p>No incident names an attacker group yet.</p>}
      {data && data.groups.length > 0 && (
        <>
          <p role="status">{plural(data.groups.length, "group")} named in incidents.</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-label="Attacker groups table">
            <table class="group-table">
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Incidents</th>
                  <th scope="col">Last activity</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Also known as</th>
                </tr>
              </thead>
              <tbody>
                {data.groups.map((g) => (
                  <tr key={g.slug}>
                    <th scope="row">
                      <Link href={`/groups/${encodeURIComponent(g.slug)}`}>{g.name}</Link>
                    </th>
                    <td data-label="Incidents">{g.incident_count}</td>
                    <td data-label="Last activity">{formatDate(g.last_seen)}</td>
                    <td data-label="First seen">{formatDate(g.first_seen)}</td>
                    <td data-label="Also known as">{g.aliases.length ? g.aliases.slice(0, 4).join(", ") : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
