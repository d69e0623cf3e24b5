// The blocking-key index of incidents (`incident_keys`): how keys are stored and how clustering looks candidates up.
import { hash53 } from "../../lib/hash";
import { chunk, MAX_COMPOUND_TERMS, placeholders, type SqlClient, type SqlStatement } from "../../lib/sql-client";
import type { Incident } from "../../model";
import type { CandidateQuery, StoredCandidate } from "../store";

/** A blocking key as stored: its 53-bit hash, a compact INTEGER. */
const keyHash = (key: string) => hash53(key);

/** An ISO date as stored in the key index: epoch milliseconds (0 when unreadable, so it sorts oldest). */
function epochMs(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** The statement that files a saved incident under its keys (its row must exist and its old keys be gone). */
export function fileKeysStatement(incident: Incident, keys: string[]): SqlStatement {
  return {
    sql: `INSERT OR IGNORE INTO incident_keys (key, last_seen, incident) SELECT j.value, ?, i.rowid FROM json_each(?) j JOIN incidents i ON i.id = ?`,
    params: [epochMs(incident.last_seen), JSON.stringify([...new Set(keys.map(keyHash))]), incident.id],
  };
}

/** `Store.incidentCandidates` over the key index. */
export async function findCandidates(db: SqlClient, queries: CandidateQuery[]): Promise<StoredCandidate[][]> {
  // Per query, the newest `limit` incidents of each key (those seen no earlier than the key's
  // limit-th newest), merged: the overall newest `limit` are among them, and the work per key stays
  // bounded however many incidents share it. One statement for all keys of all queries, one for the rows.
  const recent = queries.map(() => new Map<number, number>());
  const asked = queries.map((q, i) => ({ ...q, i })).filter((q) => q.keys.length > 0);
  for (const part of chunk(asked, MAX_COMPOUND_TERMS)) {
    const rows = await db.all<{ query: number; incident: number; last_seen: number }>(
      part
        .map(
          () => `SELECT ? AS query, k.incident, k.last_seen FROM json_each(?) j JOIN incident_keys k ON k.key = j.value
            AND k.last_seen >= IFNULL((SELECT last_seen FROM incident_keys WHERE key = j.value ORDER BY last_seen DESC LIMIT 1 OFFSET ?), 0)`,
        )
        .join(" UNION ALL "),
      part.flatMap((q) => [q.i, JSON.stringify([...new Set(q.keys.map(keyHash))]), q.limit - 1]),
    );
    for (const row of rows) {
      const seen = recent[row.query]!;
      seen.set(row.incident, Math.max(seen.get(row.incident) ?? 0, row.last_seen));
    }
  }
  const chosen = recent.map((seen, i) =>
    [...seen.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, queries[i]!.limit)
      .map(([rowid]) => rowid),
  );
  const byRowid = new Map<number, StoredCandidate>();
  for (const part of chunk([...new Set(chosen.flat())])) {
    const rows = await db.all<StoredCandidate & { rowid: number }>(
      `SELECT rowid, id, last_seen, profile, CASE WHEN profile IS NULL THEN doc END AS doc FROM incidents WHERE rowid IN (${placeholders(part.length)})`,
      part,
    );
    for (const { rowid, ...candidate } of rows) byRowid.set(rowid, candidate);
  }
  return chosen.map((rowids) =>
    rowids
      .map((r) => byRowid.get(r))
      .filter((c): c is StoredCandidate => c !== undefined)
      .sort((a, b) => b.last_seen.localeCompare(a.last_seen) || a.id.localeCompare(b.id)),
  );
}
