/** A conditional GET for a feed or an article page. */
export interface FetchRequest {
  url: string;
  etag?: string | null;
  lastModified?: string | null;
  /** `feed` or `page`: picks the Accept header. */
  kind: "feed" | "page";
}

/** Every way a fetch can end; failures are values, not exceptions. */
export type FetchOutcome =
  | {
      kind: "ok";
      /** Final URL after redirects. */
      url: string;
      /** Set when a permanent redirect (301/308) moved the resource. */
      movedTo: string | null;
      status: number;
      contentType: string | null;
      body: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    }
  | {
      kind: "not-modified";
      url: string;
      /** Set when a permanent redirect (301/308) led to the 304: the stored URL should still move. */
      movedTo?: string | null;
    }
  | { kind: "gone"; url: string }
  | { kind: "error"; url: string; code: string; message: string; retryable: boolean; retryAfterMs: number | null };

/** The network port, shared by feeds and article pages. */
export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchOutcome>;
}
