// A search thread (see search-pool.ts): the embedded index over a read-only connection of its own to the
// store's file. WAL lets it read while the server's connection writes; SQLite's data_version tells its
// facet memory when those writes happened, so it reads them again as the server's own index would.
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";
import { listGroups } from "../extract/gazetteer";
import { createEmbeddedSearch } from "../search/embedded";
import { sqliteClient } from "../store/sqlite";
import { answerSearchCalls } from "./search-pool";

/** What a search thread is started with. */
export interface SearchThreadData {
  dbPath: string;
}

const { dbPath } = workerData as SearchThreadData;
const db = new Database(dbPath, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 5000");
answerSearchCalls(parentPort!, createEmbeddedSearch(sqliteClient(db), { groups: listGroups(), memoryFacets: true }));
