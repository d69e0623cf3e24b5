import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/lib/escape-html";

describe("escapeHtml", () => {
  it.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    [`" onmouseover='x'`, "&quot; onmouseover=&#39;x&#39;"],
    ["Fish & Chips", "Fish &amp; Chips"],
    ["&amp;", "&amp;amp;"],
    ["plain", "plain"],
  ])("escapes %j", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});
