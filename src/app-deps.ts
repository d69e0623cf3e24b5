import type { GetConnInfo } from "hono/conninfo";
import type { RateLimitOptions } from "./api/rate-limit";
import type { SearchGateOptions } from "./api/search-gate";
import type { AttackerGroup, PollStart } from "./model";
import type { Fetcher } from "./fetch/fetcher";
import type { SearchIndex } from "./search/search-index";
import type { Store } from "./store/store";

/** A static file of the built UI. */
export interface Asset {
  body: Uint8Array | string;
  contentType: string;
}

/** Where the built UI comes from: `dist/web` on Node, the assets binding on Workers. */
export interface AssetSource {
  get(path: string): Promise<Asset | null>;
}

/** Everything the HTTP app needs; runtime entries build it, tests pass fakes. */
export interface AppDeps {
  store: Store;
  search: SearchIndex;
  fetcher: Fetcher;
  clock: () => Date;
  /** Bearer token for write endpoints; null means they answer 403. */
  adminToken: string | null;
  /** Starts a poll in the background, or says which poll (or lease holder) is already running. */
  startPoll: () => PollStart | Promise<PollStart>;
  /** Resolves a group name, alias or slug to the gazetteer entry. */
  findGroup: (nameAliasOrSlug: string) => AttackerGroup | null;
  listGroups: () => AttackerGroup[];
  assets: AssetSource | null;
  version: string;
  /** `PUBLIC_URL`: public origin (optionally with a path) for absolute links (digests); see `publicOrigin`. */
  baseUrl: string | null;
  /** `TRUST_PROXY=1`: honour `X-Forwarded-Proto`/`-Host` when `baseUrl` is not set. */
  trustProxy?: boolean;
  /** The configured `http://HOST:PORT` on Node; null/absent where the platform routes only configured hosts (Workers, tests). */
  configuredOrigin?: string | null;
  /** Lets `POST /api/feeds` accept loopback and private addresses (`ALLOW_PRIVATE_FEEDS=1`). */
  allowPrivateFeeds?: boolean;
  /**
   * Compress HTML, JSON and digests in the app (Node). Off on Workers, where the platform compresses
   * whatever it serves and would encode an already compressed body a second time.
   */
  compress?: boolean;
  /** Per-client limit on the public API and digests; null turns it off (tests, benchmarks). */
  rateLimit?: RateLimitOptions | null;
  /** Bounds on search work (`MAX_CONCURRENT_SEARCHES`, `SEARCH_TIME_SHARE`); null/absent turns them off (tests, benchmarks). */
  searchLimits?: SearchGateOptions | null;
  /** The runtime's Hono connection-info adapter (socket on Node, `CF-Connecting-IP` on Workers): who a client is, for per-client limits. */
  connInfo?: GetConnInfo;
}
