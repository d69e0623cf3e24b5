import type { AttackerGroup, Facets, GroupSummary, Incident, SearchHit, SearchQuery, SearchResult } from "../model";
import { chunk, placeholders, type SqlClient } from "../lib/sql-client";
import { firstIdOf, monthIndex, monthOfId } from "./doc-ids";
import { countryOfPlace } from "../model/country-words";
import { createFacetCounts, NEWEST_WALK } from "./embedded-facets";
import type { MemoryFacets } from "./embedded-memory";
import {
  FILTERED_RANK_WINDOW,
  fromClause,
  idOf,
  rankWindow,
  RANK_WINDOW,
  selectionOf,
  type Selection,
} from "./embedded-selection";
import { countedShare, countFacets, rarestFilter, taggedDocuments, type FacetTable } from "./facet-memory";
import {
  cheapSetup,
  countedExpression,
  filterExpression,
  oneFilterExpression,
  prefixProbe,
  textExpression,
} from "./fts-query";
import { aliasIndex, queryReadings } from "./query-readings";
import {
  oneEditApart,
  parseQuery,
  placeTypos,
  typoCandidates,
  typoNames,
  withTypos,
  type QueryClause,
} from "./query-syntax";
import type { SearchIndex } from "./search-index";
import { MARK_END, MARK_START, snippetHtml } from "./snippet";
import { statsFromMonthCounts, TOP_GROUPS, topGroupsWindow } from "./stats";

/**
 * Largest share of the documents passing all filters but one (countedShare) for which a text with two
 * filters or more lists those matches alone: FTS5 then reads the filters' postings too, and walking two
 * broad filters' postings costs more than listing and counting the matches that fail both, now that a
 * listing is handed over as bytes and its ids find their positions in slots (see positionsOf). At
 * 100,000 incidents, listing "saten*" (49,000 matches) takes 2.7 ms, narrowed to a hospital or British
 * document (share 0.50) 5.5 ms; the narrower list wins at shares of a quarter (a common word, two groups
 * and an impact: 3.5 against 5.6 ms) and below (a dental or French document, 0.12: 1.5 against 5.0 ms).
 */
const NARROW_SHARE = 0.3;
/** Most names one edit from a typed word that are searched besides it. */
const MAX_TYPOS = 4;
/** Most terms extending a last word that are OR-ed in its place for counting; beyond, it stays a prefix. */
const MAX_LONGER = 8;
// FTS5 column numbers: body, title, sources, names (see 0002_search.sql), in order of preference for snippets.
const SNIPPET_COLUMNS = [2, 0, 3, 1] as const;
/**
 * One snippet per readable column; the first that holds a match wins (body, then title, sources, and
 * the names list last, as a run of aliases reads poorly). Filter tokens live in `tags`, which is never
 * snippeted, and FTS5 scores a column's fragments by that column's matches alone, so the same snippets
 * come out whether the MATCH holds the text alone or the text and the filters.
 */
const SNIPPETS = SNIPPET_COLUMNS.map(
  (c) => `snippet(search_fts, ${c}, '${MARK_START}', '${MARK_END}', '…', 16) AS s${c}`,
).join(", ");
/** The marked fragment of a row that selected SNIPPETS, or null when no column holds a match. */
const markedOf = (row: Record<string, unknown>): string | null =>
  SNIPPET_COLUMNS.map((c) => String(row[`s${c}`] ?? "")).find((s) => s.includes(MARK_START)) ?? null;

/** The document ids of one page, best first, and the marked snippet of each when the page statement took them. */
interface Page {
  ids: number[];
  snippets: Map<number, string | null> | null;
}

/** What the reader needs of the index's options (see EmbeddedSearchOptions). */
export interface ReaderOptions {
  groups?: readonly AttackerGroup[];
  rankWindow?: number;
  filteredRankWindow?: number;
  memoryFacets?: boolean;
}

