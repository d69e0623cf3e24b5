import { Meilisearch, type EnqueuedTaskPromise, type Index, type SearchParams } from "meilisearch";
import type { AttackerGroup, GroupSummary, Incident, SearchHit } from "../model";
import {
  disjunctiveFacetQueries,
  FACET_FIELDS,
  meiliFilter,
  meiliQueryTexts,
  meiliSettings,
  splitAttackerKey,
  toFacets,
  toMeiliDocument,
  type MeiliDocument,
} from "./meili-mapping";
import { aliasIndex, queryReadings } from "./query-readings";
import { parseQuery } from "./query-syntax";
import type { SearchIndex } from "./search-index";
import { sourceText, sourceTextsOf, type SourceTextLookup } from "./search-document";
import { MARK_END, MARK_START, snippetHtml } from "./snippet";
import { statsFromMonthCounts, TOP_GROUPS, topGroupsWindow } from "./stats";

/** Where and how to reach Meilisearch. */
export interface MeiliSearchOptions {
  host: string;
  apiKey?: string;
  /** Index uid; a rebuild fills `<index>_rebuild` and swaps it in. */
  index?: string;
  /** Gazetteer entries: their aliases become synonyms. */
  groups?: readonly AttackerGroup[];
  /** How long to wait for one indexing task before failing, in ms. */
  taskTimeoutMs?: number;
  /** Documents per upsert request. */
  batchSize?: number;
  /** The text of the sources' articles, indexed below titles, names and summary. */
  sourceTexts?: SourceTextLookup;
  /** Replaces `fetch` (tests); returns the parsed JSON body. */
  httpClient?: (input: RequestInfo | URL, init?: RequestInit) => Promise<unknown>;
}

type Doc = Pick<MeiliDocument, "id" | "incident"> & { _formatted?: Record<string, unknown> };

/** Fails unless the task ended well: Meilisearch reports task errors in the task, not as an HTTP error. */
async function settle(task: EnqueuedTaskPromise, timeout: number): Promise<void> {
  const done = await task.waitTask({ timeout, interval: 50 });
  if (done.status !== "succeeded")
    throw new Error(`meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? "no detail"}`);
}

/** An empty filter is sent as no filter at all, which every server version accepts. */
function orNone(filter: (string | string[])[]): (string | string[])[] | undefined {
  return filter.length > 0 ? filter : undefined;
}

function snippetOf(formatted: Record<string, unknown> | undefined): string | undefined {
  const marked = [formatted?.summary, formatted?.title, formatted?.source_text].find(
    (v): v is string => typeof v === "string" && v.includes(MARK_START),
  );
  return marked === undefined ? undefined : snippetHtml(marked);
}

