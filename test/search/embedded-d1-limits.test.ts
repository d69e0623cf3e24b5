import { expect, it } from "vitest";
import { createEmbeddedSearch } from "../../src/search/embedded";
import type { SqlClient } from "../../src/lib/sql-client";
import { openSqliteDatabase, sqliteClient } from "../../src/store/sqlite";
import { FIXTURE_GROUPS, FIXTURE_INCIDENTS, makeIncident } from "../fixtures/search/incidents";
import { query } from "./contract";

/** A SqlClient that refuses what D1 refuses: more than 100 bound parameters in one statement. */
function d1Strict(inner: SqlClient): SqlClient & { widest: () => number } {
  let widest = 0;
  const check = (params: unknown[] = []) => {
    widest = Math.max(widest, params.length);
    if (params.length > 100) throw new Error(`too many SQL variables: ${params.length}`);
  };
  return {
    all: (sql, params) => (check(params), inner.all(sql, params)),
    run: (sql, params) => (check(params), inner.run(sql, params)),
    batch: (statements) => (statements.forEach((s) => check(s.params)), inner.batch(statements)),
    close: () => inner.close(),
    widest: () => widest,
  };
}

it("stays within D1's 100 bound parameters for full pages, many filters and large batches", async () => {
  const client = d1Strict(sqliteClient(openSqliteDatabase(":memory:")));
  const index = createEmbeddedSearch(client, { groups: FIXTURE_GROUPS });
  const many = Array.from({ length: 150 }, (_, i) =>
    makeIncident(`inc_many${i}`, {
      title: `Hospital outage number ${i}`,
      summary: "Systems offline.",
      groups: ["lockbit", "alphv", "revil", "clop", "qilin", "rhysida", "apt29"],
      orgs: [`Org ${i}`],
      type: "hospital",
      country: "GB",
      attacks: [
        "ransomware",
        "data-theft",
        "extortion",
        "ddos",
        "phishing",
        "insider",
        "misconfiguration",
        "bec",
        "malware",
        "unknown",
      ],
      first: "2024-01-01",
    }),
  );
  await index.upsert([...FIXTURE_INCIDENTS, ...many]);
  const twenty = Array.from({ length: 20 }, (_, i) => `group-${i}`);
  const r = await index.search(
    query({
      q: "hospital outage",
      limit: 100,
      sort: "relevance",
      attacker: ["lockbit", ...twenty.slice(1)],
      country: ["GB"],
      since: "2020-01-01",
      until: "2025-01-01",
    }),
  );
  expect(r.hits).toHaveLength(100);
  await index.search(query({ limit: 100 }));
  await index.remove(many.map((m) => m.id));
  await index.rebuild(
    (async function* () {
      yield [...FIXTURE_INCIDENTS, ...many];
    })(),
  );
  expect((await index.search(query())).total).toBe(180);
  expect(client.widest()).toBeGreaterThan(80);
});
