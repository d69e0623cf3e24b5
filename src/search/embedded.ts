import type { AttackerGroup, Facets, GroupSummary, Incident, SearchHit, SearchQuery, SearchResult } from "../model";
import { chunk, placeholders, type SqlClient, type SqlStatement } from "../store/sql-client";
import { cheapSetup, matchExpression, textExpression, withinMonths } from "./fts-query";
import type { SearchIndex } from "./search-index";
import { aliasLookup, toSearchDocument, type AliasLookup } from "./search-document";
import { MARK_END, MARK_START, snippetHtml } from "./snippet";
import { statsFromMonthCounts, TOP_GROUPS, topGroupsWindow } from "./stats";

/** Options of the embedded index. */
export interface EmbeddedSearchOptions {
  /** Gazetteer entries, so an alias typed as free text ("Sodinokibi") finds its group's incidents. */
  groups?: readonly AttackerGroup[];
  /** Matches relevance ranks at least (see rankWindow); RANK_WINDOW unless a test needs it small. */
  rankWindow?: number;
}

// Incidents per `batch` call: one atomic unit on D1, small enough to stay within its statement limits.
const UPSERT_BATCH = 50;
/** Relevance ranks about this many matches: those of the most recent months (see rankWindow). */
export const RANK_WINDOW = 2_000;
// FTS5 column numbers: body, title, sources, names (see 0002_search.sql), in order of preference for snippets.
const SNIPPET_COLUMNS = [2, 0, 3, 1] as const;

/** The SQL conditions on `search_docs d` and their parameters, shared by hits, facets and stats. */
interface Selection {
  /** FTS5 expression of text and filters, or null (then every document qualifies). */
  match: string | null;
  dates: string[];
  params: unknown[];
}

