// Named leases over SQL (the `locks` table).
import type { SqlClient } from "../../lib/sql-client";
import type { LeaseStore } from "../store";

/** The lease part of the SQL store. */
export function sqlLocks(db: SqlClient): LeaseStore {
  return {
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
      const [row] = await db.all<{ holder: string; expires_at: string }>(
        `SELECT holder, expires_at FROM locks WHERE name = ?`,
        [name],
      );
      return row ? { holder: row.holder, expires_at: row.expires_at } : null;
    },
  };
}
