import type { SqlClient } from "../lib/sql-client";
import { sqlArticles } from "./sql/articles";
import { sqlFeeds } from "./sql/feeds";
import { sqlIncidents } from "./sql/incidents";
import { sqlLocks } from "./sql/locks";
import { sqlQueue } from "./sql/queue";
import type { Store } from "./store";

/**
 * The `Store` over any `SqlClient`, composed of one module per aggregate under `sql/` (feeds, articles, incidents,
 * the clustering queue, leases). The embedded SQLite adapter and the D1 adapter differ only in the client they pass.
 */
export function createSqlStore(db: SqlClient): Store {
  return {
    ...sqlFeeds(db),
    ...sqlArticles(db),
    ...sqlIncidents(db),
    ...sqlQueue(db),
    ...sqlLocks(db),
    close: () => db.close(),
  };
}
