/** A URL the fetcher may request, or why not. */
export type UrlCheck = { ok: true; url: URL } | { ok: false; code: "bad-url" | "blocked-address"; message: string };

// Names that point inside the machine or the cloud account whatever DNS says.
const BLOCKED_NAMES = new Set(["localhost", "metadata", "metadata.google.internal", "instance-data"]);
const BLOCKED_SUFFIXES = [".localhost", ".internal", ".local", ".localdomain", ".home.arpa"];

/** Refuses non-http(s) schemes, credentials, and (unless `allowPrivate` or listed in `allowedHosts`) hosts that are or name an internal address. */
export function checkUrl(input: string | URL, allowPrivate: boolean, allowedHosts: readonly string[] = []): UrlCheck {
  let url: URL;
  try {
    url = new URL(String(input));
  } catch {
    return { ok: false, code: "bad-url", message: `not a URL: ${String(input).slice(0, 200)}` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, code: "bad-url", message: `scheme ${url.protocol} is not http or https` };
  }
  if (url.username !== "" || url.password !== "") {
    return { ok: false, code: "bad-url", message: "credentials in URLs are refused" };
  }
  // Port 0 is no port at all: connecting to it fails on some systems and means "any port" to others.
  if (url.port === "0") return { ok: false, code: "bad-url", message: "port 0 is not a port" };
  if (allowPrivate) return { ok: true, url };
  const host = url.hostname.toLowerCase().replace(/\.+$/, "");
  if (host === "") return { ok: false, code: "bad-url", message: "URL has no host" };
  if (isAllowedHost(host, allowedHosts)) return { ok: true, url };
  if (BLOCKED_NAMES.has(host) || BLOCKED_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return { ok: false, code: "blocked-address", message: `host ${host} is internal` };
  }
  // The WHATWG parser has already turned decimal/octal/hex IPv4 forms into dotted quads.
  const literal = host.startsWith("[") ? host.slice(1, -1) : host;
  if ((parseIPv4(literal) || parseIPv6(literal)) && isBlockedAddress(literal)) {
    return { ok: false, code: "blocked-address", message: `address ${literal} is not public` };
  }
  return { ok: true, url };
}

/** True when `hostname` is on the operator's exemption list (case and trailing dots ignored). */
export function isAllowedHost(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.+$/, "");
  return allowedHosts.some((allowed) => allowed.toLowerCase().replace(/\.+$/, "") === host);
}

/** True for any address that is not plainly public unicast: loopback, private, link-local, CGNAT, multicast, reserved, and IPv6 forms that embed one. */
export function isBlockedAddress(ip: string): boolean {
  const v4 = parseIPv4(ip);
  if (v4) return isBlockedV4(v4);
  const v6 = parseIPv6(ip);
  if (!v6) return true; // Unparseable is not provably public.
  return isBlockedV6(v6);
}

type V4 = [number, number, number, number];

// [network, prefix length] pairs, IANA special-purpose registry.
const BLOCKED_V4: Array<[V4, number]> = [
  [[0, 0, 0, 0], 8],
  [[10, 0, 0, 0], 8],
  [[100, 64, 0, 0], 10],
  [[127, 0, 0, 0], 8],
  [[169, 254, 0, 0], 16],
  [[172, 16, 0, 0], 12],
  [[192, 0, 0, 0], 24],
  [[192, 0, 2, 0], 24],
  [[192, 88, 99, 0], 24],
  [[192, 168, 0, 0], 16],
  [[198, 18, 0, 0], 15],
  [[198, 51, 100, 0], 24],
  [[203, 0, 113, 0], 24],
  [[224, 0, 0, 0], 4],
  [[240, 0, 0, 0], 4],
];

function isBlockedV4(ip: V4): boolean {
  const value = v4ToInt(ip);
  return BLOCKED_V4.some(([net, bits]) => {
    const mask = bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0;
    return (value & mask) >>> 0 === (v4ToInt(net) & mask) >>> 0;
  });
}

function v4ToInt(ip: V4): number {
  return ((ip[0] << 24) | (ip[1] << 16) | (ip[2] << 8) | ip[3]) >>> 0;
}

function v4FromWords(high: number, low: number): V4 {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

function isBlockedV6(w: number[]): boolean {
  const [w0, w1, w2, w3, w4, w5, w6, w7] = w as [number, number, number, number, number, number, number, number];
  const zeroTo = (n: number) => w.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return true; // ::
  if (zeroTo(7) && w7 === 1) return true; // ::1
  if (zeroTo(5) && w5 === 0xffff) return isBlockedV4(v4FromWords(w6, w7)); // ::ffff:a.b.c.d
  if (zeroTo(6)) return true; // deprecated IPv4-compatible ::a.b.c.d
  if (zeroTo(4) && w4 === 0xffff && w5 === 0) return isBlockedV4(v4FromWords(w6, w7)); // ::ffff:0:a.b.c.d (SIIT)
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 0 && w3 === 0 && w4 === 0 && w5 === 0) {
    return isBlockedV4(v4FromWords(w6, w7)); // NAT64 well-known prefix
  }
  if (w0 === 0x64 && w1 === 0xff9b && w2 === 1) return true; // local-use NAT64 64:ff9b:1::/48
  if (w0 === 0x2002) return isBlockedV4(v4FromWords(w1, w2)); // 6to4
  if (w0 === 0x2001 && w1 === 0) return true; // Teredo: the tunnelled end cannot be trusted
  if (w0 === 0x2001 && w1 === 0xdb8) return true; // documentation
  if (w0 === 0x100 && w1 === 0 && w2 === 0 && w3 === 0) return true; // discard-only 100::/64
  if ((w0 & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((w0 & 0xffc0) === 0xfe80) return true; // link-local fe80::/10
  if ((w0 & 0xffc0) === 0xfec0) return true; // deprecated site-local fec0::/10
  if ((w0 & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/** Strict dotted-quad parser (no shorthand forms: those only come from URL parsing, which normalises them). */
function parseIPv4(text: string): V4 | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^(0|[1-9][0-9]{0,2})$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b <= 255) ? (bytes as V4) : null;
}

/** Eight 16-bit words, or null; accepts `::` compression, a dotted IPv4 tail and a `%zone`. */
function parseIPv6(text: string): number[] | null {
  const address = text.split("%")[0]!.toLowerCase();
  if (!/^[0-9a-f:.]+$/.test(address) || !address.includes(":")) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const toWords = (part: string): number[] | null => {
    if (part === "") return [];
    const groups = part.split(":");
    const words: number[] = [];
    for (const [index, group] of groups.entries()) {
      if (group.includes(".")) {
        const v4 = index === groups.length - 1 ? parseIPv4(group) : null;
        if (!v4) return null;
        words.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9a-f]{1,4}$/.test(group)) {
        words.push(parseInt(group, 16));
      } else {
        return null;
      }
    }
    return words;
  };
  const head = toWords(halves[0]!);
  const tail = halves.length === 2 ? toWords(halves[1]!) : [];
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return null;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}
