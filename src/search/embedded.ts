import type { AttackerGroup, Facets, GroupSummary, Incident, SearchHit, SearchQuery, SearchResult } from "../model";
import { chunk, MAX_PARAMS, placeholders, type SqlClient, type SqlStatement } from "../lib/sql-client";
import { firstIdOf, monthIndex, monthOfId, MONTH_SPAN } from "./doc-ids";
import { countryOfPlace } from "./country-words";
import { countFacets, loadFacetTable, patchFacetTable, positionsOf, readDocRows, type FacetTable } from "./facet-memory";
import { cheapSetup, matchExpression, prefixProbe, textExpression, type FilterQuery } from "./fts-query";
import { aliasIndex, queryReadings } from "./query-readings";
import { oneEditApart, parseQuery, placeTypos, typoCandidates, withTypos, type QueryClause } from "./query-syntax";
import type { SearchIndex } from "./search-index";
import { aliasLookup, monthOf, toSearchDocument, type AliasLookup, type SourceTextLookup } from "./search-document";
import { MARK_END, MARK_START, snippetHtml } from "./snippet";
import { statsFromMonthCounts, TOP_GROUPS, topGroupsWindow } from "./stats";

/** Options of the embedded index. */
export interface EmbeddedSearchOptions {
  /** Gazetteer entries, so an alias typed as free text ("Sodinokibi") finds its group's incidents. */
  groups?: readonly AttackerGroup[];
  /** Matches relevance ranks at least (see rankWindow); RANK_WINDOW unless a test needs it small. */
  rankWindow?: number;
  /**
   * Incidents per transaction when writing (upserts and rebuilds): every commit makes FTS5 flush its
   * pending terms into a new segment, so SQLite gains from large ones (WRITE_BATCH); D1, which counts
   * each statement, wants D1_WRITE_BATCH.
   */
  writeBatch?: number;
  /** The text of the sources' articles, so a search finds what an article said; titles and summaries only without it. */
  sourceTexts?: SourceTextLookup;
  /**
   * Count facets over a copy of every document's facet values held in memory (facet-memory.ts), read
   * again whenever the database changed: a common word's tens of thousands of matches then cost a walk
   * over arrays instead of two joins each. For a long-lived process with a local file (Node); D1 counts in SQL.
   */
  memoryFacets?: boolean;
}

/** Incidents per `batch` call on D1: one atomic unit, small enough to stay within its statement limits. */
export const D1_WRITE_BATCH = 50;
const WRITE_BATCH = 500;
/** Text expressions whose matches the in-memory facet table keeps (at most 100,000 positions each: 400 KB). */
const MATCHES_KEPT = 32;
/** Most names one edit from a typed word that are searched besides it. */
const MAX_TYPOS = 4;
/** Most terms extending a last word that are OR-ed in its place for counting; beyond, it stays a prefix. */
const MAX_LONGER = 8;
/** Rows a newest-first page may walk in the last_seen index before sorting the matches is cheaper (see countsFor). */
const NEWEST_WALK = 5_000;
/**
 * Relevance ranks about this many matches: those of the most recent months (see rankWindow). A
 * thousand is ten of the largest pages; bm25 over twice as many put a common word's p99 past 10 ms.
 */
export const RANK_WINDOW = 1_000;
// FTS5 column numbers: body, title, sources, names (see 0002_search.sql), in order of preference for snippets.
const SNIPPET_COLUMNS = [2, 0, 3, 1] as const;

/** FTS5's own automerge setting, which upserts between rebuilds rely on to keep the segments few. */
const RESTORE_AUTOMERGE: SqlStatement = { sql: `INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 4)`, params: [] };

/** The SQL conditions on `search_docs d` and their parameters, shared by hits, facets and stats. */
interface Selection {
  /** FTS5 expression of text and filters, or null (then every document qualifies). */
  match: string | null;
  /** Lowest document id to consider: the start of the relevance window (ids grow by month, see doc-ids.ts). */
  minId?: number;
  dates: string[];
  params: unknown[];
}

