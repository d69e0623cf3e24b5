import { describe, expect, it } from "vitest";
import { splitSnippet } from "../../web/lib/snippet";

describe("splitSnippet", () => {
  it.each([
    {
      name: "plain text stays one text part",
      input: "no match here",
      expected: [{ text: "no match here", mark: false }],
    },
    {
      name: "marked matches become mark parts between text parts",
      input: "after <mark>REvil</mark> hit <mark>Northfield</mark>.",
      expected: [
        { text: "after ", mark: false },
        { text: "REvil", mark: true },
        { text: " hit ", mark: false },
        { text: "Northfield", mark: true },
        { text: ".", mark: false },
      ],
    },
    {
      name: "escaped markup from a feed comes back as literal text, never as an element",
      input: "&lt;img src=x onerror=alert(1)&gt; &amp; <mark>&lt;b&gt;</mark>",
      expected: [
        { text: "<img src=x onerror=alert(1)> & ", mark: false },
        { text: "<b>", mark: true },
      ],
    },
    { name: "entities are decoded once only", input: "&amp;lt;", expected: [{ text: "&lt;", mark: false }] },
    { name: "an unclosed mark is left as text", input: "a <mark>b", expected: [{ text: "a <mark>b", mark: false }] },
  ])("$name", ({ input, expected }) => {
    expect(splitSnippet(input)).toEqual(expected);
  });
});
