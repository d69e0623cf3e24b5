import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { PassThrough, pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { TransportError, concatChunks, type Transport, type TransportResponse } from "./transport";

/** Error code the guarded lookup fails with, so the transport can report `blocked-address`. */
export const BLOCKED_LOOKUP_CODE = "EMEDBREACH_BLOCKED";

// Redirect, 304 and error bodies are drained (to keep the socket) only while they stay small and quick.
const DISCARD_MAX_BYTES = 64 * 1024;
const DISCARD_MAX_MS = 2_000;

/** A transport on node:http/https whose every connection resolves through `lookup` (the connect-time SSRF check). */
export function createNodeTransport(lookup: LookupFunction): Transport {
  const agents = {
    "http:": new http.Agent({ keepAlive: true }),
    "https:": new https.Agent({ keepAlive: true }),
  };
  return (request) =>
    new Promise<TransportResponse>((resolve, reject) => {
      const isHttps = request.url.protocol === "https:";
      const client = isHttps ? https : http;
      const outgoing = client.request(
        request.url,
        { method: "GET", headers: request.headers, lookup, agent: agents[isHttps ? "https:" : "http:"] },
        (res) => {
          clearTimeout(headersTimer);
          resolve(wrapResponse(res, request.signal));
        },
      );
      const headersTimer = setTimeout(
        () =>
          outgoing.destroy(new TransportError("timeout", `no response headers within ${request.connectTimeoutMs} ms`)),
        request.connectTimeoutMs,
      );
      const onAbort = () => outgoing.destroy(new TransportError("timeout", "total timeout exceeded"));
      if (request.signal.aborted) onAbort();
      request.signal.addEventListener("abort", onAbort, { once: true });
      outgoing.on("error", (error) => {
        clearTimeout(headersTimer);
        reject(mapNodeError(error));
      });
      outgoing.on("close", () => request.signal.removeEventListener("abort", onAbort));
      outgoing.end();
    });
}

function wrapResponse(res: http.IncomingMessage, signal: AbortSignal): TransportResponse {
  return {
    status: res.statusCode ?? 0,
    header(name) {
      const value = res.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    async readBody(maxBytes) {
      const onAbort = () => res.destroy(new TransportError("timeout", "total timeout exceeded while reading the body"));
      if (signal.aborted) onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      const chunks: Uint8Array[] = [];
      let total = 0;
      try {
        const decoded = await decode(res, res.headers["content-encoding"]);
        for await (const chunk of decoded as AsyncIterable<Buffer>) {
          total += chunk.byteLength;
          // Counted after decompression, so a small gzip bomb stops at the same cap as a huge plain body.
          if (total > maxBytes) throw new TransportError("too-large", `body exceeds ${maxBytes} bytes`);
          chunks.push(chunk);
        }
        return concatChunks(chunks, total);
      } catch (error) {
        // Whatever error the torn-down stream chain surfaces, an aborted signal means the budget ran out.
        if (signal.aborted && !(error instanceof TransportError && error.code === "too-large")) {
          throw new TransportError("timeout", "total timeout exceeded while reading the body");
        }
        throw mapNodeError(error);
      } finally {
        signal.removeEventListener("abort", onAbort);
        if (!res.complete) res.destroy();
      }
    },
    discard() {
      if (res.complete) return;
      let seen = 0;
      const timer = setTimeout(() => res.destroy(), DISCARD_MAX_MS);
      timer.unref();
      res.on("data", (chunk: Buffer) => {
        seen += chunk.byteLength;
        if (seen > DISCARD_MAX_BYTES) res.destroy();
      });
      res.on("error", () => undefined);
      res.on("close", () => clearTimeout(timer));
      res.resume();
    },
  };
}

/** The body stream with its Content-Encoding undone. */
async function decode(res: http.IncomingMessage, header: string | undefined): Promise<Readable> {
  const encoding = (header ?? "identity").trim().toLowerCase();
  if (encoding === "identity" || encoding === "") return res;
  if (encoding === "gzip" || encoding === "x-gzip") return through(res, zlib.createGunzip());
  if (encoding === "br") return through(res, zlib.createBrotliDecompress());
  if (encoding === "deflate") {
    // "deflate" should be zlib-wrapped, but some servers send raw deflate; the first byte tells them apart.
    const first = await firstChunk(res);
    const inflater = first && (first[0]! & 0x0f) === 8 ? zlib.createInflate() : zlib.createInflateRaw();
    return through(res, inflater);
  }
  throw new TransportError("bad-response", `unsupported Content-Encoding: ${encoding}`);
}

function through(source: Readable, transform: NodeJS.ReadWriteStream): Readable {
  const out = new PassThrough();
  // pipeline destroys every stage when one fails or the reader stops early.
  pipeline(source, transform, out, () => undefined);
  return out;
}

/** Peeks at the first chunk and puts it back. */
function firstChunk(res: http.IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const onReadable = () => {
      cleanup();
      const chunk = res.read() as Buffer | null;
      if (chunk) res.unshift(chunk);
      resolve(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const cleanup = () => {
      res.off("readable", onReadable);
      res.off("end", onEnd);
      res.off("error", onError);
    };
    res.on("readable", onReadable);
    res.on("end", onEnd);
    res.on("error", onError);
  });
}

const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
  "ERR_STREAM_PREMATURE_CLOSE",
]);

/** Node's error codes folded into the few stable codes the pipeline records. */
function mapNodeError(error: unknown): TransportError {
  if (error instanceof TransportError) return error;
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (typeof code !== "string") return new TransportError("connection", message);
  if (code === BLOCKED_LOOKUP_CODE) return new TransportError("blocked-address", message);
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") return new TransportError("dns", message);
  if (CONNECTION_CODES.has(code)) return new TransportError("connection", `${code}: ${message}`);
  if (code.startsWith("HPE_")) return new TransportError("bad-response", `${code}: ${message}`);
  if (code.startsWith("Z_") || code.startsWith("ERR__"))
    return new TransportError("bad-response", `decoding: ${message}`);
  if (/CERT|SSL|TLS|SELF_SIGNED/.test(code)) return new TransportError("tls", `${code}: ${message}`);
  return new TransportError("connection", `${code}: ${message}`);
}
