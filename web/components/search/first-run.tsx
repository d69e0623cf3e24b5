import type { FeedSource } from "../../../src/model";
import { useApi } from "../../hooks/use-api";
import { Link } from "../layout/link";

/**
 * Why the list is empty when nothing has been ingested yet: the feeds could not be reached (offline,
 * or a first poll still under way), where to see them, and how to try the product on the bundled samples.
 */
export function FirstRunNotice() {
  const { data } = useApi<{ feeds: FeedSource[] }>("/api/feeds");
  if (!data) return <p class="empty">No incidents yet.</p>;
  const feeds = data.feeds;
  const failing = feeds.filter((f) => f.status === "error" || f.status === "gone").length;
  const waiting = feeds.filter((f) => f.status === "new").length;
  return (
    <div class="first-run" role="note">
      <h2>No incidents yet</h2>
      {feeds.length === 0 ? (
        <p>No feeds are configured, so there is nothing to read.</p>
      ) : failing > 0 ? (
        <p>
          Nothing has been ingested: {failing} of {feeds.length} feeds could not be reached (is this machine offline?).
          {waiting > 0 && ` ${waiting} have not been fetched yet.`}
        </p>
      ) : (
        <p>
          Nothing has been ingested yet:{" "}
          {waiting > 0
            ? `${waiting} of ${feeds.length} feeds have not been fetched yet.`
            : "the feeds have had no healthcare incident so far."}
        </p>
      )}
      <p>
        See each feed's state and last error on the <Link href="/feeds">Feeds page</Link>. To try medbreach without the
        internet, run <code>npm run demo</code>: it serves bundled sample feeds and ingests them.
      </p>
    </div>
  );
}
