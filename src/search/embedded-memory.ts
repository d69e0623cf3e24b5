import type { SqlClient } from "../lib/sql-client";
import { docIdsOf } from "./embedded-selection";
import { dateOf, loadFacetTable, patchFacetTable, positionsOf, readDocRows, type FacetTable } from "./facet-memory";

/** Text expressions whose matches the in-memory facet table keeps (at most 100,000 positions each: 400 KB). */
const MATCHES_KEPT = 32;
/** Text-and-filters expressions whose matches are kept besides, for the next page of the same search. */
const COUNTED_KEPT = 8;

/**
 * The in-memory facet table of one index (facet-memory.ts) as searches and writes share it: read when
 * first needed or when another connection changed the database, patched after our own writes.
 */
export function createMemoryFacets(client: SqlClient) {
  // The in-memory facet table and the data_version it was read at; our own writes drop it, as SQLite
  // changes data_version only for other connections' commits.
  // Beside it, the matches of the last few text expressions as table positions: a common word is
  // typed by many readers, and listing its tens of thousands of matches costs more than counting them.
  // Beside them, the matches of the last few text-and-filters expressions (see countedExpression), apart,
  // so that searches with filters, rarely asked twice, never push a common word's matches out.
  let table: {
    data: FacetTable;
    version: number;
    matches: Map<string, Int32Array>;
    counted: Map<string, Int32Array>;
  } | null = null;
  const dataVersion = async () => {
    const [row] = await client.all<{ data_version: number }>(`PRAGMA data_version`);
    return Number(row?.data_version ?? 0);
  };
  const facetTable = async () => {
    const version = await dataVersion();
    if (table && table.version === version) return table;
    table = { data: await loadFacetTable(client), version, matches: new Map(), counted: new Map() };
    return table;
  };
  // The name words (search_names) in index order and the data_version they were read at: every search
  // of a word of five letters or more looks for names one edit from it, and a statement doing so cost
  // half a millisecond, more than the few thousand words held here.
  let names: { terms: string[]; version: number } | null = null;
  const nameTerms = async (): Promise<string[]> => {
    const version = await dataVersion();
    if (names?.version === version) return names.terms;
    const rows = await client.all<{ term: string }>(`SELECT term FROM search_names ORDER BY term`);
    names = { terms: rows.map((r) => String(r.term)), version };
    return names.terms;
  };
  /** The positions matching `expression`, from `kept` (most recently used last) or listed and kept there. */
  const listed = async (data: FacetTable, kept: Map<string, Int32Array>, expression: string, most: number) => {
    const known = kept.get(expression);
    if (known) {
      // Most recently used last, so the oldest goes first.
      kept.delete(expression);
      kept.set(expression, known);
      return known;
    }
    // Written into the SQL, as fromClause writes its id bound: better-sqlite3 would bind it as a REAL.
    const base = data.ids.length > 0 && Number.isSafeInteger(data.ids[0]) ? data.ids[0]! : 0;
    // As a BLOB: SQLite hands bytes over as they are, while a string of tens of thousands of ids is
    // decoded into a JavaScript string first, which cost more than listing them (see positionsOf).
    const [row] = await client.all<{ ids: Uint8Array | string | null }>(
      `SELECT CAST(group_concat(rowid - ${base}) AS BLOB) AS ids FROM search_fts WHERE search_fts MATCH ?`,
      [expression],
    );
    const found = positionsOf(data, row?.ids ?? "", base);
    kept.set(expression, found);
    if (kept.size > most) kept.delete(kept.keys().next().value!);
    return found;
  };
  /**
   * The positions of the matches of `text`, kept or listed. A search with two filters or more passes
   * `counted` (see countedExpression): what it lists is kept apart, as such searches are rarely asked
   * twice and must not push out a common word's matches; and with `narrow` it lists only the matches
   * that pass every filter but one, which is all that its counts and its page read.
   */
  const matchesOf = async (
    held: { data: FacetTable; matches: Map<string, Int32Array>; counted: Map<string, Int32Array> },
    text: string,
    counted: string | null = null,
    narrow = false,
  ): Promise<Int32Array> => {
    if (held.matches.has(text)) return listed(held.data, held.matches, text, MATCHES_KEPT);
    const listedApart = held.counted.get(text);
    if (listedApart) return listedApart;
    if (counted === null) return listed(held.data, held.matches, text, MATCHES_KEPT);
    return listed(held.data, held.counted, narrow ? counted : text, COUNTED_KEPT);
  };

  /** Ids of one newest-first page among the table positions `matched` (last_seen, then id, descending). */
  const newestPage = (data: FacetTable, matched: Int32Array, offset: number, limit: number): number[] => {
    const want = offset + limit;
    // Keys order as the strings do (dateKey); a date the table keeps as written is compared as written.
    const before = (a: number, b: number) => {
      const ka = data.lastSeen[a]!;
      const kb = data.lastSeen[b]!;
      if (ka === ka && kb === kb) return ka > kb || (ka === kb && data.ids[a]! > data.ids[b]!);
      const [sa, sb] = [dateOf(data, a, "last"), dateOf(data, b, "last")];
      return sa > sb || (sa === sb && data.ids[a]! > data.ids[b]!);
    };
    const best: number[] = [];
    // Indexed: iterating a typed array allocates a result per element.
    for (let k = 0; k < matched.length; k++) {
      const i = matched[k]!;
      if (best.length === want && !before(i, best[want - 1]!)) continue;
      let lo = 0;
      let hi = best.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(best[mid]!, i)) lo = mid + 1;
        else hi = mid;
      }
      best.splice(lo, 0, i);
      if (best.length > want) best.pop();
    }
    return best.slice(offset).map((i) => data.ids[i]!);
  };

  /**
   * Brings the in-memory facet table up to our own write (SQLite leaves data_version alone for those):
   * the documents `removed` go, the current documents of `written` incidents come in. Cheaper than
   * reading every row again, which after each write of a poll would stall the next search.
   */
  const patchTable = async (removed: number[], written: string[]) => {
    names = null;
    if (!table) return;
    const rows = written.length ? await readDocRows(client, await docIdsOf(client, written)) : { docs: [], facets: [] };
    table = {
      ...table,
      data: patchFacetTable(table.data, new Set(removed), rows.docs, rows.facets),
      matches: new Map(),
      counted: new Map(),
    };
  };

  return {
    facetTable,
    /** Every name word of the index (search_names), in the index's order: read again after any write. */
    nameTerms,
    matchesOf,
    newestPage,
    patchTable,
    /** Whether the table is held (writes then patch it, and must read the ids they replace first). */
    loaded: () => table !== null,
    /** Whether the matches of text expression `text` are kept. */
    keeps: (text: string) => table !== null && (table.matches.has(text) || table.counted.has(text)),
    /** Forgets the table, to be read afresh by the next search (after a rebuild). */
    drop: () => {
      table = null;
      names = null;
    },
  };
}

/** The in-memory facet table of one index. */
export type MemoryFacets = ReturnType<typeof createMemoryFacets>;
