import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseFeed } from "../../src/parse/parse-feed";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/parse/${name}`, import.meta.url));

// Golden files are reviewed in diffs: a change in output shows up here as a readable JSON change.
describe("parseFeed golden files", () => {
  it.each([
    {
      input: "trade-journal.rss.xml",
      expected: "trade-journal.expected.json",
      url: "https://www.healthtech.example/cyber/feed/",
      now: "2025-11-04T00:00:00.000Z",
    },
  ])("turns $input into $expected", async ({ input, expected, url, now }) => {
    const feed = await parseFeed(fixture(input), { url, now });
    expect(feed).toEqual(JSON.parse(fixture(expected).toString("utf8")));
  });
});
