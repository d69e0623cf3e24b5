import type { FeedSource } from "../model";
import { BLOCKED_PUBLIC_MESSAGE } from "../pipeline/feed-errors";

/**
 * Feed health as anyone may see it. A feed URL's query string can hold an API key, so it is replaced by
 * `?…`; a blocked fetch says only that it was blocked, since the address a name resolved to would make
 * feed health a DNS oracle for the network medbreach runs in (rows stored before the pipeline said so too).
 */
export function publicFeedHealth(feed: FeedSource): FeedSource {
  return {
    ...feed,
    url: withoutQuery(feed.url),
    last_error:
      feed.last_error?.code === "blocked-address"
        ? { ...feed.last_error, message: BLOCKED_PUBLIC_MESSAGE }
        : feed.last_error,
  };
}

function withoutQuery(url: string): string {
  const cut = url.search(/[?#]/);
  if (cut < 0) return url;
  return url[cut] === "?" ? `${url.slice(0, cut)}?…` : url.slice(0, cut);
}
