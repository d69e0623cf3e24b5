import { HTTPException } from "hono/http-exception";

/** A client error answered as `{"error": message}` with the given status. */
export function badRequest(message: string, status: 400 | 401 | 403 | 404 | 409 | 413 | 429 = 400): HTTPException {
  return new HTTPException(status, { res: Response.json({ error: message }, { status }) });
}
