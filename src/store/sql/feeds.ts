// The feeds aggregate over SQL: the catalogue and each feed's polling state.
import { chunk, type SqlClient, type SqlStatement } from "../../lib/sql-client";
import type { FeedError, FeedSource, FeedStatePatch, NewFeed } from "../../model";
import type { FeedStore } from "../store";

type Row = Record<string, unknown>;

const FEED_COLUMNS = `f.id, f.url, f.title, f.category, f.site_url, f.etag, f.last_modified, f.status, f.last_error,
  f.consecutive_errors, f.last_fetch_at, f.last_success_at, f.next_due_at, f.skipped_items,
  (SELECT COUNT(*) FROM articles a WHERE a.feed_id = f.id) AS item_count`;

const PATCHABLE = new Set([
  "url",
  "title",
  "site_url",
  "etag",
  "last_modified",
  "status",
  "last_error",
  "consecutive_errors",
  "last_fetch_at",
  "last_success_at",
  "next_due_at",
  "skipped_items",
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

/** The statement that writes a feed's new state, or null when the patch sets nothing; articles.ts batches it with an item write. */
export function patchStatement(id: number, patch: FeedStatePatch): SqlStatement | null {
  const entries = Object.entries(patch).filter(([k, v]) => PATCHABLE.has(k) && v !== undefined);
  if (entries.length === 0) return null;
  const sets = entries.map(([k]) => `${k} = ?`).join(", ");
  const params = entries.map(([k, v]) => (k === "last_error" && v !== null ? JSON.stringify(v) : v));
  return { sql: `UPDATE feeds SET ${sets} WHERE id = ?`, params: [...params, id] };
}

/** The feed part of the SQL store. */
export function sqlFeeds(db: SqlClient): FeedStore {
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
          ? await db.all(
              `SELECT ${FEED_COLUMNS} FROM feeds f WHERE f.status != 'gone' ORDER BY f.next_due_at, f.id LIMIT ?`,
              [limit],
            )
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
      return rows.map((r) => ({
        feed_id: Number(r.feed_id),
        read: Number(r.read),
        used: Number(r.used),
        not_relevant: Number(r.not_relevant ?? 0),
      }));
    },
  };
}
