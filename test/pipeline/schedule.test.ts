import { describe, expect, it } from "vitest";
import type { FeedPollResult } from "../../src/model";
import { nextDueAfterError } from "../../src/pipeline/schedule";
import { pollDoneLine } from "../../src/runtime/scheduler";

const NOW = new Date("2026-12-01T10:00:00Z");
const minutesLater = (iso: string) => (Date.parse(iso) - NOW.getTime()) / 60_000;

describe("when a failing feed is due again", () => {
  it.each<[string, number, boolean, number]>([
    ["a feed that has answered before: twice the interval after one error", 1, false, 60],
    ["…four times after two", 2, false, 120],
    ["a feed that never answered: two minutes after its first error", 1, true, 2],
    ["…then four", 2, true, 4],
    ["…then eight", 3, true, 8],
    ["…never longer than the usual backoff", 12, true, 24 * 60],
  ])("%s", (_name, errors, neverSucceeded, expected) => {
    expect(minutesLater(nextDueAfterError(NOW, 30, errors, null, neverSucceeded))).toBe(expected);
  });

  it("honours a longer Retry-After even for a feed that never answered", () => {
    expect(minutesLater(nextDueAfterError(NOW, 30, 1, 15 * 60_000, true))).toBe(15);
  });
});

describe("the poll's closing log line", () => {
  const feed = (outcome: FeedPollResult["outcome"], new_articles = 0) => ({ outcome, new_articles }) as FeedPollResult;
  it("counts the feeds that failed, so an offline first run does not read as a quiet day", () => {
    const report = {
      id: "p",
      started_at: "",
      finished_at: "",
      feeds: [feed("error"), feed("error"), feed("new-items", 3), feed("gone")],
    };
    expect(pollDoneLine(report)).toBe("poll done: 4 feeds, 3 new articles, 3 failed (see above, or the Feeds page)");
  });
});
