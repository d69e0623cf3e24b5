import type { MiddlewareHandler } from "hono";
import { badRequest } from "./errors";

async function digest(s: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(s)));
}

/** Compares two secrets in time independent of where they differ (hashing first hides the length too). */
export async function constantTimeEqual(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([digest(a), digest(b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= x[i]! ^ y[i]!;
  return diff === 0;
}

/** Whether a request carries the right bearer token; for routes that show more to the operator than to the public. */
export async function isAdmin(adminToken: string | null, authorization: string | undefined): Promise<boolean> {
  const match = /^Bearer\s+(.+)$/i.exec(authorization ?? "");
  return Boolean(adminToken && match && (await constantTimeEqual(match[1]!.trim(), adminToken)));
}

/** Guards write endpoints with `Authorization: Bearer <ADMIN_TOKEN>`; 403 when no token is configured. */
export function requireAdmin(adminToken: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (!adminToken) throw badRequest("write endpoints are disabled: ADMIN_TOKEN is not configured", 403);
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match) {
      c.header("WWW-Authenticate", 'Bearer realm="medbreach"');
      throw badRequest("missing bearer token", 401);
    }
    if (!(await constantTimeEqual(match[1]!.trim(), adminToken))) throw badRequest("wrong bearer token", 403);
    await next();
  };
}
