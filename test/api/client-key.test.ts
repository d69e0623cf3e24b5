import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { clientKeyOf } from "../../src/api/client-key";

/** The key the app would give a request with these headers, coming from the socket address 10.0.0.9. */
async function keyOf(trustProxy: boolean, headers: Record<string, string>): Promise<string> {
  const app = new Hono();
  const key = clientKeyOf(() => ({ remote: { address: "10.0.0.9" } }), trustProxy);
  app.get("/", (c) => c.text(key(c)));
  return (await app.request("/", { headers })).text();
}

describe("who a client is, for the per-client limits", () => {
  it.each<{ name: string; trustProxy: boolean; headers: Record<string, string>; expected: string }>([
    { name: "is the connection's address", trustProxy: false, headers: {}, expected: "10.0.0.9" },
    {
      name: "ignores X-Forwarded-For without TRUST_PROXY, since any client can send it",
      trustProxy: false,
      headers: { "X-Forwarded-For": "203.0.113.7" },
      expected: "10.0.0.9",
    },
    {
      name: "is the address the trusted proxy appended, behind TRUST_PROXY",
      trustProxy: true,
      headers: { "X-Forwarded-For": "198.51.100.1, 203.0.113.7" },
      expected: "203.0.113.7",
    },
    {
      name: "is the connection's address behind TRUST_PROXY when the proxy sent no X-Forwarded-For",
      trustProxy: true,
      headers: {},
      expected: "10.0.0.9",
    },
  ])("$name", async ({ trustProxy, headers, expected }) => {
    expect(await keyOf(trustProxy, headers)).toBe(expected);
  });
});