/** The querying half of the embedded index: search, groups and stats, counting facets in `memory` when asked to. */
export function createIndexReader(
  client: SqlClient,
  options: ReaderOptions,
  memory: MemoryFacets,
): Pick<SearchIndex, "search" | "groups" | "stats"> {
  const aliasesByName = aliasIndex(options.groups ?? []);
  const windowSize = options.rankWindow ?? RANK_WINDOW;
  const filteredWindowSize = options.filteredRankWindow ?? options.rankWindow ?? FILTERED_RANK_WINDOW;
  /** Matches relevance ranks at least for `query`: fewer for a search with filters or dates (FILTERED_RANK_WINDOW). */
  const windowOf = (query: SearchQuery) =>
    filterExpression(query) !== null || query.since || query.until ? filteredWindowSize : windowSize;
  const { facetsFor, disjunctive, countsFor } = createFacetCounts(client);

  /** The name words sharing a first letter with one of `words` and as long as it give or take one, from the index. */
  const typoNamesOf = async (words: readonly string[]): Promise<string[]> => {
    const rows = await client.all<{ term: string }>(
      `SELECT term FROM search_names WHERE ${words.map(() => "(term >= ? AND term < ? AND length(term) BETWEEN ? AND ?)").join(" OR ")}`,
      words.flatMap((w) => [w[0]!, String.fromCodePoint(w.codePointAt(0)! + 1), w.length - 1, w.length + 1]),
    );
    return rows.map((r) => String(r.term));
  };

  /**
   * For each typed word of five letters or more that is no name itself, the names one edit from it
   * (first letter kept), and the places one edit from it: "lokbit" is also read as "lockbit".
   */
  const typosOf = async (clauses: readonly QueryClause[]): Promise<Map<string, string[]>> => {
    const words = typoCandidates(clauses).filter((w) => countryOfPlace(w) === null);
    const out = placeTypos(words);
    if (words.length === 0) return out;
    const names = options.memoryFacets ? typoNames(await memory.nameTerms(), words) : await typoNamesOf(words);
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
    const rows = await client.all<{ term: string }>(
      `SELECT term FROM search_vocab WHERE term >= ? AND term < ? LIMIT ${MAX_LONGER + 1}`,
      [probe.from, probe.to],
    );
    return rows.length > MAX_LONGER ? undefined : rows.map((r) => String(r.term));
  };

  /**
   * The first id of the relevance window (see rankWindow), or null for no window. The month of the
   * want-th newest match comes from the month facet when the query counted one, else from one
   * statement that finds that match by id, that is by month.
   */
  const windowStart = async (
    sel: Selection,
    want: number,
    monthCounts: Record<string, number> | null,
    table?: FacetTable,
  ): Promise<number | null> => {
    // The in-memory table, current for this search, holds every id in order; else two subqueries: MIN and
    // MAX together in one SELECT would scan the table instead of reading the index ends.
    const [span] = table
      ? [{ lo: table.ids[0] ?? null, hi: table.ids.at(-1) ?? null }]
      : await client.all<{ lo: number | null; hi: number | null }>(
          `SELECT (SELECT MIN(id) FROM search_docs) AS lo, (SELECT MAX(id) FROM search_docs) AS hi`,
        );
    if (span?.lo == null || span.hi == null) return null;
    const newest = monthOfId(Number(span.hi));
    const oldest = monthOfId(Number(span.lo));
    let nthMonth: number | null = null;
    if (monthCounts) {
      const perMonth = new Map<number, number>();
      for (const [month, n] of Object.entries(monthCounts))
        perMonth.set(monthIndex(month), (perMonth.get(monthIndex(month)) ?? 0) + n);
      for (let m = newest, seen = 0; m >= oldest && nthMonth === null; m--)
        if ((seen += perMonth.get(m) ?? 0) >= want) nthMonth = m;
    } else {
      const from = fromClause(sel, "", [], false);
      const [nth] = await client.all<{ id: number }>(
        `SELECT ${idOf(sel)} AS id ${from.sql} ORDER BY ${idOf(sel)} DESC LIMIT 1 OFFSET ?`,
        [...from.params, want - 1],
      );
      if (nth) nthMonth = monthOfId(Number(nth.id));
    }
    if (nthMonth === null) return null;
    const taken = rankWindow(newest - oldest + 1, newest - nthMonth);
    return taken === null ? null : firstIdOf(newest - taken + 1);
  };

  /** Ids of one page, best first: only ids pass through the sort; documents are read for the page alone. */
  const pageIds = async (
    query: SearchQuery,
    sel: Selection,
    total: number,
    monthCounts: Record<string, number> | null = null,
    hasText = false,
    knownStart?: number | null,
  ): Promise<Page> => {
    const offset = (query.page - 1) * query.limit;
    const byRank = query.sort === "relevance" && sel.match !== null && hasText;
    const want = Math.max(windowOf(query), offset + query.limit);
    const minId =
      knownStart !== undefined ? knownStart : byRank && total > want ? await windowStart(sel, want, monthCounts) : null;
    // A lone match needs no order at all.
    const ranked = byRank && total > 1;
    const from = fromClause({ ...sel, ...(minId === null ? {} : { minId }) }, "", [], !byRank);
    const order = ranked ? "search_fts.rank" : byRank ? "search_fts.rowid" : "d.last_seen DESC, d.id DESC";
    // Rows that FTS5 hands over in its own order (rank or rowid, nothing joined) meet no sorter, so
    // snippet() runs for the rows of the page alone and can be taken here: FTS5 then sets the query up
    // once, not again for the snippets (for a long prefix, a second merge of every matching term's postings).
    const withSnippets = byRank && sel.dates.length === 0;
    const rows = await client.all<Record<string, unknown>>(
      `SELECT ${idOf(sel)} AS id${withSnippets ? `, ${SNIPPETS}` : ""} ${from.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
      [...from.params, query.limit, offset],
    );
    return {
      ids: rows.map((r) => Number(r.id)),
      snippets: withSnippets ? new Map(rows.map((r) => [Number(r.id), markedOf(r)])) : null,
    };
  };

  /**
   * One page by relevance of a text with filters, counted in memory: `candidates` are the text's matches,
   * or, when `listedShare` is below 1, those of them passing all filters but one (see countedExpression),
   * about that share of them; `matched` are those that pass the filters (positions in the facet table,
   * ascending ids). With the filters' tags in the MATCH, as pageIds has them, bm25 first counts every
   * document holding each tag (tens of thousands for a common country) to weigh it, a weight the tags
   * column's zero then cancels. The filters are known here already, so when the text's matches in the
   * relevance window are fewer than those postings, FTS5 is handed the documents that pass: each
   * document's score is the same without the tags, and SQLite's sorter keeps equal scores in rowid
   * order as FTS5's does, so the page is the same. FTS5 still walks every match of the text in the
   * window to find them; when the rarest filter's tags are fewer, they join the text in the MATCH, so
   * that FTS5 walks only the matches holding one and counts only that filter's postings to weigh it
   * (by zero again: scores unchanged). The window is the one pageIds takes.
   */
  const rankedAmong = async (
    query: SearchQuery,
    sel: Selection,
    text: string,
    data: FacetTable,
    candidates: Int32Array,
    matched: Int32Array,
    monthCounts: Record<string, number>,
    listedShare: number,
  ): Promise<Page> => {
    const offset = (query.page - 1) * query.limit;
    const want = Math.max(windowOf(query), offset + query.limit);
    const minId = matched.length > want ? await windowStart(sel, want, monthCounts, data) : null;
    const firstIn = (positions: Int32Array) => {
      let at = 0;
      if (minId !== null) while (at < positions.length && data.ids[positions[at]!]! < minId) at++;
      return at;
    };
    // With only some matches listed, this counts too few, which only favours the id list.
    const walked = candidates.length - firstIn(candidates);
    if (walked >= taggedDocuments(data, query)) return pageIds(query, sel, matched.length, monthCounts, true, minId);
    const ids = Array.from(matched.subarray(firstIn(matched)), (p) => data.ids[p]!);
    if (ids.length === 0) return { ids: [], snippets: null };
    const rarest = rarestFilter(data, query);
    const rarestTags =
      rarest && rarest.documents < walked / listedShare ? oneFilterExpression(query, rarest.filter) : null;
    // Bounds cast: FTS5 ignores a REAL rowid limit, as better-sqlite3 binds a JS number (see hitsFor).
    const [lo, hi] = [ids[0]!, ids.at(-1)!];
    // The unary + keeps the id list from FTS5, which would set the query up once per id; the ranking
    // has one too, so SQLite sorts the few rows that pass instead of FTS5 every match in the range.
    const rows = await client.all<{ id: number }>(
      `SELECT search_fts.rowid AS id FROM search_fts
       WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)
         AND +search_fts.rowid IN (SELECT value FROM json_each(?))
       ORDER BY +search_fts.rank LIMIT ? OFFSET ?`,
      [rarestTags ? `${text} AND ${rarestTags}` : text, lo, hi, JSON.stringify(ids), query.limit, offset],
    );
    return { ids: rows.map((r) => Number(r.id)), snippets: null };
  };

  /**
   * The documents of a page, in the given order, each with a highlighted snippet when there is text:
   * those the page statement took, else read here.
   */
  const hitsFor = async (
    { ids, snippets }: Page,
    q: readonly QueryClause[],
    longer?: readonly string[],
  ): Promise<SearchHit[]> => {
    if (ids.length === 0) return [];
    // As bm25 sees it, so the fragment shown is one the ranking counted.
    const text = textExpression(q, longer);
    const rows: Record<string, unknown>[] = [];
    // D1 binds at most 100 parameters and a page may hold 100 ids plus the text: read in chunks.
    // Offered as a constraint, the id list makes FTS5 set the query up once per id and seek straight
    // to it: cheap for plain words and short prefixes, while a longer prefix would merge every
    // matching term's postings per id. Then the unary + makes the list a filter: FTS5 runs the query
    // once and snippets only the rows of the page, within the rowid range the page spans.
    // Each bound id is cast: better-sqlite3 binds a JS number as a REAL, and FTS5 ignores a REAL rowid
    // bound while telling SQLite it applied it, so a lone id (`IN (?)` is `= ?`) snippeted every match.
    const idTest = cheapSetup(q, longer) ? "search_fts.rowid" : "+search_fts.rowid";
    const asInteger = (n: number) => Array.from({ length: n }, () => "CAST(? AS INTEGER)").join(", ");
    for (const part of chunk(ids))
      rows.push(
        ...(text && !snippets
          ? await client.all(
              `SELECT p.id AS id, p.doc AS doc, ${SNIPPETS}
               FROM search_fts JOIN search_payload p ON p.id = search_fts.rowid
               WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)
                 AND ${idTest} IN (${asInteger(part.length)})`,
              [text, Math.min(...part), Math.max(...part), ...part],
            )
          : await client.all(
              `SELECT p.id AS id, p.doc AS doc FROM search_payload p WHERE p.id IN (${placeholders(part.length)})`,
              part,
            )),
      );
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const incident = JSON.parse(String(row.doc)) as Incident;
      if (!text) return [incident];
      const marked = snippets ? snippets.get(id) : markedOf(row);
      return [marked ? { ...incident, snippet: snippetHtml(marked) } : incident];
    });
  };

  return {
    async search(query) {
      const typed = parseQuery(query.q);
      const clauses = withTypos(typed, await typosOf(typed));
      const readings = queryReadings(clauses, aliasesByName);
      const answer = (r: SearchResult): SearchResult => (readings.length ? { ...r, readings } : r);
      const counted = query.facets === false || clauses.length > 0 ? null : await countsFor(query);
      if (counted) {
        const { total, facets } = counted;
        const page = counted.ids
          ? { ids: counted.ids, snippets: null }
          : await pageIds(query, selectionOf(query), total);
        return answer({ hits: await hitsFor(page, clauses), total, page: query.page, limit: query.limit, facets });
      }
      const longer = await longerTerms(clauses);
      const select = (q: SearchQuery) => selectionOf(q, longer, clauses);
      const sel = select(query);
      // A search without facets (search-as-you-type, digests) takes this path too when its text's matches
      // are kept already: the total is then a count over the table instead of a walk of the postings.
      const text = textExpression(clauses, longer);
      const kept = query.facets === false && text !== null && memory.keeps(text);
      if (options.memoryFacets && (query.facets !== false || kept)) {
        const held = await memory.facetTable();
        const data = held.data;
        const narrowed = text === null ? null : countedExpression(text, query);
        const share = narrowed === null ? 1 : countedShare(data, query);
        const narrow = share <= NARROW_SHARE;
        // The text's own matches when they are kept, else, with `narrow`, only those passing all filters but one.
        const listedShare = narrow && text !== null && !memory.keeps(text) ? share : 1;
        const candidates = text === null ? null : await memory.matchesOf(held, text, narrowed, narrow);
        const counted = countFacets(data, candidates, query, query.facets !== false);
        const { total, matched } = counted;
        const facets =
          query.facets === false
            ? { attacker_groups: {}, victim_type: {}, country: {}, attack_types: {}, impact: {}, claim: {}, year: {} }
            : counted.facets;
        const byRank = query.sort === "relevance" && text !== null && total > 1;
        const offset = (query.page - 1) * query.limit;
        const filtered = filterExpression(query) !== null || sel.dates.length > 0;
        const page =
          total === 0
            ? { ids: [], snippets: null }
            : byRank && filtered
              ? await rankedAmong(query, sel, text, data, candidates!, matched, counted.facets.month, listedShare)
              : byRank || offset + query.limit > NEWEST_WALK
                ? await pageIds(query, sel, total, counted.facets.month, text !== null)
                : { ids: memory.newestPage(data, matched, offset, query.limit), snippets: null };
        return answer({
          hits: await hitsFor(page, clauses, longer),
          total,
          page: query.page,
          limit: query.limit,
          facets,
        });
      }
      let total: number;
      let facets: Facets;
      if (query.facets === false) {
        const from = fromClause(sel, "", [], false);
        const [row] = await client.all<{ n: number }>(`SELECT COUNT(*) AS n ${from.sql}`, from.params);
        total = Number(row?.n ?? 0);
        facets = {
          attacker_groups: {},
          victim_type: {},
          country: {},
          attack_types: {},
          impact: {},
          claim: {},
          year: {},
        };
      } else {
        const counts = await facetsFor(sel);
        await disjunctive(query, counts.facets, select);
        ({ total, facets } = counts);
      }
      const page =
        total > 0
          ? await pageIds(query, sel, total, facets.month ?? null, clauses.length > 0)
          : { ids: [], snippets: null };
      return answer({
        hits: await hitsFor(page, clauses, longer),
        total,
        page: query.page,
        limit: query.limit,
        facets,
      });
    },

    async groups() {
      const rows = await client.all(
        `SELECT f.value AS slug, MIN(f.label) AS name, COUNT(*) AS n, MIN(d.first_seen) AS first_seen, MAX(d.last_seen) AS last_seen
         FROM search_facets f JOIN search_docs d ON d.id = f.doc_id
         WHERE f.kind = 'g' GROUP BY f.value ORDER BY n DESC, name`,
      );
      return rows.map((r): GroupSummary => ({
        name: String(r.name),
        slug: String(r.slug),
        incident_count: Number(r.n),
        first_seen: String(r.first_seen),
        last_seen: String(r.last_seen),
      }));
    },

    async stats(query, now) {
      const sel = selectionOf(query);
      const from = fromClause(sel);
      const perMonth = await client.all<{ month: string; vt: string; n: number; newest: string }>(
        `SELECT d.month AS month, COALESCE(d.victim_type, 'unknown') AS vt, COUNT(*) AS n, MAX(d.last_seen) AS newest
         ${from.sql} GROUP BY d.month, vt`,
        from.params,
      );
      const stats = statsFromMonthCounts(
        perMonth.map((r) => ({ month: r.month, victim_type: r.vt, count: Number(r.n) })),
      );
      if (stats.total === 0) return stats;
      const newest = perMonth.reduce((max, r) => (r.newest > max ? r.newest : max), "");
      const { since, until } = topGroupsWindow(Date.parse(newest), now);
      const window = fromClause(sel, " JOIN search_facets f ON f.doc_id = d.id AND f.kind = 'g'", [
        "d.last_seen >= ?",
        "d.first_seen <= ?",
      ]);
      const top = await client.all<{ slug: string; name: string; n: number }>(
        `SELECT f.value AS slug, MIN(f.label) AS name, COUNT(*) AS n ${window.sql} GROUP BY f.value ORDER BY n DESC, name LIMIT ${TOP_GROUPS}`,
        [...window.params, since.toISOString(), until.toISOString()],
      );
      stats.top_groups = top.map((r) => ({ name: String(r.name), slug: String(r.slug), count: Number(r.n) }));
      stats.top_groups_since = since.toISOString().slice(0, 10);
      stats.top_groups_until = until.toISOString().slice(0, 10);
      return stats;
    },
  };
}
