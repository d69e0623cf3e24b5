// The articles aggregate over SQL: one feed's items written with its new state and their place in the clustering queue.
import { hashString } from "../../lib/hash";
import { chunk, placeholders, type SqlClient, type SqlStatement } from "../../lib/sql-client";
import type { Article, Entities, ParsedItem } from "../../model";
import type { ArticleStore, BatchResult } from "../store";
import { patchStatement } from "./feeds";

type Row = Record<string, unknown>;

/** An `articles` row as the domain's `Article` (the clustering queue reads the same rows). */
export function toArticle(row: Row): Article {
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

/** The article part of the SQL store. */
export function sqlArticles(db: SqlClient): ArticleStore {
  return {
    async saveFeedBatch(feedId, items, state, now, entitiesFor) {
      // Later copies of one URL within a batch replace earlier ones, as the feed's last word.
      const byUrl = new Map(items.map((item) => [item.url, item]));
      const unique = [...byUrl.values()];
      const existingByUrl = new Map<string, Row>();
      const existingByGuid = new Map<string, Row>();
      for (const part of chunk(unique.map((i) => i.url))) {
        for (const row of await db.all(
          `SELECT id, feed_id, url, guid, content_hash FROM articles WHERE url IN (${placeholders(part.length)})`,
          part,
        ))
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
        const entities = () =>
          entitiesFor ? JSON.stringify(entitiesFor({ url: item.url, site, title: item.title, text: item.text })) : null;
        if (!known) {
          statements.push({
            sql: `INSERT INTO articles (feed_id, url, guid, title, site, published, first_seen, updated_at, author, categories,
                    content_html, text, provenance, content_hash, entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                  ON CONFLICT DO NOTHING RETURNING *`,
            params: [
              feedId,
              item.url,
              item.guid,
              item.title,
              site,
              item.published ?? now,
              now,
              now,
              item.author,
              JSON.stringify(item.categories),
              item.content_html,
              item.text,
              item.provenance,
              hash,
              entities(),
            ],
          });
          kinds.push("inserted");
          statements.push({
            sql: `INSERT INTO article_queue (article_id) SELECT id FROM articles WHERE url = ? ON CONFLICT DO NOTHING`,
            params: [item.url],
          });
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
          params: [
            item.url,
            item.guid,
            item.title,
            site,
            item.published,
            now,
            item.author,
            JSON.stringify(item.categories),
            item.content_html,
            item.text,
            item.provenance,
            hash,
            entities(),
            id,
          ],
        });
        kinds.push("updated");
        statements.push({
          sql: `INSERT INTO article_queue (article_id) VALUES (?) ON CONFLICT DO NOTHING`,
          params: [id],
        });
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
      const found = new Map<number, Article>();
      for (const part of chunk(ids)) {
        const rows = await db.all(`SELECT * FROM articles WHERE id IN (${placeholders(part.length)})`, part);
        for (const article of rows.map(toArticle)) found.set(article.id, article);
      }
      return ids.map((id) => found.get(id)).filter((a): a is Article => Boolean(a));
    },

    async getArticleTexts(ids) {
      const found = new Map<number, string>();
      for (const part of chunk(ids)) {
        const rows = await db.all<{ id: number; text: string }>(
          `SELECT id, text FROM articles WHERE id IN (${placeholders(part.length)})`,
          part,
        );
        for (const row of rows) found.set(Number(row.id), String(row.text));
      }
      return found;
    },

    async listArticles(afterId, limit) {
      return (await db.all(`SELECT * FROM articles WHERE id > ? ORDER BY id LIMIT ?`, [afterId, limit])).map(toArticle);
    },

    async countArticles() {
      const [row] = await db.all<{ n: number }>(`SELECT COUNT(*) AS n FROM articles`);
      return Number(row?.n ?? 0);
    },
  };
}
