import { searchQuery, type SearchState } from "../../lib/search-url";
import { Link } from "../layout/link";

/** Previous/next links with "page X of Y"; real links, so each page of results is shareable. */
export function Pagination(props: { state: SearchState; total: number; limit: number }) {
  const pages = Math.max(1, Math.ceil(props.total / props.limit));
  if (pages <= 1) return null;
  const page = Math.min(props.state.page, pages);
  const href = (p: number) => `/${searchQuery({ ...props.state, page: p })}`;
  return (
    <nav class="pagination" aria-label="Result pages">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
