import type { Context } from "hono";
import type { RateLimitOptions } from "./api/rate-limit";
import type { AttackerGroup } from "./model";
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
  /** Starts a poll in the background (or returns the one already running). */
  startPoll: () => { id: string; running: boolean };
  /** Resolves a group name, alias or slug to the gazetteer entry. */
  findGroup: (nameAliasOrSlug: string) => AttackerGroup | null;
  listGroups: () => AttackerGroup[];
  assets: AssetSource | null;
  version: string;
  /** Public origin for absolute links (digests); the request's origin when null. */
  baseUrl: string | null;
  /** Lets `POST /api/feeds` accept loopback and private addresses (`ALLOW_PRIVATE_FEEDS=1`). */
  allowPrivateFeeds?: boolean;
  /**
   * Compress HTML, JSON and digests in the app (Node). Off on Workers, where the platform compresses
   * whatever it serves and would encode an already compressed body a second time.
   */
  compress?: boolean;
  /** Per-client limit on the public API and digests; null turns it off (tests, benchmarks). */
  rateLimit?: RateLimitOptions | null;
  /** The client's address as the runtime sees it (socket on Node, `CF-Connecting-IP` on Workers). */
  clientKey?: (c: Context) => string;
}