function selectionOf(query: SearchQuery, longer?: readonly string[], clauses?: readonly QueryClause[]): Selection {
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
function fromClause(sel: Selection, join = "", extra: string[] = [], needDocs = true): { sql: string; params: unknown[] } {
  // Written into the SQL, not bound: FTS5 honours a bound rowid limit in most plans but not when it
  // sorts by rank, where it would score every match (50 ms instead of 3 for a common word).
  const minId = sel.minId === undefined || !Number.isSafeInteger(sel.minId) ? [] : [sel.minId];
  const where = [...(sel.match ? ["search_fts MATCH ?"] : []), ...minId.map((id) => `${idOf(sel)} >= ${id}`), ...sel.dates, ...extra];
  const ftsOnly = sel.match !== null && !needDocs && sel.dates.length === 0 && join === "" && extra.length === 0;
  const from = !sel.match ? "search_docs d" : ftsOnly ? "search_fts" : "search_fts JOIN search_docs d ON d.id = search_fts.rowid";
  return {
    sql: `FROM ${from}${join}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}`,
    params: [...(sel.match ? [sel.match] : []), ...sel.params],
  };
}

/** The id column of a `fromClause`: the FTS rowid whenever there is a MATCH (equal to d.id). */
function idOf(sel: Selection): string {
  return sel.match ? "search_fts.rowid" : "d.id";
}

/**
 * Bounded ranking. bm25 must score every row it orders, so a common word matching half of 100,000
 * incidents would cost tens of milliseconds. Relevance therefore ranks only the matches of the most
 * recent months (by first_seen): runs of 1, 2, 4, 8, … calendar months going back from the newest
 * month in the index, until the months taken hold at least `want` matches (RANK_WINDOW, or more to
 * reach a deep page). Total and facets still count every match. News readers want recent incidents
 * first among equals; whole months keep the choice exact and independent of insertion order, and
 * doubling runs keep the window within twice the months needed.
 * `months` is how many calendar months the index spans; `k` is how many months before the newest
 * one the want-th newest match began: the runs taken hold `want` matches once they reach its month.
 * Returns how many of the newest months to rank, or null when the window would be everything.
 */
export function rankWindow(months: number, k: number): number | null {
  let taken = 0;
  // A run that would reach the oldest month means the window is everything.
  for (let run = 1; taken + run < months; run *= 2) {
    taken += run;
    if (k < taken) return taken;
  }
  return null;
}

/** What a facet counts: a column of search_docs, or a kind of search_facets rows. */
type FacetKind = "victim_type" | "country" | "g" | "a" | "i" | "k";

/** The list filters whose facets count disjunctively: parameter, what it counts, and its facet. */
const DISJUNCTIVE: [keyof FilterQuery, FacetKind, keyof Facets & ("attacker_groups" | "victim_type" | "country" | "attack_types" | "impact" | "claim")][] = [
  ["attacker", "g", "attacker_groups"],
  ["victim_type", "victim_type", "victim_type"],
  ["country", "country", "country"],
  ["attack_type", "a", "attack_types"],
  ["impact", "i", "impact"],
  ["claim", "k", "claim"],
];

/** The count of a single-valued facet over the materialised `hits`. */
function column(name: "victim_type" | "country"): string {
  return `SELECT '${name}' AS k, ${name} AS v, COUNT(*) AS n FROM hits WHERE ${name} IS NOT NULL GROUP BY ${name}`;
}

function emptyFacets(): Required<Facets> {
  return { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, impact: {}, claim: {}, year: {}, month: {} };
}

/** Characters of JSON bound to one statement at most (at most 1.5 MB of UTF-8): D1 refuses strings over 2 MB. */
const MAX_JSON_CHARS = 500_000;

/** Rows as JSON arrays of at most MAX_JSON_CHARS (a single larger row gets an array of its own). */
function jsonChunks(rows: unknown[]): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const row of rows) {
    const json = JSON.stringify(row);
    if (part.length > 0 && size + json.length > MAX_JSON_CHARS) {
      out.push(`[${part.join(",")}]`);
      part = [];
      size = 0;
    }
    part.push(json);
    size += json.length + 1;
  }
  if (part.length > 0) out.push(`[${part.join(",")}]`);
  return out;
}

/**
 * Statements writing `incidents` (distinct ids, in month order), replacing any earlier version.
 * Payload, facets and text go in as JSON, many documents per statement, text last: FTS5 flushes its
 * pending terms into a new segment whenever a later statement of the transaction starts, so a
 * statement per document left a segment per document to write and merge.
 */
