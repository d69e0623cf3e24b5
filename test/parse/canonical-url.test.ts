import { describe, expect, it } from "vitest";
import { canonicalUrl } from "../../src/parse/canonical-url";

describe("canonicalUrl", () => {
  it.each([
    {
      name: "resolves a path against the base",
      href: "/news/1",
      base: "https://Example.COM/feed.xml",
      expected: "https://example.com/news/1",
    },
    {
      name: "resolves a relative path with ..",
      href: "../a/b",
      base: "http://example.org/tests/base/",
      expected: "http://example.org/tests/a/b",
    },
    {
      name: "resolves a protocol-relative URL",
      href: "//cdn.example.net/x",
      base: "https://example.com/",
      expected: "https://cdn.example.net/x",
    },
    {
      name: "lower-cases the host",
      href: "HTTPS://WWW.Computing.CO.UK/News",
      base: null,
      expected: "https://www.computing.co.uk/News",
    },
    {
      name: "drops the fragment",
      href: "https://example.com/a#comments",
      base: null,
      expected: "https://example.com/a",
    },
    {
      name: "drops the default port",
      href: "https://example.com:443/a",
      base: null,
      expected: "https://example.com/a",
    },
    {
      name: "removes utm_* parameters",
      href: "https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x",
      base: null,
      expected: "https://example.com/a",
    },
    {
      name: "keeps real parameters in their order and encoding",
      href: "https://example.com/a?b=2&utm_source=x&a=hello%20world",
      base: null,
      expected: "https://example.com/a?b=2&a=hello%20world",
    },
    {
      name: "removes click identifiers",
      href: "https://example.com/a?fbclid=1&gclid=2&msclkid=3&id=9",
      base: null,
      expected: "https://example.com/a?id=9",
    },
    {
      name: "removes Mailchimp and Twitter parameters",
      href: "https://example.com/a?mc_cid=1&mc_eid=2&ref_src=twsrc",
      base: null,
      expected: "https://example.com/a",
    },
    {
      name: "matches tracking names case-insensitively",
      href: "https://example.com/a?UTM_Source=x&p=1",
      base: null,
      expected: "https://example.com/a?p=1",
    },
    {
      name: "keeps a parameter that only starts like one",
      href: "https://example.com/a?utmost=1",
      base: null,
      expected: "https://example.com/a?utmost=1",
    },
    {
      name: "trims surrounding whitespace",
      href: "\n  https://example.com/a  \t",
      base: null,
      expected: "https://example.com/a",
    },
    {
      name: "encodes spaces inside the path",
      href: "https://example.com/a b",
      base: null,
      expected: "https://example.com/a%20b",
    },
    {
      name: "uses an absolute href whatever the base",
      href: "https://other.example/x",
      base: "https://example.com/",
      expected: "https://other.example/x",
    },
  ])("$name", ({ href, base, expected }) => {
    expect(canonicalUrl(href, base)).toBe(expected);
  });

  it.each([
    { name: "a javascript: URL", href: "javascript:alert(1)" },
    { name: "a javascript: URL with a newline inside", href: "java\nscript:alert(1)" },
    { name: "a data: URL", href: "data:text/html,<script>alert(1)</script>" },
    { name: "a mailto: link", href: "mailto:news@example.com" },
    { name: "an ftp: URL", href: "ftp://example.com/file" },
    { name: "a tag: URI", href: "tag:example.com,2006:1" },
    { name: "a relative path with no base", href: "/news/1" },
    { name: "an empty string", href: "" },
    { name: "null", href: null },
    { name: "an unparseable host", href: "http://exa mple.com/" },
  ])("returns null for $name", ({ href }) => {
    expect(canonicalUrl(href, null)).toBeNull();
  });
});
