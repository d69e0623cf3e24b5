// A search thread (see search-pool.ts): the embedded index over a read-only connection of its own to the
// store's file. WAL lets it read while the server's connection writes; SQLite's data_version tells its
// facet memory when those writes happened, so it reads them again as the server's own index would.
import Database from "better-sqlite3";
import { parentPort, workerData } from "node:worker_threads";
import { listGroups } from "../extract/gazetteer";
import { searchQuery } from "../model";
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
const index = createEmbeddedSearch(sqliteClient(db), { groups: listGroups(), memoryFacets: true });
// The first search that counts facets reads every document's facet values into memory (seconds on a large index,
// on a busy machine); done here, before the thread says it is ready, that wait is not the first reader's.
await index.search(searchQuery({ q: "hospital", sort: "relevance", limit: 1 }));
answerSearchCalls(parentPort!, index);
