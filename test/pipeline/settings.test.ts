import { describe, expect, it } from "vitest";
import { pipelineSettings } from "../../src/pipeline/poll";

describe("pipeline settings from the config", () => {
  it.each([
    { name: "keeps the configured period", minutes: 15, expected: 15 },
    {
      name: "falls back to 30 minutes when the scheduler is off, so a polled feed still gets a due time",
      minutes: 0,
      expected: 30,
    },
  ])("$name", ({ minutes, expected }) => {
    const config = {
      POLL_INTERVAL_MINUTES: minutes,
      FETCH_ARTICLE_PAGES: false,
      MAX_ITEMS_PER_FEED: 50,
      MAX_PAGE_FETCHES_PER_POLL: 9,
    };
    expect(pipelineSettings(config)).toEqual({
      intervalMinutes: expected,
      fetchArticlePages: false,
      maxItemsPerFeed: 50,
      maxPageFetchesPerPoll: 9,
    });
  });
});
