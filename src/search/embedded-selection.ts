import type { SearchQuery } from "../model";
import { chunk, placeholders, type SqlClient } from "../lib/sql-client";
import { matchExpression } from "./fts-query";
import type { QueryClause } from "./query-syntax";

/**
 * Relevance ranks about this many matches: those of the most recent months (see rankWindow). A
 * thousand is ten of the largest pages; bm25 over twice as many put a common word's p99 past 10 ms.
 */
export const RANK_WINDOW = 1_000;
/**
 * The relevance window of a search with filters (list filters or dates), a product choice (issue 17):
 * news readers want recent incidents, and a filtered search's first page rarely reaches past the newest
 * few hundred matches. A thousand put a text with two filters past 10 ms at p99 (bm25 over the window's
 * matches, and FTS5 walking the text's matches of the window's months to find them).
 */
export const FILTERED_RANK_WINDOW = 500;
/** The SQL conditions on `search_docs d` and their parameters, shared by hits, facets and stats. */
export interface Selection {
  /** FTS5 expression of text and filters, or null (then every document qualifies). */
  match: string | null;
  /** Lowest document id to consider: the start of the relevance window (ids grow by month, see doc-ids.ts). */
  minId?: number;
  dates: string[];
  params: unknown[];
}

export function selectionOf(
  query: SearchQuery,
  longer?: readonly string[],
  clauses?: readonly QueryClause[],
): Selection {
  const dates: string[] = [];
  const params: unknown[] = [];
  // An incident qualifies when its span [first_seen, last_seen] overlaps the inclusive window.
  if (query.since) {
    dates.push("d.last_seen >= ?");
    params.push(query.since);
  }
  if (query.until) {
    dates.push("d.first_seen < ?");
    params.push(nextDay(query.until));
  }
  return { match: matchExpression(query, longer, clauses), dates, params };
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * `FROM ... WHERE ...` selecting the matching documents, whose id is `idOf(sel)`. The FTS table alone
 * answers when nothing needs search_docs (no dates, no `join`, `needDocs` false): counting or
 * ranking then never touches another b-tree.
 */
export function fromClause(
  sel: Selection,
  join = "",
  extra: string[] = [],
  needDocs = true,
): { sql: string; params: unknown[] } {
  // Written into the SQL, not bound: better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a
  // REAL rowid limit, so it would score every match (50 ms instead of 3 for a common word).
  const minId = sel.minId === undefined || !Number.isSafeInteger(sel.minId) ? [] : [sel.minId];
  const where = [
    ...(sel.match ? ["search_fts MATCH ?"] : []),
    ...minId.map((id) => `${idOf(sel)} >= ${id}`),
    ...sel.dates,
    ...extra,
  ];
  const ftsOnly = sel.match !== null && !needDocs && sel.dates.length === 0 && join === "" && extra.length === 0;
  const from = !sel.match
    ? "search_docs d"
    : ftsOnly
      ? "search_fts"
      : "search_fts JOIN search_docs d ON d.id = search_fts.rowid";
  return {
    sql: `FROM ${from}${join}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`,
    params: [...(sel.match ? [sel.match] : []), ...sel.params],
  };
}

/** The id column of a `fromClause`: the FTS rowid whenever there is a MATCH (equal to d.id). */
export function idOf(sel: Selection): string {
  return sel.match ? "search_fts.rowid" : "d.id";
}

/**
 * Bounded ranking. bm25 must score every row it orders, so a common word matching half of 100,000
 * incidents would cost tens of milliseconds. Relevance therefore ranks only the matches of the most
 * recent months (by first_seen): the calendar months from the newest month in the index back to the
 * month in which the want-th newest match began (RANK_WINDOW, or FILTERED_RANK_WINDOW for a search with
 * filters, or more to reach a deep page). Total and facets still count every match. News readers want
 * recent incidents first among equals; whole months keep the choice exact and independent of insertion
 * order, and stopping at that month keeps the window within one month's matches of `want` (runs doubling
 * in length, as before, ranked up to twice the months needed: a common word's 2,000 matches where a
 * thousand were asked, the most of its p99).
 * `months` is how many calendar months the index spans; `k` is how many months before the newest
 * one the want-th newest match began.
 * Returns how many of the newest months to rank, or null when the window would be everything.
 */
export function rankWindow(months: number, k: number): number | null {
  return k + 1 < months ? k + 1 : null;
}

/** The document ids of incidents. */
export async function docIdsOf(client: SqlClient, incidentIds: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const part of chunk(incidentIds))
    for (const r of await client.all<{ id: number }>(
      `SELECT id FROM search_docs WHERE incident_id IN (${placeholders(part.length)})`,
      part,
    ))
      ids.push(Number(r.id));
  return ids;
}
