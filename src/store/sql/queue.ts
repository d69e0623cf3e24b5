// The clustering queue over SQL: articles written but not yet placed in incidents.
import { chunk, placeholders, type SqlClient } from "../../lib/sql-client";
import type { ClusterQueue } from "../store";
import { toArticle } from "./articles";

/** The clustering-queue part of the SQL store (articles.ts fills the queue in the same batch as the articles). */
export function sqlQueue(db: SqlClient): ClusterQueue {
  return {
    async queuedArticles(limit) {
      const rows = await db.all(
        `SELECT a.* FROM article_queue q JOIN articles a ON a.id = q.article_id ORDER BY q.article_id LIMIT ?`,
        [limit],
      );
      return rows.map(toArticle);
    },

    async dequeueArticles(ids) {
      if (ids.length)
        await db.batch(
          chunk(ids).map((part) => ({
            sql: `DELETE FROM article_queue WHERE article_id IN (${placeholders(part.length)})`,
            params: part,
          })),
        );
    },
  };
}
