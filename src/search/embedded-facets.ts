import type { Facets, SearchQuery } from "../model";
import { MAX_PARAMS, placeholders, type SqlClient } from "../lib/sql-client";
import { fromClause, type Selection } from "./embedded-selection";
import { emptyFacets } from "./facet-memory";
import { textExpression, type FilterQuery } from "./fts-query";

/** Rows a newest-first page may walk in the last_seen index before sorting the matches is cheaper (see countsFor). */
export const NEWEST_WALK = 5_000;
/** What a facet counts: a column of search_docs, or a kind of search_facets rows. */
export type FacetKind = "victim_type" | "country" | "g" | "a" | "i" | "k";

/** The list filters whose facets count disjunctively: parameter, what it counts, and its facet. */
const DISJUNCTIVE: [
  keyof FilterQuery,
  FacetKind,
  keyof Facets & ("attacker_groups" | "victim_type" | "country" | "attack_types" | "impact" | "claim"),
][] = [
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

/** Facet counts in SQL: over the matching documents, or from the count tables when no text narrows the set. */
export function createFacetCounts(client: SqlClient) {
  /**
   * Total and facet counts in one statement over a materialised set of matching documents.
   * CROSS JOIN pins the loop order: without it SQLite may scan all of search_facets and probe the hits.
   */
  const facetsFor = async (sel: Selection, only?: FacetKind): Promise<{ total: number; facets: Required<Facets> }> => {
    const from = fromClause(sel);
    const parts = only
      ? [
          only === "victim_type" || only === "country"
            ? column(only)
            : `SELECT f.kind AS k, MIN(f.label) AS v, COUNT(*) AS n FROM hits CROSS JOIN search_facets f ON f.doc_id = hits.id AND f.kind = '${only}' GROUP BY f.value`,
        ]
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
  const disjunctive = async (
    query: SearchQuery,
    facets: Required<Facets>,
    select: (q: SearchQuery) => Selection,
  ): Promise<void> => {
    for (const [param, kind, facet] of DISJUNCTIVE) {
      if (query[param].length === 0) continue;
      const counted = await facetsFor(select({ ...query, [param]: [] }), kind);
      facets[facet] = counted.facets[facet];
    }
  };

  /**
   * Total and facets of a query with no text, no dates and filters on victim type and country alone,
   * read from the count tables (0005_search_fast_paths.sql) in one statement, and the ids of its page
   * when walking the last_seen index finds them cheaply (else ids is null: sorting the matches is
   * cheaper); null for any other query. Filter values must be as the API normalises them (lower-case victim
   * types, upper-case countries), the form search_docs holds, so equality here is the tag match.
   */
  const countsFor = async (
    query: SearchQuery,
  ): Promise<{ total: number; facets: Required<Facets>; ids: number[] | null } | null> => {
    const types = query.victim_type;
    const countries = query.country;
    const plain =
      textExpression(query.q) === null &&
      !query.since &&
      !query.until &&
      query.attacker.length === 0 &&
      query.attack_type.length === 0 &&
      query.impact.length === 0 &&
      query.claim.length === 0 &&
      types.every((v) => /^[a-z0-9-]+$/.test(v)) &&
      countries.every((c) => /^[A-Z]{2}$/.test(c)) &&
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
      ? await client.all<{ id: number }>(
          `SELECT id FROM search_docs ${w} ORDER BY last_seen DESC, id DESC LIMIT ? OFFSET ?`,
          [...params, query.limit, offset],
        )
      : null;
    return { total, facets, ids: ids ? ids.map((r) => Number(r.id)) : null };
  };

  const facetsOfRows = (
    rows: { k: string; v: string | null; n: number }[],
  ): { total: number; facets: Required<Facets> } => {
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

  return { facetsFor, disjunctive, countsFor };
}