function writeStatements(incidents: Incident[], aliases: AliasLookup, gen: number | null, texts: ReadonlyMap<number, string>): SqlStatement[] {
  const docs = incidents.map((incident) => ({ incident, doc: toSearchDocument(incident, aliases, texts) }));
  // Outside a rebuild a document joins the current generation, so a rebuild running meanwhile keeps it.
  const genSql = gen === null ? `(SELECT COALESCE(MAX(gen), 0) FROM search_docs)` : `?`;
  const byIncident = (table: string) => `FROM json_each(?) j JOIN search_docs d ON d.incident_id = json_extract(j.value, '$.id')${table}`;
  return [
    // Their text, payload and facet rows go with them (trigger search_docs_cascade).
    ...chunk(incidents.map((i) => i.id)).map((ids) => ({ sql: `DELETE FROM search_docs WHERE incident_id IN (${placeholders(ids.length)})`, params: ids })),
    // The id depends on the month (doc-ids.ts), which an update may change: a new version takes the next
    // free ids of its month, in the order given. One statement per chunk, not per document: the
    // statements themselves were a tenth of a rebuild. SQLite reads the month's last id before writing,
    // as it materialises a SELECT that reads the table it inserts into.
    ...jsonChunks(
      docs.map(({ incident, doc }) => [firstIdOf(monthIndex(doc.month)), incident.id, incident.first_seen, incident.updated ?? incident.last_seen, doc.month, doc.victim_type, doc.country]),
    ).map((json) => ({
      sql: `INSERT INTO search_docs (id, incident_id, first_seen, last_seen, month, victim_type, country, gen)
            SELECT (SELECT COALESCE(MAX(id), b.base) FROM search_docs WHERE id >= b.base AND id < b.base + ${MONTH_SPAN}) + ROW_NUMBER() OVER (PARTITION BY b.base ORDER BY b.key),
              b.incident_id, b.first_seen, b.last_seen, b.month, b.victim_type, b.country, ${genSql}
            FROM (SELECT j.key AS key, j.value ->> 0 AS base, j.value ->> 1 AS incident_id, j.value ->> 2 AS first_seen, j.value ->> 3 AS last_seen,
                    j.value ->> 4 AS month, j.value ->> 5 AS victim_type, j.value ->> 6 AS country FROM json_each(?) j) b
            ORDER BY b.key`,
      // Newest first means the last material change (issue 16): a reprint must not move an incident up.
      // The generation's placeholder comes first in the text, so its value comes first.
      params: [...(gen === null ? [] : [gen]), json],
    })),
    // The incident goes in as a JSON object, not as a string inside JSON: escaping it twice cost as much as indexing it.
    ...jsonChunks(docs.map(({ incident }) => ({ id: incident.id, doc: incident }))).map((json) => ({
      sql: `INSERT INTO search_payload (id, doc) SELECT d.id, json_extract(j.value, '$.doc') ${byIncident("")}`,
      params: [json],
    })),
    ...jsonChunks(docs.flatMap(({ incident, doc }) => doc.facets.map((f) => ({ id: incident.id, ...f })))).map((json) => ({
      sql: `INSERT INTO search_facets (doc_id, kind, value, label)
            SELECT d.id, json_extract(j.value, '$.kind'), json_extract(j.value, '$.value'), json_extract(j.value, '$.label') ${byIncident("")}`,
      params: [json],
    })),
    ...jsonChunks(docs.flatMap(({ incident, doc }) => doc.nameTerms.map((term) => ({ id: incident.id, term })))).map((json) => ({
      sql: `INSERT OR IGNORE INTO search_name_terms (doc_id, term) SELECT d.id, json_extract(j.value, '$.term') ${byIncident("")}`,
      params: [json],
    })),
    ...jsonChunks(docs.map(({ incident, doc }) => ({ id: incident.id, title: doc.title, names: doc.names, body: doc.body, sources: doc.sources, tags: doc.tags }))).map(
      (json) => ({
        // In rowid order: FTS5 also flushes whenever a rowid is lower than the last one written.
        sql: `INSERT INTO search_fts (rowid, title, names, body, sources, tags)
              SELECT d.id, json_extract(j.value, '$.title'), json_extract(j.value, '$.names'), json_extract(j.value, '$.body'),
                json_extract(j.value, '$.sources'), json_extract(j.value, '$.tags') ${byIncident(" ORDER BY d.id")}`,
        params: [json],
      }),
    ),
  ];
}

