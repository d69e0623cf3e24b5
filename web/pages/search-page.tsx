import { useEffect, useRef, useState } from "preact/hooks";
import type { SearchResult } from "../../src/model";
import { FacetSidebar, type FacetAction } from "../components/search/facet-sidebar";
import { FilterChips } from "../components/search/filter-chips";
import { FirstRunNotice } from "../components/search/first-run";
import { QueryReadings, SearchSyntax } from "../components/search/query-help";
import { IncidentCard } from "../components/search/incident-card";
import { Pagination } from "../components/search/pagination";
import { SubscribeBox } from "../components/subscribe/subscribe-box";
import { useApi } from "../hooks/use-api";
import { useDocumentTitle } from "../hooks/use-document-title";
import { plural } from "../lib/format";
import { rememberOpened, takeOpened } from "../lib/return-focus";
import { navigate } from "../lib/router";
import { filterQuery, parseSearch, searchQuery, toggleFilter, yearRange, type SearchState } from "../lib/search-url";
import { viewFeedTitle } from "../lib/subscriptions";

/** How long typing must pause before the URL (and so the search) follows. */
const DEBOUNCE_MS = 200;

/** Search / home: search-as-you-type, facets, chips, sort, pages and the view's digest URLs, all driven by the URL. */
export function SearchPage(props: { search: string }) {
  const state = parseSearch(props.search);
  const query = searchQuery(state);
  const result = useApi<SearchResult>(`/api/incidents${query}`);
  const [text, setText] = useState(state.q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The first search of a bout of typing gets a history entry of its own, so Back returns to the view
  // before typing; the searches after it, until the box loses focus, replace that entry.
  const typing = useRef(false);
  useDocumentTitle(state.q ? `“${state.q}”` : "Search");

  // Back/forward or a removed chip changes q under the box: follow it unless the user is mid-typing.
  // The URL's q is trimmed, so a box that differs only by spaces is left alone (the user may be about to type a second word).
  useEffect(() => {
    if (timer.current === undefined) setText((t) => (t.trim() === state.q.trim() ? t : state.q));
  }, [state.q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const go = (next: SearchState, replace = false) => navigate(`/${searchQuery(next)}`, { replace });
  const commitText = (value: string) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const current = parseSearch(location.search);
    if (value.trim() === current.q.trim()) return;
    go({ ...current, q: value, page: 1 }, typing.current);
    typing.current = true;
  };
  const onToggle = (a: FacetAction) => {
    if (a.key === "year") {
      const r = yearRange(a.value);
      const same = state.since === r.since && state.until === r.until;
      go({ ...state, ...(same ? { since: "", until: "" } : r), page: 1 });
    } else go(toggleFilter(state, a.key, a.value));
  };

  const data = result.data;
  // Back from an incident opened here: focus returns to its link once the results are on screen.
  useEffect(() => {
    if (!data) return;
    const href = takeOpened(location.pathname + location.search);
    if (href) document.querySelector<HTMLAnchorElement>(`.results a[href="${CSS.escape(href)}"]`)?.focus();
  }, [data]);
  const sortValue = state.sort || (state.q ? "relevance" : "newest");
  return (
    <div class="search-layout">
      <div class="search-main">
        <h1 class="visually-hidden">Search healthcare cyber incidents</h1>
        <form
          role="search"
          class="search-form"
          onSubmit={(e) => {
            e.preventDefault();
            commitText(text);
          }}
        >
          <label for="q">Search incidents</label>
          <div class="search-row">
            <input
              id="q"
              type="search"
              value={text}
              autoComplete="off"
              placeholder="Group, hospital, country… e.g. LockBit"
              onBlur={() => {
                typing.current = false;
              }}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setText(value);
                clearTimeout(timer.current);
                timer.current = setTimeout(() => commitText(value), DEBOUNCE_MS);
              }}
            />
            <span class="sort">
              <label for="sort" class="sort-label">
                Sort by
              </label>
              <select
                id="sort"
                value={sortValue}
                onChange={(e) => go({ ...state, sort: e.currentTarget.value as SearchState["sort"], page: 1 })}
              >
                <option value="newest">Newest</option>
                <option value="relevance">Relevance</option>
              </select>
            </span>
          </div>
          <SearchSyntax />
        </form>
        <FilterChips
          state={state}
          onChange={(next) => go(next)}
          groupNames={Object.keys(data?.facets.attacker_groups ?? {})}
        />
        {data?.readings && <QueryReadings readings={data.readings} />}
        <div class="result-bar">
          <p class="result-count" role="status" aria-live="polite">
            {result.error ? "" : data ? `${plural(data.total, "incident")} found` : "Searching…"}
          </p>
          <span class="jumps">
            {/* The subscribe box sits beside the results on wide screens and below them on phones; this reaches it from the top. */}
            <a class="jump-to-subscribe" href="#subscribe">
              Subscribe
            </a>
            {/* On phones the facets sit below the results; this jumps there. */}
            <a class="jump-to-facets" href="#facets-title">
              Refine results
            </a>
          </span>
        </div>
        {result.error && (
          <p class="error" role="alert">
            The search failed: {result.error}
          </p>
        )}
        <section
          aria-label="Results"
          aria-busy={result.loading}
          onClickCapture={(e) => {
            // Capture: the link's own handler navigates, after which this page's address is gone.
            const link = (e.target as Element).closest?.('a[href^="/incidents/"]');
            if (link) rememberOpened(link.getAttribute("href")!);
          }}
        >
          {data && data.total === 0 && filterQuery(state) === "" && <FirstRunNotice />}
          {data && data.hits.length === 0 && (data.total > 0 || filterQuery(state) !== "") && (
            <p class="empty">No incidents match. Try fewer words or remove a filter.</p>
          )}
          <ol class="results">
            {data?.hits.map((hit) => (
              <li key={hit.id}>
                <IncidentCard hit={hit} headingLevel={2} />
              </li>
            ))}
          </ol>
          {data && <Pagination state={state} total={data.total} limit={data.limit} />}
        </section>
      </div>
      <div class="search-side">
        {data && <FacetSidebar facets={data.facets} state={state} onToggle={onToggle} />}
        <SubscribeBox filters={filterQuery(state)} title={viewFeedTitle(state)} />
      </div>
    </div>
  );
}
