import { describe, expect, it } from "vitest";
import type { ParsedItem } from "../../src/model";
import { ingestArticles } from "../../src/pipeline/ingest";
import { reclusterAll } from "../../src/pipeline/assign-incident";
import { createEmbeddedSearch } from "../../src/search/embedded";
import { openSqliteStore, sqliteClient } from "../../src/store/sqlite";

const NOW = "2026-12-02T10:00:00.000Z";
const item = (url: string, published: string, title: string, text: string): ParsedItem => ({
  url,
  guid: url,
  title,
  published,
  author: null,
  categories: [],
  content_html: "",
  text,
  provenance: null,
});

// A fictional trust: a first report, a report that it now cancels operations, then a word-for-word reprint of the first.
const FIRST_TEXT =
  "Kingsmere General Hospital in England said a cyber attack claimed by the INC Ransom gang took its computer systems offline on Monday. Staff are working to restore the network and patients should attend as normal.";
const first = item(
  "https://healthwire.example/kingsmere",
  "2026-11-28T08:00:00.000Z",
  "Kingsmere General Hospital hit by INC Ransom cyber attack",
  FIRST_TEXT,
);
const worse = item(
  "https://theatrenews.example/kingsmere-operations",
  "2026-11-30T09:00:00.000Z",
  "Kingsmere NHS Trust: operations cancelled",
  "Planned operations at Kingsmere NHS Trust have been cancelled after the INC Ransom cyber attack on Kingsmere General Hospital, the trust said on Wednesday.",
);
const reprint = item(
  "https://syndicate.example/kingsmere",
  "2026-12-01T07:00:00.000Z",
  "Kingsmere General Hospital hit by INC Ransom cyber attack",
  FIRST_TEXT,
);
// Another incident whose last change falls between the change and the reprint.
const other = item(
  "https://healthwire.example/brackenford",
  "2026-11-30T18:00:00.000Z",
  "Brackenford Dental Group hit by Medusa ransomware",
  "Brackenford Dental Group in Ireland said Medusa ransomware encrypted its booking systems on Sunday, taking them offline.",
);

async function setUp() {
  const { store, db } = openSqliteStore(":memory:");
  const search = createEmbeddedSearch(sqliteClient(db));
  await store.addFeeds([{ url: "https://healthwire.example/rss", title: "Healthwire" }]);
  const feed = (await store.listFeeds())[0]!;
  const ingest = async (items: ParsedItem[]) => {
    const { inserted } = await store.saveFeedBatch(feed.id, items, {}, NOW);
    return ingestArticles({ store, search }, inserted, NOW, new Map());
  };
  return { store, search, ingest };
}

describe("material changes through the pipeline", () => {
  it("records a change for the report that operations are cancelled, and nothing for the reprint", async () => {
    const { store, search, ingest } = await setUp();
    const [incident] = await ingest([first]);
    expect(incident!.updated).toBe(first.published);
    await ingest([other]);
    await ingest([worse]);
    const afterChange = (await store.getIncident(incident!.id))!;
    const changes = await store.listChanges([incident!.id]);
    expect(changes.map((c) => [c.kinds, c.source.url, c.at])).toEqual([[["impact"], worse.url, worse.published]]);
    expect(changes[0]!.changes).toMatchObject([{ kind: "impact", impact: "operations-cancelled" }]);
    expect(changes[0]!.quote).toBe("Kingsmere NHS Trust: operations cancelled");
    expect(afterChange.updated).toBe(worse.published);

    await ingest([reprint]);
    const afterReprint = (await store.getIncident(incident!.id))!;
    expect(afterReprint.sources.map((s) => s.added.at(-1))).toContain("reprint");
    expect(afterReprint.last_seen).toBe(reprint.published);
    expect(afterReprint.updated).toBe(worse.published);
    expect(await store.listChanges([incident!.id])).toHaveLength(1);
    const newest = await search.search({
      q: "",
      attacker: [],
      victim_type: [],
      country: [],
      attack_type: [],
      impact: [],
      claim: [],
      since: null,
      until: null,
      sort: "newest",
      page: 1,
      limit: 10,
    });
    expect(newest.hits.map((h) => h.id)).toEqual([newest.hits.find((h) => h.id !== incident!.id)!.id, incident!.id]);
  });

  it("writes the same changes, with the same ids, when every incident is rebuilt", async () => {
    const { store, ingest } = await setUp();
    const [incident] = await ingest([first]);
    await ingest([worse]);
    await ingest([reprint]);
    const before = await store.listChanges([incident!.id]);
    await reclusterAll(store);
    expect(await store.listChanges([incident!.id])).toEqual(before);
    expect((await store.getIncident(incident!.id))!.updated).toBe(worse.published);
  });

  it("keeps a leak-site claim claimed while only relays report it, and records its confirmation as a change", async () => {
    const { store, ingest } = await setUp();
    const relay = item(
      "https://tracker.example/qilin-kingsmere",
      "2026-11-28T08:00:00.000Z",
      "Qilin has just published a new victim: Kingsmere General Hospital",
      "The Qilin ransomware group has just published a new victim on its leak site: Kingsmere General Hospital (United Kingdom).",
    );
    const otherRelay = item(
      "https://tracker2.example/kingsmere",
      "2026-11-28T10:00:00.000Z",
      "Kingsmere General Hospital listed by Qilin",
      "Ransomware group Qilin added Kingsmere General Hospital in the UK to its data leak site, claiming to have stolen data.",
    );
    const report = item(
      "https://healthwire.example/kingsmere-confirms",
      "2026-11-29T09:00:00.000Z",
      "Kingsmere General Hospital confirms cyber attack",
      "Kingsmere General Hospital in England confirmed on Tuesday that a cyber attack claimed by the Qilin ransomware gang had taken its computer systems offline.",
    );
    const [incident] = await ingest([relay]);
    expect(incident!.claim).toBe("claimed");
    await ingest([otherRelay]);
    expect((await store.getIncident(incident!.id))!.claim).toBe("claimed");
    expect(await store.listChanges([incident!.id])).toEqual([]);
    await ingest([report]);
    const confirmed = (await store.getIncident(incident!.id))!;
    expect(confirmed.claim).toBe("confirmed");
    const [change] = await store.listChanges([incident!.id]);
    expect(change!.kinds).toContain("claim-confirmed");
    expect(change!.source.url).toBe(report.url);
    expect(confirmed.updated).toBe(report.published);
  });

  it("records an effect's count revised upwards, with the sentence that gives the new figure", async () => {
    const { store, ingest } = await setUp();
    const text = (n: string) =>
      `Kingsmere General Hospital in England said a cyber attack by the INC Ransom gang forced it to cancel planned operations. So far ${n} operations have been postponed.`;
    const [incident] = await ingest([
      item(
        "https://healthwire.example/kingsmere-300",
        "2026-11-28T08:00:00.000Z",
        "Kingsmere General Hospital cancels operations",
        text("300"),
      ),
    ]);
    expect(incident!.impact_details).toMatchObject([{ type: "operations-cancelled", count: 300 }]);
    await ingest([
      item(
        "https://theatrenews.example/kingsmere-500",
        "2026-11-30T08:00:00.000Z",
        "Kingsmere General Hospital: more operations postponed",
        text("500"),
      ),
    ]);
    const [change] = await store.listChanges([incident!.id]);
    expect(change!.changes).toEqual([
      {
        kind: "impact-count",
        impact: "operations-cancelled",
        from: 300,
        to: 500,
        counted: "operations",
        quote: "So far 500 operations have been postponed.",
      },
    ]);
  });
});
