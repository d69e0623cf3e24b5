import * as z from "zod";
import { FeedParseError } from "./feed-parse-error";
import type { RawContent, RawFeed, RawItem } from "./raw-feed";

/** Whether a decoded document is JSON rather than XML (a JSON Feed, or some other JSON). */
export function looksLikeJson(text: string): boolean {
  return /^\s*\{/.test(text);
}

const text = z.string().optional().catch(undefined);
const author = z.object({ name: text }).loose().optional().catch(undefined);
const item = z
  .object({
    id: z.union([z.string(), z.number()]).optional().catch(undefined),
    url: text,
    external_url: text,
    title: text,
    content_html: text,
    content_text: text,
    summary: text,
    date_published: text,
    date_modified: text,
    author,
    authors: z.array(author).optional().catch(undefined),
    tags: z.array(z.unknown()).optional().catch(undefined),
  })
  .loose();
const feed = z
  .object({
    version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/),
    title: text,
    home_page_url: text,
    items: z.array(z.unknown()),
  })
  .loose();

/**
 * Reads a JSON Feed 1.0 or 1.1 (https://jsonfeed.org/version/1.1) into the same RawFeed as the XML readers.
 * Fields of the wrong type are treated as absent, and an item that is not an object is skipped, as a
 * reader skips an XML item it cannot read; a document that is not a JSON Feed at all is refused.
 */
export function readJsonFeed(json: string): RawFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(json);
  } catch (err) {
    throw new FeedParseError(
      "malformed",
      `The document is not well-formed JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  const isJsonFeed =
    typeof doc === "object" &&
    doc !== null &&
    typeof (doc as { version?: unknown }).version === "string" &&
    /jsonfeed\.org\/version\/1/.test((doc as { version: string }).version);
  if (!isJsonFeed)
    throw new FeedParseError("not-a-feed", "The document is JSON but not a JSON Feed (no jsonfeed.org version).");
  const parsed = feed.safeParse(doc);
  if (!parsed.success)
    throw new FeedParseError(
      "malformed",
      `The JSON Feed is malformed: ${parsed.error.issues[0]?.path.join(".") || "document"}: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  return {
    title: parsed.data.title ?? null,
    titleType: "text",
    link: parsed.data.home_page_url ?? null,
    base: null,
    items: parsed.data.items.flatMap((raw) => {
      const entry = item.safeParse(raw);
      return entry.success ? [readItem(entry.data)] : [];
    }),
  };
}

function readItem(entry: z.infer<typeof item>): RawItem {
  const html: RawContent | null = entry.content_html?.trim()
    ? { value: entry.content_html, type: "html", base: null }
    : null;
  const plain: RawContent | null = entry.content_text?.trim()
    ? { value: entry.content_text, type: "text", base: null }
    : null;
  const summary: RawContent | null = entry.summary?.trim() ? { value: entry.summary, type: "text", base: null } : null;
  return {
    title: entry.title ?? null,
    titleType: "text",
    links: [entry.url, entry.external_url].filter((l): l is string => !!l),
    base: null,
    guid: entry.id === undefined ? null : String(entry.id),
    // A JSON Feed id is an identifier, not a link: `url` is the permalink.
    guidIsPermaLink: false,
    dates: [entry.date_published, entry.date_modified].filter((d): d is string => !!d),
    author: (entry.authors ?? [entry.author]).map((a) => a?.name?.trim()).find(Boolean) ?? null,
    categories: (entry.tags ?? []).filter((t): t is string => typeof t === "string"),
    content: html ?? plain,
    summary,
  };
}
