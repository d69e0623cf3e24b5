import { describe, expect, it } from "vitest";
import { checkUrl, isBlockedAddress } from "../../src/lib/url-guard";

describe("checkUrl", () => {
  it.each([
    ["http://127.0.0.1/", "blocked-address"],
    ["http://127.1/", "blocked-address"],
    ["http://2130706433/", "blocked-address"],
    ["http://0x7f.1/", "blocked-address"],
    ["http://0x7f000001/", "blocked-address"],
    ["http://017700000001/", "blocked-address"],
    ["http://0177.0.0.1/", "blocked-address"],
    ["http://127.0.0.1./feed", "blocked-address"],
    ["http://0.0.0.0/", "blocked-address"],
    ["http://0/", "blocked-address"],
    ["http://10.1.2.3/", "blocked-address"],
    ["http://172.16.0.1/", "blocked-address"],
    ["http://172.31.255.255/", "blocked-address"],
    ["http://192.168.1.1/", "blocked-address"],
    ["http://169.254.169.254/latest/meta-data/", "blocked-address"],
    ["http://100.64.0.1/", "blocked-address"],
    ["http://224.0.0.1/", "blocked-address"],
    ["http://255.255.255.255/", "blocked-address"],
    ["http://240.0.0.1/", "blocked-address"],
    ["http://[::1]/", "blocked-address"],
    ["http://[::]/", "blocked-address"],
    ["http://[::ffff:127.0.0.1]/", "blocked-address"],
    ["http://[::ffff:7f00:1]/", "blocked-address"],
    ["http://[::ffff:a9fe:a9fe]/", "blocked-address"],
    ["http://[fc00::1]/", "blocked-address"],
    ["http://[fd12:3456:789a::1]/", "blocked-address"],
    ["http://[fe80::1]/", "blocked-address"],
    ["http://[ff02::1]/", "blocked-address"],
    ["http://[64:ff9b::10.0.0.1]/", "blocked-address"],
    ["http://[64:ff9b::7f00:1]/", "blocked-address"],
    ["http://[2002:7f00:1::]/", "blocked-address"],
    ["http://[2002:c0a8:101::1]/", "blocked-address"],
    ["http://localhost/", "blocked-address"],
    ["http://localhost./", "blocked-address"],
    ["http://LOCALHOST:8080/", "blocked-address"],
    ["http://feeds.localhost/", "blocked-address"],
    ["http://metadata.google.internal/computeMetadata/v1/", "blocked-address"],
    ["http://metadata/", "blocked-address"],
    ["file:///etc/passwd", "bad-url"],
    ["ftp://example.com/feed.xml", "bad-url"],
    ["gopher://example.com:70/", "bad-url"],
    ["javascript:alert(1)", "bad-url"],
    ["data:text/xml,<rss/>", "bad-url"],
    ["http://user:pass@example.com/feed", "bad-url"],
    ["https://token@example.com/feed", "bad-url"],
    ["not a url", "bad-url"],
    ["", "bad-url"],
  ])("refuses %s with %s", (url, code) => {
    const result = checkUrl(url, false);
    expect(result.ok ? "ok" : result.code).toBe(code);
  });

  it.each([
    "https://www.hipaajournal.com/feed/",
    "http://example.com/rss.xml",
    "https://93.184.216.34/feed",
    "https://[2606:2800:220:1:248:1893:25c8:1946]/feed",
    "https://feeds.example.co.uk:8443/atom?x=1",
    "http://172.32.0.1/",
    "http://100.128.0.1/",
    "http://[::ffff:93.184.216.34]/",
    "http://[2002:5db8:d822::1]/",
  ])("accepts the public URL %s", (url) => {
    expect(checkUrl(url, false).ok).toBe(true);
  });

  it.each(["http://127.0.0.1:8080/feed", "http://localhost/", "http://[::1]/", "http://10.0.0.1/"])(
    "lets %s through when private addresses are allowed",
    (url) => {
      expect(checkUrl(url, true).ok).toBe(true);
    },
  );

  it.each(["file:///etc/passwd", "http://user:pass@127.0.0.1/"])(
    "still refuses %s when private addresses are allowed",
    (url) => {
      expect(checkUrl(url, true).ok).toBe(false);
    },
  );
});

describe("isBlockedAddress", () => {
  it.each([
    ["127.0.0.1", true],
    ["10.255.255.255", true],
    ["169.254.169.254", true],
    ["::ffff:192.168.0.1", true],
    ["fe80::1%eth0", true],
    ["2001:db8::1", true],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", true],
    ["not-an-ip", true],
    ["8.8.8.8", false],
    ["2606:4700:4700::1111", false],
  ])("judges %s blocked: %s", (ip, blocked) => {
    expect(isBlockedAddress(ip)).toBe(blocked);
  });
});
