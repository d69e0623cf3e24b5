import { join } from "node:path";
import { openSqliteStore } from "../store/sqlite";
import { StartupError } from "./startup";

/**
 * Opens the embedded store in `dataDir`, turning what the operator can fix (a directory that cannot be
 * created or written, a read-only or foreign file) into a StartupError naming DATA_DIR.
 */
export function openNodeStore(dataDir: string): ReturnType<typeof openSqliteStore> {
  const path = join(dataDir, "medbreach.sqlite");
  try {
    return openSqliteStore(path);
  } catch (err) {
    const code = (err as { code?: string }).code ?? "";
    const why =
      code === "SQLITE_READONLY" || code.startsWith("SQLITE_READONLY_")
        ? `the database ${path} is read-only`
        : code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT"
          ? `${path} is not a readable SQLite database`
          : ["EACCES", "EPERM", "EROFS", "ENOTDIR", "EEXIST"].includes(code) || code.startsWith("SQLITE_CANTOPEN")
            ? `the data directory ${dataDir} cannot be created or written (${code})`
            : null;
    if (why) throw new StartupError(why, "DATA_DIR");
    throw err;
  }
}
