import * as z from "zod";

const flag = z.enum(["0", "1"]).transform((v) => v === "1");

/** One line per variable: its schema, default and meaning (the README's table mirrors it). */
export const CONFIG_SCHEMA = {
  PORT: { schema: z.coerce.number().int().min(0).max(65535), default: "8787", doc: "HTTP port" },
  HOST: { schema: z.string().min(1), default: "127.0.0.1", doc: "bind address (`0.0.0.0` to serve a network)" },
  DATA_DIR: {
    schema: z.string().min(1),
    default: "./data",
    doc: "where the embedded store (SQLite file) lives; created if missing",
  },
  FEEDS_OPML: {
    schema: z.string().min(1),
    default: "feeds/default.opml",
    doc: "feed catalogue imported on first start (feeds already in the store are kept)",
  },
  POLL_INTERVAL_MINUTES: {
    schema: z.coerce
      .number()
      .min(0)
      .max(7 * 24 * 60),
    default: "30",
    doc: "scheduler period for `npm start`; `0` = no scheduler",
  },
  MEILI_HOST: {
    schema: z.url().optional(),
    default: undefined,
    doc: "when set, Meilisearch is the search index; otherwise the embedded index",
  },
  MEILI_API_KEY: { schema: z.string().optional(), default: undefined, doc: "API key for Meilisearch", secret: true },
  ADMIN_TOKEN: {
    schema: z.string().min(16, "must be at least 16 characters").optional(),
    default: undefined,
    doc: "bearer token for write endpoints; unset = write endpoints answer 403",
    secret: true,
  },
  MAX_CONCURRENT_SEARCHES: {
    schema: z.coerce.number().int().min(1).max(1000),
    default: "4",
    doc: "searches running at once; more answer 503 with `Retry-After` at once",
  },
  SEARCH_TIME_SHARE: {
    schema: z.coerce.number().min(0.05).max(1),
    default: "0.5",
    doc: "share of each second searches may take (0.05–1); beyond it new searches answer 503 with `Retry-After`, so `/healthz` and pages stay fast",
  },
  SEARCH_CLIENT_SHARE: {
    schema: z.coerce.number().min(0.05).max(1),
    default: "0.5",
    doc: "share of `MAX_CONCURRENT_SEARCHES` (at least one search) and of `SEARCH_TIME_SHARE` one client may take (0.05–1); beyond it that client's searches answer 429 with `Retry-After` while others are served",
  },
  SEARCH_THREADS: {
    schema: z.coerce.number().int().min(0).max(16),
    default: "1",
    doc: "threads that run the embedded index's searches off the server's event loop, each with its own read-only connection and facet memory (70–110 MB more peak RSS on 10,000 incidents); `0` = searches run on the event loop",
  },
  PUBLIC_URL: {
    schema: z.url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" }).optional(),
    default: undefined,
    doc: "the absolute base of every link the product writes (digests, autodiscovery); without it, the configured host and port, never the request's `Host` header",
  },
  TRUST_PROXY: {
    schema: flag,
    default: "0",
    doc: "`1` honours `X-Forwarded-Proto`/`-Host` from a reverse proxy, and the last `X-Forwarded-For` entry as the client's address",
  },
  ALLOW_PRIVATE_FEEDS: {
    schema: flag,
    default: "0",
    doc: "`1` lets feeds and article pages live on loopback/private addresses (tests, local mirrors)",
  },
  FETCH_ARTICLE_PAGES: {
    schema: flag,
    default: "1",
    doc: "fetch the article page when a feed item carries only a short summary",
  },
  MAX_ITEMS_PER_FEED: {
    schema: z.coerce.number().int().min(1).max(10_000),
    default: "200",
    doc: "items one feed adds or updates per poll at most, newest first; the rest are left out and counted in feed health (`skipped_items`)",
  },
  MAX_PAGE_FETCHES_PER_POLL: {
    schema: z.coerce.number().int().min(0).max(100_000),
    default: "500",
    doc: "article pages one poll fetches at most (each URL once); items beyond keep the feed's summary",
  },
} as const;

type Schema = typeof CONFIG_SCHEMA;

/** One bad variable: which, why, and its value unless the variable holds a secret (never echoed). */
export interface ConfigProblem {
  key: string;
  reason: string;
  value?: string;
}

/** `KEY="value": reason`, or `KEY: reason` for a secret or an unset variable, for a terminal or a log line. */
export function formatConfigProblem(p: ConfigProblem): string {
  return p.value === undefined ? `${p.key}: ${p.reason}` : `${p.key}=${JSON.stringify(p.value)}: ${p.reason}`;
}
/** The validated configuration every runtime entry builds once. */
export type Config = { [K in keyof Schema]: z.output<Schema[K]["schema"]> };

/** Validates an environment; returns the config or one problem per bad variable. */
export function parseConfig(
  env: Record<string, string | undefined>,
): { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(CONFIG_SCHEMA)) {
    const raw = env[key] === "" ? undefined : (env[key] ?? spec.default);
    const parsed = (spec.schema as z.ZodType).safeParse(raw);
    if (parsed.success) out[key] = parsed.data;
    else {
      const reason = parsed.error.issues[0]?.message ?? "invalid";
      problems.push("secret" in spec || raw === undefined ? { key, reason } : { key, reason, value: raw });
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, config: out as Config };
}