/** The Meilisearch search index, with the official client; settings, mapping and filters are in meili-mapping.ts. */
export function createMeiliSearch(options: MeiliSearchOptions): SearchIndex {
  const uid = options.index ?? "incidents";
  const timeout = options.taskTimeoutMs ?? 30_000;
  const batchSize = options.batchSize ?? 1_000;
  const settings = meiliSettings(options.groups ?? []);
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey, httpClient: options.httpClient });

  /** Creates `name` if missing and applies our settings; task failures other than "already exists" throw. */
  const prepare = async (name: string) => {
    const created = await client.createIndex(name, { primaryKey: "id" }).waitTask({ timeout, interval: 50 });
    if (created.status !== "succeeded" && created.error?.code !== "index_already_exists")
      throw new Error(`meilisearch: cannot create index ${name}: ${created.error?.message ?? created.status}`);
    await settle(client.index(name).updateSettings(settings), timeout);
  };
  let ready: Promise<void> | null = null;
  const index = async (): Promise<Index<MeiliDocument>> => {
    // Settings are applied once per process; a failure is retried on the next call rather than cached.
    ready ??= prepare(uid).catch((err) => {
      ready = null;
      throw err;
    });
    await ready;
    return client.index<MeiliDocument>(uid);
  };

  const aliases = aliasIndex(options.groups ?? []);

  const addAll = async (target: Index<MeiliDocument>, incidents: Incident[]) => {
    for (let i = 0; i < incidents.length; i += batchSize) {
      const part = incidents.slice(i, i + batchSize);
      const texts = options.sourceTexts
        ? await options.sourceTexts([...new Set(part.flatMap((x) => x.sources.map((s) => s.article_id)))])
        : new Map<number, string>();
      // Bounded and de-duplicated as the embedded index holds it, so both engines find the same words.
      const docs = part.map((x) =>
        toMeiliDocument(x, sourceText(sourceTextsOf(x, texts), [x.title, ...x.sources.map((s) => s.title)])),
      );
      await settle(target.addDocuments(docs, { primaryKey: "id" }), timeout);
    }
  };

  const facetSearch = async (filter: (string | string[])[], facets: string[], q = "") =>
    (await index()).search(q, { filter: orNone(filter), facets, limit: 0 });

  /** Facet counts over the union of `texts` (the ORs of a query): one federated multi-search. */
  const unionFacets = async (texts: string[], filter: (string | string[])[], facets: string[]) => {
    if (texts.length <= 1) return (await facetSearch(filter, facets, texts[0] ?? "")).facetDistribution;
    const res = await client.multiSearch({
      federation: { limit: 0, facetsByIndex: { [uid]: facets }, mergeFacets: {} },
      queries: texts.map((q) => ({ indexUid: uid, q, filter: orNone(filter) })),
    });
    return (res as { facetDistribution?: Record<string, Record<string, number>> }).facetDistribution;
  };

  return {
    async upsert(incidents) {
      await addAll(await index(), incidents);
    },

    async remove(ids) {
      if (ids.length === 0) return;
      await settle((await index()).deleteDocuments(ids), timeout);
    },

    async search(query) {
      const clauses = parseQuery(query.q);
      const readings = queryReadings(clauses, aliases);
      const texts = meiliQueryTexts(clauses);
      const q = texts[0] ?? "";
      const params = {
        filter: orNone(meiliFilter(query)),
        facets: [...FACET_FIELDS],
        page: query.page,
        hitsPerPage: query.limit,
        // Without text there is nothing to rank: newest first, as the embedded index does.
        sort: query.sort === "newest" || !q ? ["last_seen_ms:desc"] : undefined,
        attributesToRetrieve: ["id", "incident"],
        attributesToHighlight: q ? ["title", "summary", "source_text"] : undefined,
        attributesToCrop: q ? ["summary", "source_text"] : undefined,
        cropLength: 24,
        cropMarker: "…",
        highlightPreTag: MARK_START,
        highlightPostTag: MARK_END,
      } satisfies SearchParams;
      let found: { hits: Doc[]; total: number; facets: Record<string, Record<string, number>> | undefined };
      if (texts.length <= 1) {
        const res = await (await index()).search<Doc, typeof params>(q, params);
        found = { hits: res.hits, total: res.totalHits, facets: res.facetDistribution };
      } else {
        // An OR: the union of one query per alternative, documents and facets merged by Meilisearch.
        const { page, hitsPerPage, facets, ...each } = params;
        const res = await client.multiSearch({
          federation: {
            offset: (page - 1) * hitsPerPage,
            limit: hitsPerPage,
            facetsByIndex: { [uid]: facets },
            mergeFacets: {},
          },
          queries: texts.map((text) => ({ ...each, indexUid: uid, q: text })),
        });
        const merged = res as unknown as {
          hits: Doc[];
          estimatedTotalHits?: number;
          totalHits?: number;
          facetDistribution?: Record<string, Record<string, number>>;
        };
        found = {
          hits: merged.hits,
          total: merged.totalHits ?? merged.estimatedTotalHits ?? merged.hits.length,
          facets: merged.facetDistribution,
        };
      }
      const hits = found.hits.map((h): SearchHit => {
        const snippet = q ? snippetOf(h._formatted) : undefined;
        return snippet === undefined ? h.incident : { ...h.incident, snippet };
      });
      // Disjunctive counts: a facet with values picked is counted without its own filter.
      const distribution = { ...(found.facets ?? {}) };
      for (const { facet, filter } of disjunctiveFacetQueries(query))
        distribution[facet] = (await unionFacets(texts, filter, [facet]))?.[facet] ?? {};
      const result = { hits, total: found.total, page: query.page, limit: query.limit, facets: toFacets(distribution) };
      return readings.length ? { ...result, readings } : result;
    },

    async groups() {
      const all = await facetSearch([], ["attacker_keys"]);
      const keys = Object.entries(all.facetDistribution?.attacker_keys ?? {});
      if (keys.length === 0) return [];
      // First and last seen per group come from numeric facet stats, all groups in one multi-search.
      const spans = await client.multiSearch({
        queries: keys.map(([key]) => ({
          indexUid: uid,
          q: "",
          filter: [`attacker_keys = ${JSON.stringify(key)}`],
          facets: ["first_seen_ms", "last_seen_ms"],
          limit: 0,
        })),
      });
      return keys
        .map(([key, n], i): GroupSummary => {
          const stats = spans.results[i]?.facetStats;
          return {
            ...splitAttackerKey(key),
            incident_count: n,
            first_seen: new Date(stats?.first_seen_ms?.min ?? 0).toISOString(),
            last_seen: new Date(stats?.last_seen_ms?.max ?? 0).toISOString(),
          };
        })
        .sort((a, b) => b.incident_count - a.incident_count || a.name.localeCompare(b.name));
    },

    async stats(query, now) {
      const res = await facetSearch(
        meiliFilter(query),
        ["month_victim", "last_seen_ms"],
        meiliQueryTexts(parseQuery(query.q))[0] ?? "",
      );
      const stats = statsFromMonthCounts(
        Object.entries(res.facetDistribution?.month_victim ?? {}).map(([key, count]) => {
          const [month, victim_type] = key.split("|") as [string, string];
          return { month, victim_type, count };
        }),
      );
      const newest = res.facetStats?.last_seen_ms?.max;
      if (stats.total === 0 || newest === undefined) return stats;
      const { since, until } = topGroupsWindow(newest, now);
      const top = await facetSearch(
        meiliFilter(query, [`last_seen_ms >= ${since.getTime()}`, `first_seen_ms <= ${until.getTime()}`]),
        ["attacker_keys"],
        meiliQueryTexts(parseQuery(query.q))[0] ?? "",
      );
      stats.top_groups = Object.entries(top.facetDistribution?.attacker_keys ?? {})
        .map(([key, count]) => ({ ...splitAttackerKey(key), count }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
        .slice(0, TOP_GROUPS);
      stats.top_groups_since = since.toISOString().slice(0, 10);
      stats.top_groups_until = until.toISOString().slice(0, 10);
      return stats;
    },

    async rebuild(batches, onProgress) {
      // Fill a fresh index while the live one keeps answering, then swap them in one atomic task.
      const staging = `${uid}_rebuild`;
      await index();
      // A staging index left by an interrupted rebuild goes first; "not found" is the usual answer.
      await settle(client.deleteIndex(staging), timeout).catch(() => undefined);
      await prepare(staging);
      const target = client.index<MeiliDocument>(staging);
      let done = 0;
      for await (const batch of batches) {
        await addAll(target, batch);
        done += batch.length;
        onProgress?.(done);
      }
      await settle(client.swapIndexes([{ indexes: [uid, staging], rename: false }]), timeout);
      await settle(client.deleteIndex(staging), timeout);
    },
  };
}
