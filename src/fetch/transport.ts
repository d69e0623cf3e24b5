/** One HTTP exchange as the shared policy asks for it; adapters (node:http, global fetch) implement it. */
export interface TransportRequest {
  url: URL;
  headers: Record<string, string>;
  /** Aborted when the attempt's total budget runs out; the transport then fails with code `timeout`. */
  signal: AbortSignal;
  /** Budget to connect and receive the response headers. */
  connectTimeoutMs: number;
}

/** Response headers received; the body is still on the wire. */
export interface TransportResponse {
  status: number;
  /** A header value (case-insensitive name), or null. */
  header(name: string): string | null;
  /** The decoded body; fails with code `too-large` as soon as more than `maxBytes` decoded bytes arrive. */
  readBody(maxBytes: number): Promise<Uint8Array>;
  /** Drops the body unread and frees the connection. */
  discard(): void;
}

/** Sends one request; failures are thrown as `TransportError`. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** A transport failure with a stable code (`timeout`, `connection`, `dns`, `tls`, `blocked-address`, `too-large`, `bad-response`). */
export class TransportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "TransportError";
  }
}

/** Joins chunks already counted by a capped reader. */
export function concatChunks(chunks: Uint8Array[], total: number): Uint8Array {
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
