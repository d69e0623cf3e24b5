// The poll extracts with the organisation registry its deps carry, and on rules alone without one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgRegistry } from "../../src/extract";
import { createNodeFetcher } from "../../src/fetch/node-fetcher";
import type { OrgRegistry } from "../../src/model";
import { pollFeeds, type PipelineDeps } from "../../src/pipeline/poll";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";
import { startMisbehavingServer, type MisbehavingServer } from "../helpers/misbehaving-server";

const FEED = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Fixture</title><link>https://fixture.example/</link>
<item><title>Ransomware attack on Elm Valley Hospital</title><link>https://fixture.example/s/1</link><guid>fx-1</guid>
<pubDate>Mon, 02 Nov 2026 08:00:00 GMT</pubDate>
<description>Elm Valley Hospital said hackers encrypted its servers. Brackwell Permanente said the same attack stole its patient data. Brackwell Permanente has told its patients.</description></item>
</channel></rss>`;

const registry = createOrgRegistry([
  {
    name: "BRACKWELL PERMANENTE",
    aliases: [],
    category: "hospital",
    category_basis: "source",
    country: "US",
    city: "DUNMORE FALLS",
  },
]);

describe("a poll with and without an organisation registry", () => {
  let server: MisbehavingServer;
  beforeAll(async () => {
    server = await startMisbehavingServer({
      "/feed.xml": { body: FEED, headers: { "Content-Type": "application/rss+xml" } },
    });
  });
  afterAll(() => server.close());

  const victimsAfterPoll = async (reg: OrgRegistry | null) => {
    const { store, db } = openSqliteStore(":memory:");
    const deps: PipelineDeps = {
      store,
      search: createEmbeddedSearch(sqliteClient(db)),
      fetcher: createNodeFetcher({ allowPrivate: true, retries: 0 }),
      clock: () => new Date("2026-11-02T09:00:00Z"),
      intervalMinutes: 30,
      fetchArticlePages: false,
      registry: reg,
    };
    await store.addFeeds([{ url: server.url("/feed.xml") }]);
    await pollFeeds(deps, { all: true });
    const [article] = await store.listArticles(0, 10);
    await store.close();
    return article!.entities!.victim_orgs;
  };

  it.each([
    {
      name: "names a known organisation the rules cannot see",
      reg: registry,
      expected: ["Elm Valley Hospital", "Brackwell Permanente"],
    },
    { name: "extracts on rules alone without one", reg: null, expected: ["Elm Valley Hospital"] },
  ])("$name", async ({ reg, expected }) => {
    expect(await victimsAfterPoll(reg)).toEqual(expected);
  });
});
