import { describe, expect, it } from "vitest";
import { createMeiliSearch } from "../../src/search/meilisearch";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS } from "../fixtures/search/incidents";
import { query } from "./contract";

interface Call {
  method: string;
  path: string;
  body: any;
}

/**
 * A stand-in for the Meilisearch HTTP API behind the client's `httpClient` option: it records each
 * request, enqueues a task for every write and answers task polls with the status `taskStatus` picks.
 */
function fakeMeili(
  opts: { taskStatus?: (call: Call) => "succeeded" | "failed"; search?: (body: any) => unknown } = {},
) {
  const calls: Call[] = [];
  const tasks = new Map<number, Call>();
  const httpClient = async (input: RequestInfo | URL, init?: RequestInit): Promise<unknown> => {
    const url = new URL(String(input));
    const call: Call = {
      method: init?.method ?? "GET",
      path: url.pathname,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    const task = /^\/tasks\/(\d+)$/.exec(url.pathname);
    if (task) {
      const origin = tasks.get(Number(task[1]))!;
      const status = opts.taskStatus?.(origin) ?? "succeeded";
      return {
        uid: Number(task[1]),
        status,
        type: "x",
        error: status === "failed" ? { code: "index_not_found", message: "nope" } : null,
      };
    }
    calls.push(call);
    if (call.path.endsWith("/search"))
      return opts.search?.(call.body) ?? { hits: [], totalHits: 0, facetDistribution: {} };
    if (call.path === "/multi-search")
      return call.body.federation ? { hits: [], totalHits: 0, facetDistribution: {} } : { results: [] };
    const uid = tasks.size + 1;
    tasks.set(uid, call);
    return { taskUid: uid, indexUid: null, status: "enqueued", type: "x", enqueuedAt: new Date(0).toISOString() };
  };
  return { calls, httpClient };
}

const writes = (calls: Call[]) =>
  calls.filter((c) => c.method !== "GET" && !c.path.endsWith("/search")).map((c) => `${c.method} ${c.path}`);

describe("the Meilisearch adapter's requests", () => {
  it("creates the index, applies settings with synonyms once, then upserts in batches", async () => {
    const fake = fakeMeili();
    const index = createMeiliSearch({
      host: "http://127.0.0.1:7700",
      groups: FIXTURE_GROUPS,
      batchSize: 12,
      httpClient: fake.httpClient,
    });
    await index.upsert(FIXTURE_INCIDENTS);
    await index.upsert(FIXTURE_INCIDENTS.slice(0, 1));
    expect(writes(fake.calls)).toEqual([
      "POST /indexes",
      "PATCH /indexes/incidents/settings",
      "POST /indexes/incidents/documents",
      "POST /indexes/incidents/documents",
      "POST /indexes/incidents/documents",
      "POST /indexes/incidents/documents",
    ]);
    const settings = fake.calls[1]!.body;
    expect(settings.synonyms.sodinokibi).toContain("revil");
    expect(fake.calls.slice(2).map((c) => c.body.length)).toEqual([12, 12, 6, 1]);
  });

  it("fails an upsert whose task failed, with the task's message", async () => {
    const fake = fakeMeili({ taskStatus: (c) => (c.path.endsWith("/documents") ? "failed" : "succeeded") });
    const index = createMeiliSearch({ host: "http://127.0.0.1:7700", httpClient: fake.httpClient });
    await expect(index.upsert(FIXTURE_INCIDENTS.slice(0, 1))).rejects.toThrow(/failed: nope/);
  });

  it("rebuilds into a staging index and swaps it in, reporting progress per batch", async () => {
    const fake = fakeMeili({
      taskStatus: (c) =>
        c.method === "DELETE" && c.path === "/indexes/incidents_rebuild" && !swapped(fake.calls)
          ? "failed"
          : "succeeded",
    });
    const swapped = (calls: Call[]) => calls.some((c) => c.path === "/swap-indexes");
    const index = createMeiliSearch({ host: "http://127.0.0.1:7700", httpClient: fake.httpClient });
    const progress: number[] = [];
    await index.rebuild(
      (async function* () {
        yield FIXTURE_INCIDENTS.slice(0, 20);
        yield FIXTURE_INCIDENTS.slice(20);
      })(),
      (n) => progress.push(n),
    );
    expect(progress).toEqual([20, 30]);
    expect(writes(fake.calls)).toEqual([
      "POST /indexes",
      "PATCH /indexes/incidents/settings",
      "DELETE /indexes/incidents_rebuild",
      "POST /indexes",
      "PATCH /indexes/incidents_rebuild/settings",
      "POST /indexes/incidents_rebuild/documents",
      "POST /indexes/incidents_rebuild/documents",
      "POST /swap-indexes",
      "DELETE /indexes/incidents_rebuild",
    ]);
    expect(fake.calls.find((c) => c.path === "/swap-indexes")!.body).toEqual([
      { indexes: ["incidents", "incidents_rebuild"], rename: false },
    ]);
  });

  it("sends filters, facets, paging and highlight tags, and maps hits, snippets and facets back", async () => {
    const incident = FIXTURE_INCIDENTS[0]!;
    const fake = fakeMeili({
      search: () => ({
        hits: [
          {
            id: incident.id,
            incident,
            _formatted: { title: incident.title, summary: "Ransomware forced \ue000Northvale\ue001 <b>General</b>" },
          },
        ],
        totalHits: 41,
        facetDistribution: { attacker_keys: { "lockbit|LockBit": 41 }, victim_type: { hospital: 41 } },
      }),
    });
    const index = createMeiliSearch({ host: "http://127.0.0.1:7700", httpClient: fake.httpClient });
    const r = await index.search(
      query({ q: '"Northvale', attacker: ["lockbit"], sort: "relevance", page: 3, limit: 5 }),
    );
    const sent = fake.calls.find((c) => c.path === "/indexes/incidents/search")!.body;
    expect(sent).toMatchObject({
      q: "Northvale",
      filter: [['attacker_slugs = "lockbit"']],
      page: 3,
      hitsPerPage: 5,
      highlightPreTag: "\ue000",
    });
    expect(sent.sort).toBeUndefined();
    expect(r.total).toBe(41);
    expect(r.hits[0]!.snippet).toBe("Ransomware forced <mark>Northvale</mark> &lt;b&gt;General&lt;/b&gt;");
    expect(r.facets.attacker_groups).toEqual({ LockBit: 41 });
  });

  it("sorts by newest and sends no filter when there is no text and no filter", async () => {
    const fake = fakeMeili();
    const index = createMeiliSearch({ host: "http://127.0.0.1:7700", httpClient: fake.httpClient });
    await index.search(query({ sort: "relevance" }));
    const sent = fake.calls.find((c) => c.path.endsWith("/search"))!.body;
    expect(sent.sort).toEqual(["last_seen_ms:desc"]);
    expect(sent.filter).toBeUndefined();
  });

  it("runs an OR as one federated multi-search, a query per alternative, with facets merged", async () => {
    const fake = fakeMeili();
    const index = createMeiliSearch({ host: "http://127.0.0.1:7700", httpClient: fake.httpClient });
    await index.search(query({ q: "lockbit OR qilin hospital", sort: "relevance", page: 2, limit: 5 }));
    const sent = fake.calls.find((c) => c.path === "/multi-search")!.body;
    expect(sent.federation).toMatchObject({
      offset: 5,
      limit: 5,
      facetsByIndex: { incidents: expect.arrayContaining(["impact", "attacker_keys"]) },
      mergeFacets: {},
    });
    expect(sent.queries.map((q: { q: string }) => q.q)).toEqual(["lockbit hospital", "qilin hospital"]);
  });

  it("counts a picked facet without its own filter in a second search", async () => {
    const fake = fakeMeili();
    const index = createMeiliSearch({ host: "http://127.0.0.1:7700", httpClient: fake.httpClient });
    await index.search(query({ impact: ["operations-cancelled"], country: ["GB"] }));
    const searches = fake.calls.filter((c) => c.path === "/indexes/incidents/search").map((c) => c.body);
    expect(searches[0].filter).toEqual([['country = "GB"'], ['impact = "operations-cancelled"']]);
    expect(searches.slice(1).map((b) => [b.facets, b.filter])).toEqual([
      [["country"], [['impact = "operations-cancelled"']]],
      [["impact"], [['country = "GB"']]],
    ]);
  });
});
