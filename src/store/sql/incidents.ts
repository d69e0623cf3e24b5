// The incidents aggregate over SQL: incidents with their keys, profiles, member articles and material changes.
import { chunk, placeholders, type SqlClient, type SqlStatement } from "../../lib/sql-client";
import type { ChangeRecord, Incident } from "../../model";
import type { IncidentStore } from "../store";
import { fileKeysStatement, findCandidates } from "./incident-keys";

/** Statements that detach an incident's blocking keys and member articles (its row must still exist). */
function unlinkStatements(id: string): SqlStatement[] {
  return [
    { sql: `DELETE FROM incident_keys WHERE incident = (SELECT rowid FROM incidents WHERE id = ?)`, params: [id] },
    { sql: `DELETE FROM incident_articles WHERE incident_id = ?`, params: [id] },
  ];
}

/** Statements that save one incident with its keys, profile and member articles (replacing what it had). */
function saveIncidentStatements(incident: Incident, keys: string[], profile: string): SqlStatement[] {
  const articleIds = [...new Set(incident.sources.map((s) => s.article_id))];
  const statements: SqlStatement[] = [
    {
      sql: `INSERT INTO incidents (id, first_seen, last_seen, doc, profile) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen, doc = excluded.doc, profile = excluded.profile`,
      params: [incident.id, incident.first_seen, incident.last_seen, JSON.stringify(incident), profile],
    },
    ...unlinkStatements(incident.id),
    fileKeysStatement(incident, keys),
  ];
  for (const part of chunk(articleIds, 40))
    statements.push({
      sql: `INSERT INTO incident_articles (article_id, incident_id) VALUES ${part.map(() => "(?, ?)").join(", ")}
            ON CONFLICT (article_id) DO UPDATE SET incident_id = excluded.incident_id`,
      params: part.flatMap((id) => [id, incident.id]),
    });
  return statements;
}

/** The incident part of the SQL store. */
export function sqlIncidents(db: SqlClient): IncidentStore {
  return {
    async writeIncidents({ saved, deleted, changes = [] }) {
      const statements: SqlStatement[] = deleted.flatMap((id) => [
        ...unlinkStatements(id),
        { sql: `DELETE FROM incident_changes WHERE incident_id = ?`, params: [id] },
        { sql: `DELETE FROM incidents WHERE id = ?`, params: [id] },
      ]);
      for (const { incident, keys, profile } of saved)
        statements.push(...saveIncidentStatements(incident, keys, profile));
      for (const change of changes)
        statements.push({
          sql: `INSERT INTO incident_changes (id, incident_id, at, doc) VALUES (?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET incident_id = excluded.incident_id, at = excluded.at, doc = excluded.doc`,
          params: [change.id, change.incident_id, change.at, JSON.stringify(change)],
        });
      if (statements.length) await db.batch(statements);
    },

    async listChanges(incidentIds) {
      const out: ChangeRecord[] = [];
      for (const part of chunk([...new Set(incidentIds)])) {
        const rows = await db.all(
          `SELECT doc FROM incident_changes WHERE incident_id IN (${placeholders(part.length)})`,
          part,
        );
        out.push(...rows.map((r) => JSON.parse(String(r.doc)) as ChangeRecord));
      }
      return out.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
    },

    async getIncident(id) {
      const [row] = await db.all(`SELECT doc FROM incidents WHERE id = ?`, [id]);
      return row ? (JSON.parse(String(row.doc)) as Incident) : null;
    },

    incidentCandidates: (queries) => findCandidates(db, queries),

    async incidentIdForArticle(articleId) {
      const [row] = await db.all(`SELECT incident_id FROM incident_articles WHERE article_id = ?`, [articleId]);
      return row ? String(row.incident_id) : null;
    },

    async listIncidents(afterId, limit) {
      const rows = await db.all(`SELECT doc FROM incidents WHERE id > ? ORDER BY id LIMIT ?`, [afterId, limit]);
      return rows.map((r) => JSON.parse(String(r.doc)) as Incident);
    },

    async countIncidents() {
      const [row] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM incidents`);
      return Number(row?.n ?? 0);
    },

    async deleteAllIncidents() {
      await db.batch([
        { sql: `DELETE FROM incident_articles`, params: [] },
        { sql: `DELETE FROM incident_keys`, params: [] },
        { sql: `DELETE FROM incident_changes`, params: [] },
        { sql: `DELETE FROM incidents`, params: [] },
      ]);
    },
  };
}