/** The embedded search index: SQLite FTS5 over `SqlClient`, so the Worker runs the same SQL on D1. */
export function createEmbeddedSearch(client: SqlClient, options: EmbeddedSearchOptions = {}): SearchIndex {
  const aliases = aliasLookup(options.groups ?? []);
  const aliasesByName = aliasIndex(options.groups ?? []);
  const windowSize = options.rankWindow ?? RANK_WINDOW;

  // The in-memory facet table and the data_version it was read at; our own writes drop it, as SQLite
  // changes data_version only for other connections' commits.
  // Beside it, the matches of the last few text expressions as table positions: a common word is
  // typed by many readers, and listing its tens of thousands of matches costs more than counting them.
  let table: { data: FacetTable; version: number; matches: Map<string, Int32Array> } | null = null;
  const facetTable = async (): Promise<{ data: FacetTable; matches: Map<string, Int32Array> }> => {
    const [row] = await client.all<{ data_version: number }>(`PRAGMA data_version`);
    const version = Number(row?.data_version ?? 0);
    if (table && table.version === version) return table;
    table = { data: await loadFacetTable(client), version, matches: new Map() };
    return table;
  };
  const matchesOf = async (data: FacetTable, matches: Map<string, Int32Array>, text: string): Promise<Int32Array> => {
    const known = matches.get(text);
    if (known) {
      // Most recently used last, so the oldest goes first.
      matches.delete(text);
      matches.set(text, known);
      return known;
    }
    const [row] = await client.all<{ ids: string | null }>(`SELECT group_concat(rowid) AS ids FROM search_fts WHERE search_fts MATCH ?`, [text]);
    const found = positionsOf(data, String(row?.ids ?? ""));
    matches.set(text, found);
    if (matches.size > MATCHES_KEPT) matches.delete(matches.keys().next().value!);
    return found;
  };

  /** Ids of one newest-first page among the table positions `matched` (last_seen, then id, descending). */
  const newestPage = (data: FacetTable, matched: Int32Array, offset: number, limit: number): number[] => {
    const want = offset + limit;
    const before = (a: number, b: number) => data.lastSeen[a]! > data.lastSeen[b]! || (data.lastSeen[a] === data.lastSeen[b] && data.ids[a]! > data.ids[b]!);
    const best: number[] = [];
    for (const i of matched) {
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

  const write = async (incidents: Incident[], gen: number | null) => {
    // In id order, that is by month: FTS5 flushes its pending terms whenever a rowid is lower than the last one written.
    // The last version of an incident given twice wins, as when they were written one by one.
    const latest = [...new Map(incidents.map((i) => [i.id, i])).values()];
    const byMonth = latest.sort((a, b) => monthIndex(monthOf(a.first_seen)) - monthIndex(monthOf(b.first_seen)));
    const size = options.writeBatch ?? WRITE_BATCH;
    for (const part of chunk(byMonth, size)) {
      const articleIds = [...new Set(part.flatMap((i) => i.sources.map((s) => s.article_id)))];
      const texts = options.sourceTexts && articleIds.length ? await options.sourceTexts(articleIds) : new Map<number, string>();
      const before = table ? await docIdsOf(part.map((i) => i.id)) : [];
      await client.batch(writeStatements(part, aliases, gen, texts));
      await patchTable(before, part.map((i) => i.id));
    }
  };

  /** The document ids of incidents. */
  const docIdsOf = async (incidentIds: string[]): Promise<number[]> => {
    const ids: number[] = [];
    for (const part of chunk(incidentIds))
      for (const r of await client.all<{ id: number }>(`SELECT id FROM search_docs WHERE incident_id IN (${placeholders(part.length)})`, part)) ids.push(Number(r.id));
    return ids;
  };

  /**
   * Brings the in-memory facet table up to our own write (SQLite leaves data_version alone for those):
   * the documents `removed` go, the current documents of `written` incidents come in. Cheaper than
   * reading every row again, which after each write of a poll would stall the next search.
   */
  const patchTable = async (removed: number[], written: string[]) => {
    if (!table) return;
    const rows = written.length ? await readDocRows(client, await docIdsOf(written)) : { docs: [], facets: [] };
    table = { ...table, data: patchFacetTable(table.data, new Set(removed), rows.docs, rows.facets), matches: new Map() };
  };

  /**
   * For each typed word of five letters or more that is no name itself, the names one edit from it
   * (first letter kept), and the places one edit from it: "lokbit" is also read as "lockbit".
   */
  const typosOf = async (clauses: readonly QueryClause[]): Promise<Map<string, string[]>> => {
    const words = typoCandidates(clauses).filter((w) => countryOfPlace(w) === null);
    const out = placeTypos(words);
    if (words.length === 0) return out;
    const rows = await client.all<{ term: string }>(
      `SELECT term FROM search_names WHERE ${words.map(() => "(term >= ? AND term < ? AND length(term) BETWEEN ? AND ?)").join(" OR ")}`,
      words.flatMap((w) => [w[0]!, String.fromCodePoint(w.codePointAt(0)! + 1), w.length - 1, w.length + 1]),
    );
    const names = rows.map((r) => String(r.term));
    const known = new Set(names);
    for (const w of words) {
      if (known.has(w) || out.has(w)) continue;
      const near = names.filter((t) => oneEditApart(w, t)).slice(0, MAX_TYPOS);
      if (near.length) out.set(w, near);
    }
    return out;
  };

  /** The indexed terms that extend the query's last word (see prefixProbe), or undefined to keep it a prefix. */
  const longerTerms = async (clauses: readonly QueryClause[]): Promise<string[] | undefined> => {
    const probe = prefixProbe(clauses);
    if (!probe) return undefined;
    const rows = await client.all<{ term: string }>(`SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ${MAX_LONGER + 1}`, [
      probe.from,
      probe.to,
    ]);
    return rows.length > MAX_LONGER ? undefined : rows.map((r) => String(r.term));
  };

  /**
   * The first id of the relevance window (see rankWindow), or null for no window. The month of the
   * want-th newest match comes from the month facet when the query counted one, else from one
   * statement that finds that match by id, that is by month.
   */
  const windowStart = async (sel: Selection, want: number, monthCounts: Record<string, number> | null): Promise<number | null> => {
    // Two subqueries: MIN and MAX together in one SELECT would scan the table instead of reading the index ends.
    const [span] = await client.all<{ lo: number | null; hi: number | null }>(
      `SELECT (SELECT MIN(id) FROM search_docs) AS lo, (SELECT MAX(id) FROM search_docs) AS hi`,
    );
    if (span?.lo == null || span.hi == null) return null;
    const newest = monthOfId(Number(span.hi));
    const oldest = monthOfId(Number(span.lo));
    let nthMonth: number | null = null;
    if (monthCounts) {
      const perMonth = new Map<number, number>();
      for (const [month, n] of Object.entries(monthCounts)) perMonth.set(monthIndex(month), (perMonth.get(monthIndex(month)) ?? 0) + n);
      for (let m = newest, seen = 0; m >= oldest && nthMonth === null; m--) if ((seen += perMonth.get(m) ?? 0) >= want) nthMonth = m;
    } else {
      const from = fromClause(sel, "", [], false);
      const [nth] = await client.all<{ id: number }>(`SELECT ${idOf(sel)} AS id ${from.sql} ORDER BY ${idOf(sel)} DESC LIMIT 1 OFFSET ?`, [
        ...from.params,
        want - 1,
      ]);
      if (nth) nthMonth = monthOfId(Number(nth.id));
    }
    if (nthMonth === null) return null;
    const taken = rankWindow(newest - oldest + 1, newest - nthMonth);
    return taken === null ? null : firstIdOf(newest - taken + 1);
  };

  /** Ids of one page, best first: only ids pass through the sort; documents are read for the page alone. */
  const pageIds = async (query: SearchQuery, sel: Selection, total: number, monthCounts: Record<string, number> | null = null, hasText = false): Promise<number[]> => {
    const offset = (query.page - 1) * query.limit;
    const byRank = query.sort === "relevance" && sel.match !== null && hasText;
    const want = Math.max(windowSize, offset + query.limit);
    const minId = byRank && total > want ? await windowStart(sel, want, monthCounts) : null;
    // A lone match needs no order at all.
    const ranked = byRank && total > 1;
    const from = fromClause({ ...sel, ...(minId === null ? {} : { minId }) }, "", [], !byRank);
    const order = ranked ? "search_fts.rank" : byRank ? "search_fts.rowid" : "d.last_seen DESC, d.id DESC";
    const rows = await client.all<{ id: number }>(`SELECT ${idOf(sel)} AS id ${from.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [
      ...from.params,
      query.limit,
      offset,
    ]);
    return rows.map((r) => Number(r.id));
  };

  /** The documents of a page, in the given order, each with a highlighted snippet when there is text. */
  const hitsFor = async (ids: number[], q: readonly QueryClause[], longer?: readonly string[]): Promise<SearchHit[]> => {
    if (ids.length === 0) return [];
    // As bm25 sees it, so the fragment shown is one the ranking counted.
    const text = textExpression(q, longer);
    // One snippet per readable column; the first that holds a match wins (body, then title, sources,
    // and the names list last, as a run of aliases reads poorly). Taken against the text alone, so
    // filter tokens in `tags` are never what is shown.
    const rows: Record<string, unknown>[] = [];
    // D1 binds at most 100 parameters and a page may hold 100 ids plus the text: read in chunks.
    // Offered as a constraint, the id list makes FTS5 set the query up once per id and seek straight
    // to it: cheap for plain words and short prefixes, while a longer prefix would merge every
    // matching term's postings per id. Then the unary + makes the list a filter: FTS5 runs the query
    // once and snippets only the rows of the page, within the rowid range the page spans.
    const idTest = cheapSetup(q, longer) ? "search_fts.rowid" : "+search_fts.rowid";
    for (const part of chunk(ids))
      rows.push(
        ...(text
          ? await client.all(
              `SELECT p.id AS id, p.doc AS doc, ${SNIPPET_COLUMNS.map((c) => `snippet(search_fts, ${c}, '${MARK_START}', '${MARK_END}', '…', 16) AS s${c}`).join(", ")}
               FROM search_fts JOIN search_payload p ON p.id = search_fts.rowid
               WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ? AND ? AND ${idTest} IN (${placeholders(part.length)})`,
              [text, Math.min(...part), Math.max(...part), ...part],
            )
          : await client.all(`SELECT p.id AS id, p.doc AS doc FROM search_payload p WHERE p.id IN (${placeholders(part.length)})`, part)),
      );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const incident = JSON.parse(String(row.doc)) as Incident;
      if (!text) return [incident];
      const marked = SNIPPET_COLUMNS.map((c) => String(row[`s${c}`] ?? "")).find((s) => s.includes(MARK_START));
      return [marked ? { ...incident, snippet: snippetHtml(marked) } : incident];
    });
  };

  /**
   * Total and facet counts in one statement over a materialised set of matching documents.
   * CROSS JOIN pins the loop order: without it SQLite may scan all of search_facets and probe the hits.
   */
  const facetsFor = async (sel: Selection, only?: FacetKind): Promise<{ total: number; facets: Required<Facets> }> => {
    const from = fromClause(sel);
    const parts = only
      ? [only === "victim_type" || only === "country" ? column(only) : `SELECT f.kind AS k, MIN(f.label) AS v, COUNT(*) AS n FROM hits CROSS JOIN search_facets f ON f.doc_id = hits.id AND f.kind = '${only}' GROUP BY f.value`]
      : [
          `SELECT 'total' AS k, NULL AS v, COUNT(*) AS n FROM hits`,
          column("victim_type"),
          column("country"),
          `SELECT 'month', month, COUNT(*) FROM hits GROUP BY month`,
          `SELECT f.kind, MIN(f.label), COUNT(*) FROM hits CROSS JOIN search_facets f ON f.doc_id = hits.id GROUP BY f.kind, f.value`,
        ];
    const rows = await client.all<{ k: string; v: string | null; n: number }>(
      `WITH hits AS MATERIALIZED (SELECT d.id AS id, d.victim_type AS victim_type, d.country AS country, d.month AS month ${from.sql})
       ${parts.join(" UNION ALL ")}`,
      from.params,
    );
    return facetsOfRows(rows);
  };

  /**
   * Facet counts as the page lists them: a facet with values picked is counted without its own filter
   * (other filters and the text still apply), so "LockBit" picked still shows Qilin's count, which
   * picking it too would add (values of one facet are OR-ed).
   */
  const disjunctive = async (query: SearchQuery, facets: Required<Facets>, select: (q: SearchQuery) => Selection): Promise<void> => {
    for (const [param, kind, facet] of DISJUNCTIVE) {
      if (query[param].length === 0) continue;
      const counted = await facetsFor(select({ ...query, [param]: [] }), kind);
      facets[facet] = counted.facets[facet];
    }
  };

  /**
   * Total and facets of a query with no text, no dates and filters on victim type and country alone,
   * read from the count tables (0005_search_fast_paths.sql) in one statement, and the ids of its page;
   * null for any other query. Filter values must be as the API normalises them (lower-case victim
   * types, upper-case countries), the form search_docs holds, so equality here is the tag match.
   */
  const countsFor = async (query: SearchQuery): Promise<{ total: number; facets: Required<Facets>; ids: number[] } | null> => {
    const types = query.victim_type;
    const countries = query.country;
    const plain =
      textExpression(query.q) === null && !query.since && !query.until && query.attacker.length === 0 && query.attack_type.length === 0 && query.impact.length === 0 && query.claim.length === 0 &&
      types.every((v) => /^[a-z0-9-]+$/.test(v)) && countries.every((c) => /^[A-Z]{2}$/.test(c)) &&
      // Four of the five terms below bind every value.
      4 * (types.length + countries.length) <= MAX_PARAMS;
    if (!plain) return null;
    if ((await client.all(`SELECT 1 FROM search_rebuilding LIMIT 1`)).length > 0) return null;
    const byType = types.length ? [`victim_type IN (${placeholders(types.length)})`] : [];
    const byCountry = countries.length ? [`country IN (${placeholders(countries.length)})`] : [];
    const where = [...byType, ...byCountry];
    const params = [...types, ...countries];
    const w = where.length ? `WHERE ${where.join(" AND ")}` : "";
    const and = (conds: string[]) => (conds.length ? `AND ${conds.join(" AND ")}` : "");
    // Each of the two facets is counted without its own filter (see disjunctive).
    const rows = await client.all<{ k: string; v: string | null; n: number }>(
      `SELECT 'all' AS k, NULL AS v, SUM(n) AS n FROM search_counts
       UNION ALL SELECT 'victim_type', victim_type, SUM(n) FROM search_counts WHERE n > 0 ${and(byCountry)} GROUP BY victim_type
       UNION ALL SELECT 'country', country, SUM(n) FROM search_counts WHERE n > 0 ${and(byType)} GROUP BY country
       UNION ALL SELECT 'month', month, SUM(n) FROM search_counts WHERE n > 0 ${and(where)} GROUP BY month
       UNION ALL SELECT kind, MIN(label), SUM(n) FROM search_facet_counts WHERE n > 0 ${and(where)} GROUP BY kind, value`,
      [...countries, ...types, ...params, ...params],
    );
    // '' stands for "none" in the count tables, where the search path leaves such documents out of the facet.
    const { facets } = facetsOfRows(rows.filter((r) => r.k === "all" || r.k === "month" || r.v !== ""));
    const total = Object.values(facets.month).reduce((a, b) => a + b, 0);
    const everything = Number(rows.find((r) => r.k === "all")?.n ?? 0);
    const offset = (query.page - 1) * query.limit;
    if (total === 0) return { total, facets, ids: [] };
    // Walking the last_seen index and testing each document costs about (offset + limit) / share rows;
    // when that is small it beats sorting every match, which a common victim type makes tens of thousands.
    const walk = ((offset + query.limit) * everything) / total <= NEWEST_WALK;
    const ids = walk
      ? await client.all<{ id: number }>(`SELECT id FROM search_docs ${w} ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?`, [
          ...params,
          query.limit,
          offset,
        ])
      : null;
    return { total, facets, ids: ids ? ids.map((r) => Number(r.id)) : await pageIds(query, selectionOf(query), total) };
  };

  const facetsOfRows = (rows: { k: string; v: string | null; n: number }[]): { total: number; facets: Required<Facets> } => {
    const facets = emptyFacets();
    let total = 0;
    for (const { k, v, n } of rows) {
      const count = Number(n);
      if (k === "total") total = count;
      else if (v === null) continue;
      else if (k === "victim_type") facets.victim_type[v] = count;
      else if (k === "country") facets.country[v] = count;
      else if (k === "g") facets.attacker_groups[v] = count;
      else if (k === "a") facets.attack_types[v] = count;
      else if (k === "i") facets.impact[v] = count;
      else if (k === "k") facets.claim[v] = count;
      else if (k === "month") {
        facets.month[v] = count;
        const year = v.slice(0, 4);
        facets.year[year] = (facets.year[year] ?? 0) + count;
      }
    }
    return { total, facets };
  };

  return {
    async upsert(incidents) {
      await write(incidents, null);
    },

    async remove(ids) {
      const before = table ? await docIdsOf([...new Set(ids)]) : [];
      for (const part of chunk([...new Set(ids)])) {
        await client.run(`DELETE FROM search_docs WHERE incident_id IN (${placeholders(part.length)})`, part);
      }
      await patchTable(before, []);
    },

    async search(query) {
      const typed = parseQuery(query.q);
      const clauses = withTypos(typed, await typosOf(typed));
      const readings = queryReadings(clauses, aliasesByName);
      const answer = (r: SearchResult): SearchResult => (readings.length ? { ...r, readings } : r);
      const counted = query.facets === false || clauses.length > 0 ? null : await countsFor(query);
      if (counted) {
        const { total, facets, ids } = counted;
        return answer({ hits: await hitsFor(ids, clauses), total, page: query.page, limit: query.limit, facets });
      }
      const longer = await longerTerms(clauses);
      const select = (q: SearchQuery) => selectionOf(q, longer, clauses);
      const sel = select(query);
      // A search without facets (search-as-you-type, digests) takes this path too when its text's matches
      // are kept already: the total is then a count over the table instead of a walk of the postings.
      const text = textExpression(clauses, longer);
      const kept = query.facets === false && text !== null && table !== null && table.matches.has(text);
      if (options.memoryFacets && (query.facets !== false || kept)) {
        const { data, matches } = await facetTable();
        const candidates = text === null ? null : await matchesOf(data, matches, text);
        const counted = countFacets(data, candidates, query);
        const { total, matched } = counted;
        const facets = query.facets === false ? { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, impact: {}, claim: {}, year: {} } : counted.facets;
        const byRank = query.sort === "relevance" && text !== null && total > 1;
        const offset = (query.page - 1) * query.limit;
        const ids =
          total === 0 ? [] : byRank || offset + query.limit > NEWEST_WALK ? await pageIds(query, sel, total, counted.facets.month, text !== null) : newestPage(data, matched, offset, query.limit);
        return answer({ hits: await hitsFor(ids, clauses, longer), total, page: query.page, limit: query.limit, facets });
      }
      let total: number;
      let facets: Facets;
      if (query.facets === false) {
        const from = fromClause(sel, "", [], false);
        const [row] = await client.all<{ n: number }>(`SELECT COUNT(*) AS n ${from.sql}`, from.params);
        total = Number(row?.n ?? 0);
        facets = { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, impact: {}, claim: {}, year: {} };
      } else {
        const counts = await facetsFor(sel);
        await disjunctive(query, counts.facets, select);
        ({ total, facets } = counts);
      }
      const ids = total > 0 ? await pageIds(query, sel, total, facets.month ?? null, clauses.length > 0) : [];
      return answer({ hits: await hitsFor(ids, clauses, longer), total, page: query.page, limit: query.limit, facets });
    },

    async groups() {
      const rows = await client.all(
        `SELECT f.value AS slug, MIN(f.label) AS name, COUNT(*) AS n, MIN(d.first_seen) AS first_seen, MAX(d.last_seen) AS last_seen
         FROM search_facets f JOIN search_docs d ON d.id = f.doc_id
         WHERE f.kind = 'g' GROUP BY f.value ORDER BY n DESC, name`,
      );
      return rows.map(
        (r): GroupSummary => ({
          name: String(r.name),
          slug: String(r.slug),
          incident_count: Number(r.n),
          first_seen: String(r.first_seen),
          last_seen: String(r.last_seen),
        }),
      );
    },

    async stats(query, now) {
      const sel = selectionOf(query);
      const from = fromClause(sel);
      const perMonth = await client.all<{ month: string; vt: string; n: number; newest: string }>(
        `SELECT d.month AS month, COALESCE(d.victim_type, 'unknown') AS vt, COUNT(*) AS n, MAX(d.last_seen) AS newest
         ${from.sql} GROUP BY d.month, vt`,
        from.params,
      );
      const stats = statsFromMonthCounts(perMonth.map((r) => ({ month: r.month, victim_type: r.vt, count: Number(r.n) })));
      if (stats.total === 0) return stats;
      const newest = perMonth.reduce((max, r) => (r.newest > max ? r.newest : max), "");
      const { since, until } = topGroupsWindow(Date.parse(newest), now);
      const window = fromClause(sel, " JOIN search_facets f ON f.doc_id = d.id AND f.kind = 'g'", ["d.last_seen >= ?", "d.first_seen <= ?"]);
      const top = await client.all<{ slug: string; name: string; n: number }>(
        `SELECT f.value AS slug, MIN(f.label) AS name, COUNT(*) AS n ${window.sql} GROUP BY f.value ORDER BY n DESC, name LIMIT ${TOP_GROUPS}`,
        [...window.params, since.toISOString(), until.toISOString()],
      );
      stats.top_groups = top.map((r) => ({ name: String(r.name), slug: String(r.slug), count: Number(r.n) }));
      stats.top_groups_since = since.toISOString().slice(0, 10);
      stats.top_groups_until = until.toISOString().slice(0, 10);
      return stats;
    },

    async rebuild(batches, onProgress) {
      const [row] = await client.all<{ gen: number }>(`SELECT COALESCE(MAX(gen), 0) + 1 AS gen FROM search_docs`);
      const gen = Number(row?.gen ?? 1);
      await client.run(`INSERT INTO search_rebuilding (gen) VALUES (?) ON CONFLICT DO NOTHING`, [gen]);
      // FTS5 merges its segments as it goes (automerge); a rebuild ends with 'optimize', which merges
      // everything once, so merging along the way is wasted: a quarter of the text indexing's time.
      // Its crisis merges still bound the segments that searches during the rebuild read.
      await client.run(`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', 0)`);
      let done = 0;
      try {
        for await (const batch of batches) {
          await write(batch, gen);
          done += batch.length;
          onProgress?.(done);
        }
      } catch (error) {
        await client.run(RESTORE_AUTOMERGE.sql);
        throw error;
      }
      // The old generation answered queries until now; it goes in one atomic step, and the counts
      // the triggers left alone are made afresh.
      await client.batch([
        { sql: `DELETE FROM search_docs WHERE gen < ?`, params: [gen] },
        { sql: `DELETE FROM search_counts`, params: [] },
        {
          sql: `INSERT INTO search_counts (victim_type, country, month, n)
                SELECT COALESCE(victim_type, ''), COALESCE(country, ''), month, COUNT(*) FROM search_docs GROUP BY 1, 2, 3`,
          params: [],
        },
        { sql: `DELETE FROM search_facet_counts`, params: [] },
        {
          sql: `INSERT INTO search_facet_counts (victim_type, country, kind, value, label, n)
                SELECT COALESCE(d.victim_type, ''), COALESCE(d.country, ''), f.kind, f.value, f.label, COUNT(*)
                FROM search_facets f JOIN search_docs d ON d.id = f.doc_id GROUP BY 1, 2, 3, 4, 5`,
          params: [],
        },
        // Every rebuild under way stops here too: the counts just made include whatever they wrote.
        { sql: `DELETE FROM search_rebuilding`, params: [] },
        RESTORE_AUTOMERGE,
      ]);
      table = null;
      // Merges the b-trees the many small inserts left behind, for the steadiest query times.
      await client.run(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);
    },
  };
}