function selectionOf(query: SearchQuery): Selection {
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
  return { match: matchExpression(query), dates, params };
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
  const where = [...(sel.match ? ["search_fts MATCH ?"] : []), ...sel.dates, ...extra];
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
 * doubling runs need only a few counts for a common word. `countRun` counts the matches in a run
 * (from the month facet when it is at hand, else one FTS5 query). Null: the window would be everything.
 */
export async function rankWindow(
  monthsNewestFirst: string[],
  want: number,
  countRun: (run: string[]) => number | Promise<number>,
): Promise<string[] | null> {
  let n = 0;
  let taken = 0;
  // A run that would reach the oldest month means the window is everything: no need to count it.
  for (let run = 1; taken + run < monthsNewestFirst.length; run *= 2) {
    taken += run;
    n += await countRun(monthsNewestFirst.slice(taken - run, taken));
    if (n >= want) return monthsNewestFirst.slice(0, taken);
  }
  return null;
}

/** Calendar months from `hi` back to `lo` (YYYY-MM), newest first. */
export function monthsBetween(lo: string, hi: string): string[] {
  const out: string[] = [];
  let [y, m] = hi.split("-").map(Number) as [number, number];
  for (let month = hi; month >= lo; month = `${y}-${String(m).padStart(2, "0")}`) {
    out.push(month);
    if (--m === 0) [y, m] = [y - 1, 12];
  }
  return out;
}

function emptyFacets(): Required<Facets> {
  return { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, year: {}, month: {} };
}

function upsertStatements(incident: Incident, aliases: AliasLookup, gen: number | null): SqlStatement[] {
  const doc = toSearchDocument(incident, aliases);
  const id = incident.id;
  const docId = `(SELECT id FROM search_docs WHERE incident_id = ?)`;
  // Outside a rebuild a document joins the current generation, so a rebuild running meanwhile keeps it.
  const genSql = gen === null ? `(SELECT COALESCE(MAX(gen), 0) FROM search_docs)` : `?`;
  const statements: SqlStatement[] = [
    {
      sql: `INSERT INTO search_docs (incident_id, first_seen, last_seen, month, victim_type, country, gen)
            VALUES (?, ?, ?, ?, ?, ?, ${genSql})
            ON CONFLICT (incident_id) DO UPDATE SET first_seen = excluded.first_seen, last_seen = excluded.last_seen,
              month = excluded.month, victim_type = excluded.victim_type, country = excluded.country, gen = excluded.gen`,
      params: [id, incident.first_seen, incident.last_seen, doc.month, doc.victim_type, doc.country, ...(gen === null ? [] : [gen])],
    },
    {
      sql: `INSERT INTO search_payload (id, doc) SELECT id, ? FROM search_docs WHERE incident_id = ? ON CONFLICT (id) DO UPDATE SET doc = excluded.doc`,
      params: [JSON.stringify(incident), id],
    },
    { sql: `DELETE FROM search_fts WHERE rowid = ${docId}`, params: [id] },
    {
      sql: `INSERT INTO search_fts (rowid, title, names, body, sources, tags) SELECT id, ?, ?, ?, ?, ? FROM search_docs WHERE incident_id = ?`,
      params: [doc.title, doc.names, doc.body, doc.sources, doc.tags, id],
    },
    { sql: `DELETE FROM search_facets WHERE doc_id = ${docId}`, params: [id] },
  ];
  for (const part of chunk(doc.facets, 25))
    statements.push({
      sql: `INSERT INTO search_facets (doc_id, kind, value, label)
            SELECT d.id, v.column1, v.column2, v.column3 FROM search_docs d, (VALUES ${part.map(() => "(?, ?, ?)").join(", ")}) v
            WHERE d.incident_id = ?`,
      params: [...part.flatMap((f) => [f.kind, f.value, f.label]), id],
    });
  return statements;
}

/** The embedded search index: SQLite FTS5 over `SqlClient`, so the Worker runs the same SQL on D1. */
export function createEmbeddedSearch(client: SqlClient, options: EmbeddedSearchOptions = {}): SearchIndex {
  const aliases = aliasLookup(options.groups ?? []);
  const windowSize = options.rankWindow ?? RANK_WINDOW;

  const write = async (incidents: Incident[], gen: number | null) => {
    for (const part of chunk(incidents, UPSERT_BATCH)) await client.batch(part.flatMap((i) => upsertStatements(i, aliases, gen)));
  };

  /** The calendar months of the whole index, newest first. */
  const indexMonths = async (): Promise<string[]> => {
    // Two subqueries: MIN and MAX together in one SELECT would scan the table instead of reading the index ends.
    const [span] = await client.all<{ lo: string | null; hi: string | null }>(
      `SELECT (SELECT MIN(month) FROM search_docs) AS lo, (SELECT MAX(month) FROM search_docs) AS hi`,
    );
    return span?.lo && span.hi ? monthsBetween(span.lo, span.hi) : [];
  };

  /** Matches in a run of months: one FTS5 query intersecting the text with those months' tokens. */
  const countInMonths = async (sel: Selection, months: string[]): Promise<number> => {
    const from = fromClause({ ...sel, match: withinMonths(sel.match!, months) }, "", [], false);
    const [row] = await client.all<{ n: number }>(`SELECT COUNT(*) AS n ${from.sql}`, from.params);
    return Number(row?.n ?? 0);
  };

  /** Ids of one page, best first: only ids pass through the sort; documents are read for the page alone. */
  const pageIds = async (query: SearchQuery, sel: Selection, total: number, monthCounts: Record<string, number> | null): Promise<number[]> => {
    const offset = (query.page - 1) * query.limit;
    const byRank = query.sort === "relevance" && sel.match !== null && textExpression(query.q) !== null;
    const want = Math.max(windowSize, offset + query.limit);
    const months =
      byRank && total > want
        ? await rankWindow(await indexMonths(), want, (run) =>
            monthCounts ? run.reduce((n, m) => n + (monthCounts[m] ?? 0), 0) : countInMonths(sel, run),
          )
        : null;
    const from = fromClause(months ? { ...sel, match: withinMonths(sel.match!, months) } : sel, "", [], !byRank);
    const order = byRank ? "search_fts.rank" : "d.last_seen DESC, d.id DESC";
    const rows = await client.all<{ id: number }>(`SELECT ${idOf(sel)} AS id ${from.sql} ORDER BY ${order} LIMIT ? OFFSET ?`, [
      ...from.params,
      query.limit,
      offset,
    ]);
    return rows.map((r) => Number(r.id));
  };

  /** The documents of a page, in the given order, each with a highlighted snippet when there is text. */
  const hitsFor = async (ids: number[], q: string): Promise<SearchHit[]> => {
    if (ids.length === 0) return [];
    const text = textExpression(q);
    // One snippet per readable column; the first that holds a match wins (body, then title, sources,
    // and the names list last, as a run of aliases reads poorly). Taken against the text alone, so
    // filter tokens in `tags` are never what is shown.
    const rows: Record<string, unknown>[] = [];
    // D1 binds at most 100 parameters and a page may hold 100 ids plus the text: read in chunks.
    // Offered as a constraint, the id list makes FTS5 set the query up once per id and seek straight
    // to it: cheap for plain words and short prefixes, while a longer prefix would merge every
    // matching term's postings per id. Then the unary + makes the list a filter: FTS5 runs the query
    // once and snippets only the rows of the page.
    const idTest = cheapSetup(q) ? "search_fts.rowid" : "+search_fts.rowid";
    for (const part of chunk(ids))
      rows.push(
        ...(text
          ? await client.all(
              `SELECT p.id AS id, p.doc AS doc, ${SNIPPET_COLUMNS.map((c) => `snippet(search_fts, ${c}, '${MARK_START}', '${MARK_END}', '…', 16) AS s${c}`).join(", ")}
               FROM search_fts JOIN search_payload p ON p.id = search_fts.rowid
               WHERE search_fts MATCH ? AND ${idTest} IN (${placeholders(part.length)})`,
              [text, ...part],
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
  const facetsFor = async (sel: Selection): Promise<{ total: number; facets: Required<Facets> }> => {
    const from = fromClause(sel);
    const rows = await client.all<{ k: string; v: string | null; n: number }>(
      `WITH hits AS MATERIALIZED (SELECT d.id AS id, d.victim_type AS victim_type, d.country AS country, d.month AS month ${from.sql})
       SELECT 'total' AS k, NULL AS v, COUNT(*) AS n FROM hits
       UNION ALL SELECT 'victim_type', victim_type, COUNT(*) FROM hits WHERE victim_type IS NOT NULL GROUP BY victim_type
       UNION ALL SELECT 'country', country, COUNT(*) FROM hits WHERE country IS NOT NULL GROUP BY country
       UNION ALL SELECT 'month', month, COUNT(*) FROM hits GROUP BY month
       UNION ALL SELECT f.kind, MIN(f.label), COUNT(*) FROM hits CROSS JOIN search_facets f ON f.doc_id = hits.id GROUP BY f.kind, f.value`,
      from.params,
    );
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
      for (const part of chunk([...new Set(ids)])) {
        const docIds = `(SELECT id FROM search_docs WHERE incident_id IN (${placeholders(part.length)}))`;
        await client.batch([
          { sql: `DELETE FROM search_fts WHERE rowid IN ${docIds}`, params: part },
          { sql: `DELETE FROM search_facets WHERE doc_id IN ${docIds}`, params: part },
          { sql: `DELETE FROM search_payload WHERE id IN ${docIds}`, params: part },
          { sql: `DELETE FROM search_docs WHERE incident_id IN (${placeholders(part.length)})`, params: part },
        ]);
      }
    },

    async search(query) {
      const sel = selectionOf(query);
      let total: number;
      let facets: Facets;
      if (query.facets === false) {
        const from = fromClause(sel, "", [], false);
        const [row] = await client.all<{ n: number }>(`SELECT COUNT(*) AS n ${from.sql}`, from.params);
        total = Number(row?.n ?? 0);
        facets = { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, year: {} };
      } else {
        ({ total, facets } = await facetsFor(sel));
      }
      const ids = total > 0 ? await pageIds(query, sel, total, facets.month ?? null) : [];
      const result: SearchResult = { hits: await hitsFor(ids, query.q), total, page: query.page, limit: query.limit, facets };
      return result;
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
      let done = 0;
      for await (const batch of batches) {
        await write(batch, gen);
        done += batch.length;
        onProgress?.(done);
      }
      // The old generation answered queries until now; it goes in one atomic step.
      const stale = `(SELECT id FROM search_docs WHERE gen < ?)`;
      await client.batch([
        { sql: `DELETE FROM search_fts WHERE rowid IN ${stale}`, params: [gen] },
        { sql: `DELETE FROM search_facets WHERE doc_id IN ${stale}`, params: [gen] },
        { sql: `DELETE FROM search_payload WHERE id IN ${stale}`, params: [gen] },
        { sql: `DELETE FROM search_docs WHERE gen < ?`, params: [gen] },
      ]);
      // Merges the b-trees the many small inserts left behind, for the steadiest query times.
      await client.run(`INSERT INTO search_fts (search_fts) VALUES ('optimize')`);
    },
  };
}
