import type { LookupFunction } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeFetcher, guardedLookup } from "../../src/fetch/node-fetcher";
import { startMisbehavingServer, type MisbehavingServer } from "../helpers/misbehaving-server";
import { describeFetcherContract } from "./fetcher-contract";

/** A resolver that maps `names` to loopback and knows nothing else, so no test ever asks real DNS. */
function loopbackLookup(names: readonly string[], address = "127.0.0.1"): LookupFunction {
  return (hostname, options, callback) => {
    if (!names.includes(hostname)) {
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" }), "", 4);
    }
    if (options.all) callback(null, [{ address, family: address.includes(":") ? 6 : 4 }]);
    else callback(null, address, address.includes(":") ? 6 : 4);
  };
}

describeFetcherContract("node fetcher", (options, names = []) =>
  createNodeFetcher({ ...options, lookup: loopbackLookup(names) }),
);

describe("node fetcher connect-time checks", () => {
  let server: MisbehavingServer;
  beforeAll(async () => {
    server = await startMisbehavingServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it("refuses a public-looking name that resolves to loopback, before any request is sent", async () => {
    const fetcher = createNodeFetcher({ lookup: loopbackLookup(["evil.example"]) });
    const outcome = await fetcher.fetch({ url: `http://evil.example:${server.port}/echo?evil=1`, kind: "feed" });
    expect(outcome).toMatchObject({ kind: "error", code: "blocked-address", retryable: false });
    expect(server.requests.some((r) => r.path.includes("evil=1"))).toBe(false);
  });

  it("refuses a redirect to a name that resolves into private space", async () => {
    const fetcher = createNodeFetcher({
      allowedHosts: ["mirror.example"],
      lookup: loopbackLookup(["mirror.example", "internal.example"]),
    });
    const to = encodeURIComponent(`http://internal.example:${server.port}/echo?rebind=1`);
    const outcome = await fetcher.fetch({
      url: `http://mirror.example:${server.port}/redirect?status=302&to=${to}`,
      kind: "feed",
    });
    expect(outcome).toMatchObject({ kind: "error", code: "blocked-address" });
    expect(server.requests.some((r) => r.path.includes("rebind=1"))).toBe(false);
  });

  it("reports a name that does not resolve as a dns error", async () => {
    const fetcher = createNodeFetcher({ lookup: loopbackLookup([]), retries: 0 });
    const outcome = await fetcher.fetch({ url: "http://nowhere.example/feed", kind: "feed" });
    expect(outcome).toMatchObject({ kind: "error", code: "dns", retryable: true });
  });

  it("decodes raw deflate sent as Content-Encoding: deflate", async () => {
    const fetcher = createNodeFetcher({ allowPrivate: true });
    const outcome = await fetcher.fetch({ url: server.url("/encoded?encoding=deflate-raw&text=raw"), kind: "feed" });
    expect(outcome.kind === "ok" && new TextDecoder().decode(outcome.body)).toBe("raw");
  });

  it.each([
    [["93.184.216.34"], null],
    [["93.184.216.34", "10.0.0.5"], "EMEDBREACH_BLOCKED"],
    [["::1"], "EMEDBREACH_BLOCKED"],
  ])("guards a lookup answering %j with error %s", async (addresses, expected) => {
    const inner: LookupFunction = (_host, _options, callback) =>
      callback(
        null,
        addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
      );
    const code = await new Promise((resolve) =>
      guardedLookup(inner)("feeds.example", { all: true }, (error) =>
        resolve((error as { code?: string } | null)?.code ?? null),
      ),
    );
    expect(code).toBe(expected);
  });
});
