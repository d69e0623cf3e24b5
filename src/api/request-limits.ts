import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/** Longest URL (path and query) we read; longer ones are refused before any parsing. */
export const MAX_URL_CHARS = 4096;
/** Largest request body we read (the only bodies are small JSON documents). */
export const MAX_BODY_BYTES = 16 * 1024;

/** Refuses over-long URLs and over-large bodies with a JSON error. */
export function requestLimits(): MiddlewareHandler[] {
  const urlLimit: MiddlewareHandler = async (c, next) => {
    if (c.req.url.length > MAX_URL_CHARS) return c.json({ error: `URL longer than ${MAX_URL_CHARS} characters` }, 414);
    await next();
  };
  const body = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ error: `request body larger than ${MAX_BODY_BYTES} bytes` }, 413),
  });
  return [urlLimit, body];
}
