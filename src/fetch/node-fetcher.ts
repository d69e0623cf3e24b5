import dns from "node:dns";
import type { LookupFunction } from "node:net";
import type { Fetcher } from "./fetcher";
import { resolveFetcherOptions, type FetcherOptions } from "./fetcher-options";
import { BLOCKED_LOOKUP_CODE, createNodeTransport } from "./node-transport";
import { createPolicyFetcher } from "./policy-fetcher";
import { isAllowedHost, isBlockedAddress } from "../lib/url-guard";

/** Node options: the shared policy plus the resolver (injectable so tests map names to loopback without DNS). */
export interface NodeFetcherOptions extends FetcherOptions {
  lookup: LookupFunction;
}

/** The Node Fetcher: node:http/https + node:zlib, with the SSRF check done on the address actually connected to. */
export function createNodeFetcher(options: Partial<NodeFetcherOptions> = {}): Fetcher {
  const { lookup = dns.lookup as LookupFunction, ...policy } = options;
  const resolved = resolveFetcherOptions(policy);
  const connectLookup = resolved.allowPrivate ? lookup : guardedLookup(lookup, resolved.allowedHosts);
  return createPolicyFetcher(createNodeTransport(connectLookup), resolved);
}

/** Wraps a resolver so a name resolving to any non-public address fails before a socket is opened. */
export function guardedLookup(lookup: LookupFunction, allowedHosts: readonly string[] = []): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    lookup(hostname, lookupOptions, (error, address, family) => {
      if (error || isAllowedHost(hostname, allowedHosts)) return callback(error, address, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address];
      const blocked = addresses.find((ip) => isBlockedAddress(ip));
      if (blocked !== undefined) {
        const refusal = Object.assign(new Error(`${hostname} resolves to non-public address ${blocked}`), {
          code: BLOCKED_LOOKUP_CODE,
        });
        return callback(refusal, address, family);
      }
      callback(null, address, family);
    });
  };
}
