import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig, type Config } from "../../src/config/config";
import type { SearchQuery } from "../../src/model";
import { createWorkerSearch } from "../../src/runtime/worker-search";
import { createSqlStore } from "../../src/store/sql-store";
import type { SqlClient } from "../../src/lib/sql-client";

// A loopback stand-in for Meilisearch that records what it is asked, completes every task at once and finds nothing.
const seen: { method: string; path: string; auth: string | undefined }[] = [];
let meili: http.Server;
let host: string;

beforeAll(async () => {
  meili = http.createServer((req, res) => {
    seen.push({ method: req.method!, path: req.url!, auth: req.headers.authorization });
    // Index and settings calls get a task that has already succeeded (it also serves as that task's status).
    const body = req.url!.endsWith("/search")
      ? { hits: [], estimatedTotalHits: 0, facetDistribution: {}, processingTimeMs: 0, query: "" }
      : {
          taskUid: 1,
          uid: 1,
          indexUid: "incidents",
          status: "succeeded",
          type: "indexCreation",
          enqueuedAt: new Date().toISOString(),
        };
    res.writeHead(req.method === "GET" ? 200 : 202, { "Content-Type": "application/json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((r) => meili.listen(0, "127.0.0.1", r));
  host = `http://127.0.0.1:${(meili.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => meili.close(() => r())));

const query: SearchQuery = {
  q: "lockbit",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  impact: [],
  claim: [],
  since: null,
  until: null,
  sort: "relevance",
  page: 1,
  limit: 10,
};

function config(env: Record<string, string>): Config {
  const parsed = parseConfig(env);
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.config;
}

/** A SqlClient that records every statement, to show which engine answered. */
function recordingClient(): SqlClient & { sql: string[] } {
  const sql: string[] = [];
  return {
    sql,
    all: async (s) => (sql.push(s), []),
    run: async (s) => (sql.push(s), { changes: 0 }),
    batch: async (st) => (sql.push(...st.map((x) => x.sql)), st.map(() => [])),
    close: async () => undefined,
  };
}

describe("createWorkerSearch", () => {
  it("sends searches to Meilisearch, with the API key, when MEILI_HOST is set", async () => {
    const client = recordingClient();
    await createWorkerSearch(
      config({ MEILI_HOST: host, MEILI_API_KEY: "meili-master-key" }),
      client,
      createSqlStore(client),
    ).search(query);
    expect(
      seen.some(
        (r) => r.method === "POST" && r.path === "/indexes/incidents/search" && r.auth === "Bearer meili-master-key",
      ),
    ).toBe(true);
    expect(client.sql).toEqual([]);
  });

  it("searches the FTS5 index in D1 when MEILI_HOST is unset", async () => {
    const client = recordingClient();
    const before = seen.length;
    await createWorkerSearch(config({}), client, createSqlStore(client)).search(query);
    expect(client.sql.some((s) => s.includes("search_fts MATCH"))).toBe(true);
    expect(seen.length).toBe(before);
  });
});
