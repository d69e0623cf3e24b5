import type { FeedSource } from "../../src/model";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { formatDateTime, plural } from "../lib/format";

/** A feed as `GET /api/feeds` answers it: its health and what became of its items. */
type FeedWithUsage = FeedSource & { items_read: number; items_used: number; items_not_relevant: number };

const STATUS_TEXT: Record<FeedSource["status"], string> = {
  ok: "✓ OK",
  error: "✗ Failing",
  gone: "✗ Gone (410)",
  new: "• Not yet fetched",
};

/** Feed health for whoever runs the instance: failing feeds first, with their last error, and what became of each feed's items. */
export function FeedsPage() {
  useDocumentTitle("Feeds");
  const { data, error } = useApi<{ feeds: FeedWithUsage[] }>("/api/feeds");
  const feeds = [...(data?.feeds ?? [])].sort(
    (a, b) => b.consecutive_errors - a.consecutive_errors || (a.title ?? a.url).localeCompare(b.title ?? b.url),
  );
  const failing = feeds.filter((f) => f.status === "error" || f.status === "gone").length;
  return (
    <div class="feeds">
      <h1>Feeds</h1>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {data && (
        <p role="status">
          {plural(feeds.length, "feed")}, {failing} failing.
        </p>
      )}
      {/* Focusable so keyboard users can scroll the table if it is still too wide; on phones rows become cards (styles.css). */}
      <div class="table-scroll" tabIndex={0} role="region" aria-label="Feed health table">
        <table class="feed-table">
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Status</th>
              <th scope="col">Last success</th>
              <th scope="col">Errors in a row</th>
              <th scope="col">Last error</th>
              <th scope="col">Next due</th>
              <th scope="col">Items read</th>
              <th scope="col">Used in incidents</th>
              <th scope="col">Not relevant</th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.id} class={f.status === "error" || f.status === "gone" ? "feed-failing" : undefined}>
                <th scope="row">
                  <span class="feed-title">{f.title ?? f.url}</span>
                  <span class="feed-url">{f.url}</span>
                  {f.category && <span class="feed-category">{f.category}</span>}
                </th>
                <td data-label="Status">{STATUS_TEXT[f.status]}</td>
                <td data-label="Last success">{formatDateTime(f.last_success_at)}</td>
                <td data-label="Errors in a row">{f.consecutive_errors}</td>
                <td data-label="Last error">{f.last_error ? `${f.last_error.code}: ${f.last_error.message}` : "—"}</td>
                <td data-label="Next due">
                  {Date.parse(f.next_due_at) <= Date.now() ? "due now" : formatDateTime(f.next_due_at)}
                </td>
                <td data-label="Items read">
                  {f.items_read}
                  {f.skipped_items > 0 && (
                    <span class="feed-skipped">
                      {" "}
                      ({f.skipped_items} left out by the per-feed limit in the last fetch)
                    </span>
                  )}
                </td>
                <td data-label="Used in incidents">{f.items_used}</td>
                <td data-label="Not relevant">{f.items_not_relevant}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
