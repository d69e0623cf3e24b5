import { hash53, hashString } from "../lib/hash";
import type { Article, ChangeRecord, Entities, FeedError, FeedSource, FeedStatePatch, Incident, NewFeed, ParsedItem } from "../model";
import { chunk, MAX_COMPOUND_TERMS, placeholders, type SqlClient, type SqlStatement } from "../lib/sql-client";
import type { BatchResult, Store, StoredCandidate } from "./store";

type Row = Record<string, unknown>;

const FEED_COLUMNS = `f.id, f.url, f.title, f.category, f.site_url, f.etag, f.last_modified, f.status, f.last_error,
  f.consecutive_errors, f.last_fetch_at, f.last_success_at, f.next_due_at, f.skipped_items,
  (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS item_count`;

const PATCHABLE = new Set([
  "url", "title", "site_url", "etag", "last_modified", "status", "last_error",
  "consecutive_errors", "last_fetch_at", "last_success_at", "next_due_at", "skipped_items",
]);

function toFeed(row: Row): FeedSource {
  return {
    id: Number(row.id),
    url: String(row.url),
    title: (row.title as string | null) ?? null,
    category: (row.category as string | null) ?? null,
    site_url: (row.site_url as string | null) ?? null,
    etag: (row.etag as string | null) ?? null,
    last_modified: (row.last_modified as string | null) ?? null,
    status: row.status as FeedSource["status"],
    last_error: row.last_error ? (JSON.parse(String(row.last_error)) as FeedError) : null,
    consecutive_errors: Number(row.consecutive_errors),
    last_fetch_at: (row.last_fetch_at as string | null) ?? null,
    last_success_at: (row.last_success_at as string | null) ?? null,
    next_due_at: String(row.next_due_at),
    item_count: Number(row.item_count ?? 0),
    skipped_items: Number(row.skipped_items ?? 0),
  };
}

function toArticle(row: Row): Article {
  return {
    id: Number(row.id),
    feed_id: Number(row.feed_id),
    url: String(row.url),
    guid: (row.guid as string | null) ?? null,
    title: String(row.title),
    site: String(row.site),
    published: String(row.published),
    first_seen: String(row.first_seen),
    author: (row.author as string | null) ?? null,
    categories: JSON.parse(String(row.categories)) as string[],
    content_html: String(row.content_html),
    text: String(row.text),
    provenance: (row.provenance as string | null) ?? null,
    entities: row.entities ? (JSON.parse(String(row.entities)) as Entities) : null,
  };
}

function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}

/** What decides whether a re-polled item was edited: its visible content, not its position in the feed. */
function contentHash(item: ParsedItem): string {
  return hashString(JSON.stringify([item.title, item.text, item.published, item.author, item.categories]));
}

function patchStatement(id: number, patch: FeedStatePatch): SqlStatement | null {
  const entries = Object.entries(patch).filter(([k, v]) => PATCHABLE.has(k) && v !== undefined);
  if (entries.length === 0) return null;
  const sets = entries.map(([k]) => `${k} = ?`).join(", ");
  const params = entries.map(([k, v]) => (k === "last_error" && v !== null ? JSON.stringify(v) : v));
  return { sql: `UPDATE feeds SET ${sets} WHERE id = ?`, params: [...params, id] };
}

/** A blocking key as stored: its 53-bit hash, a compact INTEGER. */
const keyHash = (key: string) => hash53(key);

/** An ISO date as stored in the key index: epoch milliseconds (0 when unreadable, so it sorts oldest). */
function epochMs(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

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
    {
      sql: `INSERT OR IGNORE INTO incident_keys (key, last_seen, incident) SELECT j.value, ?, i.rowid FROM json_each(?) j JOIN incidents i ON i.id = ?`,
      params: [epochMs(incident.last_seen), JSON.stringify([...new Set(keys.map(keyHash))]), incident.id],
    },
  ];
  for (const part of chunk(articleIds, 40))
    statements.push({
      sql: `INSERT INTO incident_articles (article_id, incident_id) VALUES ${part.map(() => "(?, ?)").join(", ")}
            ON CONFLICT (article_id) DO UPDATE SET incident_id = excluded.incident_id`,
      params: part.flatMap((id) => [id, incident.id]),
    });
  return statements;
}

