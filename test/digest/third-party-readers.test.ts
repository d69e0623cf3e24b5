import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { buildDigest, buildFeedDocument, type DigestInput } from "../../src/digest/build-digest";
import type { DigestFilters, DigestPeriod } from "../../src/digest/digest-filters";
import { hostile, SURVIVES } from "../fixtures/digest/hostile-incident";
import { BASE_URL, CHANGES, groupName, INCIDENTS, NOW } from "../fixtures/digest/incidents";
import { feedparser, hasFeedparser } from "./feedparser";

const NONE: DigestFilters = {
  q: "",
  attacker: [],
  victim_type: [],
  country: [],
  attack_type: [],
  since: null,
  until: null,
};
// Every variant a subscriber can pick: each period, with updates (the default) and new incidents only.
const VARIANTS = (["none", "daily", "weekly"] as DigestPeriod[]).flatMap((period) =>
  (["all", "new"] as const).map((scope) => ({
    period,
    scope,
    input: {
      incidents: INCIDENTS,
      changes: CHANGES,
      scope,
      filters: { ...NONE, victim_type: ["hospital"], country: ["GB"] },
      period,
      baseUrl: BASE_URL,
      now: NOW,
      groupName,
    } satisfies Omit<DigestInput, "format">,
  })),
);

describe.skipIf(!hasFeedparser)("Python feedparser", () => {
  it.each(
    VARIANTS.flatMap((v) => [
      { ...v, format: "rss" as const, version: "rss20" },
      { ...v, format: "atom" as const, version: "atom10" },
    ]),
  )(
    "reads the $format digest with period=$period, scope $scope, without errors and with every entry",
    ({ input, format, version }) => {
      const doc = buildFeedDocument(input, format);
      const seen = feedparser(buildDigest({ ...input, format }).body);
      expect(seen.bozo_exception).toBe("");
      expect(seen.bozo).toBe(0);
      expect(seen.version).toBe(version);
      expect(seen.title).toBe(doc.title);
      expect(seen.links).toContainEqual({ rel: "self", href: doc.selfUrl });
      expect(seen.entries).toEqual(doc.entries.map((e) => ({ id: e.id, title: e.title, link: e.url })));
    },
  );

  it.each(["rss", "atom"] as const)("reads a $format digest of a hostile incident without errors", (format) => {
    const seen = feedparser(buildDigest({ ...VARIANTS[0]!.input, incidents: [hostile], format }).body);
    expect(seen.bozo_exception).toBe("");
    expect(seen.bozo).toBe(0);
    expect(seen.entries.map((e) => e.id)).toEqual(["urn:medbreach:incident:inc-hostile"]);
    // Atom titles are typed text; RSS titles are ambiguous and feedparser sanitises what looks like HTML in them.
    if (format === "atom") expect(seen.entries[0]!.title).toBe(`Title ${SURVIVES}`);
  });
});

describe("rss-parser", () => {
  it.each(
    VARIANTS.flatMap((v) => [
      { ...v, format: "rss" as const },
      { ...v, format: "atom" as const },
    ]),
  )("reads the $format digest with period=$period, scope $scope, with every entry", async ({ input, format }) => {
    const doc = buildFeedDocument(input, format);
    const feed = await new Parser().parseString(buildDigest({ ...input, format }).body);
    expect(feed.title).toBe(doc.title);
    expect(feed.items.map((i) => ({ id: i.guid ?? i.id, title: i.title, link: i.link }))).toEqual(
      doc.entries.map((e) => ({ id: e.id, title: e.title, link: e.url })),
    );
  });
});

// This feedparser (6.0) does not read JSON Feed, so the JSON digests are checked against the 1.1 spec as a schema.
// Strict objects: the spec reserves every other key for extensions starting with "_".
const rfc3339 = z.iso.datetime({ offset: true });
const author = z.strictObject({ name: z.string().optional(), url: z.url().optional(), avatar: z.url().optional() });
const jsonFeed11 = z.strictObject({
  version: z.literal("https://jsonfeed.org/version/1.1"),
  title: z.string().min(1),
  home_page_url: z.url().optional(),
  feed_url: z.url().optional(),
  description: z.string().optional(),
  user_comment: z.string().optional(),
  next_url: z.url().optional(),
  icon: z.url().optional(),
  favicon: z.url().optional(),
  authors: z.array(author).min(1).optional(),
  language: z.string().optional(),
  expired: z.boolean().optional(),
  items: z.array(
    z
      .strictObject({
        id: z.string().min(1),
        url: z.url().optional(),
        external_url: z.url().optional(),
        title: z.string().optional(),
        content_html: z.string().optional(),
        content_text: z.string().optional(),
        summary: z.string().optional(),
        image: z.url().optional(),
        banner_image: z.url().optional(),
        date_published: rfc3339.optional(),
        date_modified: rfc3339.optional(),
        authors: z.array(author).optional(),
        tags: z.array(z.string()).optional(),
        language: z.string().optional(),
      })
      .refine(
        (item) => item.content_html !== undefined || item.content_text !== undefined,
        "an item needs content_html or content_text",
      ),
  ),
});

describe("JSON Feed 1.1 schema", () => {
  it.each(VARIANTS)("accepts the JSON digest with period=$period, with every entry", ({ input }) => {
    const doc = buildFeedDocument(input, "json");
    const feed = jsonFeed11.parse(JSON.parse(buildDigest({ ...input, format: "json" }).body));
    expect(feed.feed_url).toBe(doc.selfUrl);
    expect(feed.home_page_url).toBe(doc.alternateUrl);
    expect(feed.items.map((i) => ({ id: i.id, title: i.title }))).toEqual(
      doc.entries.map((e) => ({ id: e.id, title: e.title })),
    );
  });
});