/** The `Store` over any `SqlClient`: the embedded SQLite adapter and the D1 adapter both wrap this. */
export function createSqlStore(db: SqlClient): Store {
  const articlesWhere = async (column: "id" | "url", values: unknown[]): Promise<Article[]> => {
    const out: Article[] = [];
    for (const part of chunk(values)) {
      const rows = await db.all(`SELECT * FROM articles WHERE ${column} IN (${placeholders(part.length)})`, part);
      out.push(...rows.map(toArticle));
    }
    return out;
  };

  return {
    async addFeeds(feeds: NewFeed[]) {
      const now = new Date(0).toISOString();
      let added = 0;
      for (const part of chunk(feeds, 20)) {
        const results = await db.batch(
          part.map((f) => ({
            sql: `INSERT INTO feeds (url, title, category, site_url, next_due_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
                  ON CONFLICT (url) DO NOTHING RETURNING id`,
            params: [f.url, f.title ?? null, f.category ?? null, f.site_url ?? null, now, new Date().toISOString()],
          })),
        );
        added += results.filter((rows) => rows.length > 0).length;
      }
      return added;
    },

    async listFeeds() {
      return (await db.all(`SELECT ${FEED_COLUMNS} FROM feeds f ORDER BY f.category, f.title, f.id`)).map(toFeed);
    },

    async getFeed(id) {
      const [row] = await db.all(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.id = ?`, [id]);
      return row ? toFeed(row) : null;
    },

    async dueFeeds(now, limit = 10_000) {
      const rows =
        now === null
          ? await db.all(`SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.status != 'gone' ORDER BY f.next_due_at, f.id LIMIT ?`, [limit])
          : await db.all(
              `SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.status != 'gone' AND f.next_due_at <= ? ORDER BY f.next_due_at, f.id LIMIT ?`,
              [now, limit],
            );
      return rows.map(toFeed);
    },

    async updateFeed(id, patch) {
      const stmt = patchStatement(id, patch);
      if (stmt) await db.run(stmt.sql, stmt.params);
    },

    async feedUsage() {
      const rows = await db.all<{ feed_id: number; read: number; used: number; not_relevant: number }>(
        `SELECT a.feed_id, COUNT(*) AS read, COUNT(ia.article_id) AS used,
                SUM(CASE WHEN json_extract(a.entities, '$.relevant') = 0 THEN 1 ELSE 0 END) AS not_relevant
         FROM articles a LEFT JOIN incident_articles ia ON ia.article_id = a.id GROUP BY a.feed_id ORDER BY a.feed_id`,
      );
      return rows.map((r) => ({ feed_id: Number(r.feed_id), read: Number(r.read), used: Number(r.used), not_relevant: Number(r.not_relevant ?? 0) }));
    },

    async saveFeedBatch(feedId, items, state, now, entitiesFor) {
      // Later copies of one URL within a batch replace earlier ones, as the feed's last word.
      const byUrl = new Map(items.map((item) => [item.url, item]));
      const unique = [...byUrl.values()];
      const existingByUrl = new Map<string, Row>();
      const existingByGuid = new Map<string, Row>();
      for (const part of chunk(unique.map((i) => i.url))) {
        for (const row of await db.all(`SELECT id, feed_id, url, guid, content_hash FROM articles WHERE url IN (${placeholders(part.length)})`, part))
          existingByUrl.set(String(row.url), row);
      }
      const guids = unique.map((i) => i.guid).filter((g): g is string => Boolean(g));
      for (const part of chunk(guids, 80)) {
        const rows = await db.all(
          `SELECT id, feed_id, url, guid, content_hash FROM articles WHERE feed_id = ? AND guid IN (${placeholders(part.length)})`,
          [feedId, ...part],
        );
        for (const row of rows) existingByGuid.set(String(row.guid), row);
      }

      const statements: SqlStatement[] = [];
      // What each statement's RETURNING row is: an inserted or updated article, or nothing (queue rows).
      const kinds: ("inserted" | "updated" | null)[] = [];
      const claimedIds = new Set<number>();
      for (const item of unique) {
        const hash = contentHash(item);
        const known = existingByUrl.get(item.url) ?? (item.guid ? existingByGuid.get(item.guid) : undefined);
        const site = siteOf(item.url);
        const entities = () => (entitiesFor ? JSON.stringify(entitiesFor({ url: item.url, site, title: item.title, text: item.text })) : null);
        if (!known) {
          statements.push({
            sql: `INSERT INTO articles (feed_id, url, guid, title, site, published, first_seen, updated_at, author, categories,
                    content_html, text, provenance, content_hash, entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT DO NOTHING RETURNING *`,
            params: [feedId, item.url, item.guid, item.title, site, item.published ?? now, now, now, item.author,
              JSON.stringify(item.categories), item.content_html, item.text, item.provenance, hash, entities()],
          });
          kinds.push("inserted");
          statements.push({ sql: `INSERT INTO article_queue (article_id) SELECT id FROM articles WHERE url = ? ON CONFLICT DO NOTHING`, params: [item.url] });
          kinds.push(null);
          continue;
        }
        const id = Number(known.id);
        // The same story syndicated into another feed stays with the feed that brought it first.
        if (Number(known.feed_id) !== feedId || known.content_hash === hash || claimedIds.has(id)) continue;
        claimedIds.add(id);
        statements.push({
          sql: `UPDATE articles SET url = ?, guid = ?, title = ?, site = ?, published = COALESCE(?, published), updated_at = ?,
                  author = ?, categories = ?, content_html = ?, text = ?, provenance = ?, content_hash = ?, entities = ?
                WHERE id = ? RETURNING *`,
          params: [item.url, item.guid, item.title, site, item.published, now, item.author, JSON.stringify(item.categories),
            item.content_html, item.text, item.provenance, hash, entities(), id],
        });
        kinds.push("updated");
        statements.push({ sql: `INSERT INTO article_queue (article_id) VALUES (?) ON CONFLICT DO NOTHING`, params: [id] });
        kinds.push(null);
      }
      const feedPatch = patchStatement(feedId, state);
      const results = await db.batch(feedPatch ? [...statements, feedPatch] : statements);
      const out: BatchResult = { inserted: [], updated: [] };
      kinds.forEach((kind, i) => {
        const row = results[i]?.[0] as Row | undefined;
        if (kind && row) out[kind].push(toArticle(row));
      });
      return out;
    },

    async setArticleEntities(articleId, entities) {
      await db.run(`UPDATE articles SET entities = ? WHERE id = ?`, [JSON.stringify(entities), articleId]);
    },

    async getArticles(ids) {
      const found = new Map((await articlesWhere("id", ids)).map((a) => [a.id, a]));
      return ids.map((id) => found.get(id)).filter((a): a is Article => Boolean(a));
    },

    async listArticles(afterId, limit) {
      return (await db.all(`SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?`, [afterId, limit])).map(toArticle);
    },

    async countArticles() {
      const [row] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM articles`);
      return Number(row?.n ?? 0);
    },

    async writeIncidents({ saved, deleted, changes = [] }) {
      const statements: SqlStatement[] = deleted.flatMap((id) => [
        ...unlinkStatements(id),
        { sql: `DELETE FROM incident_changes WHERE incident_id = ?`, params: [id] },
        { sql: `DELETE FROM incidents WHERE id = ?`, params: [id] },
      ]);
      for (const { incident, keys, profile } of saved) statements.push(...saveIncidentStatements(incident, keys, profile));
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
        const rows = await db.all(`SELECT doc FROM incident_changes WHERE incident_id IN (${placeholders(part.length)})`, part);
        out.push(...rows.map((r) => JSON.parse(String(r.doc)) as ChangeRecord));
      }
      return out.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
    },

    async queuedArticles(limit) {
      const rows = await db.all(`SELECT a.* FROM article_queue q JOIN articles a ON a.id = q.article_id ORDER BY q.article_id LIMIT ?`, [limit]);
      return rows.map(toArticle);
    },

    async dequeueArticles(ids) {
      if (ids.length) await db.batch(chunk(ids).map((part) => ({ sql: `DELETE FROM article_queue WHERE article_id IN (${placeholders(part.length)})`, params: part })));
    },

    async getIncident(id) {
      const [row] = await db.all(`SELECT doc FROM incidents WHERE id = ?`, [id]);
      return row ? (JSON.parse(String(row.doc)) as Incident) : null;
    },

    async incidentCandidates(queries) {
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
    },

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

    async tryLock(name, holder, now, until) {
      const { changes } = await db.run(
        `INSERT INTO locks (name, holder, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
         WHERE locks.expires_at <= ? OR locks.holder = excluded.holder`,
        [name, holder, until, now],
      );
      return changes > 0;
    },

    async releaseLock(name, holder) {
      await db.run(`DELETE FROM locks WHERE name = ? AND holder = ?`, [name, holder]);
    },

    async getLock(name) {
      const [row] = await db.all<{ holder: string; expires_at: string }>(`SELECT holder, expires_at FROM locks WHERE name = ?`, [name]);
      return row ? { holder: row.holder, expires_at: row.expires_at } : null;
    },

    close: () => db.close(),
  };
}
