import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { Link } from "./components/layout/link";
import { Shell } from "./components/layout/shell";
import { useDocumentTitle } from "./hooks/use-document-title";
import { useLocation } from "./lib/router";
import { FeedsPage } from "./pages/feeds-page";
import { GroupPage } from "./pages/group-page";
import { GroupsPage } from "./pages/groups-page";
import { IncidentPage } from "./pages/incident-page";
import { OverviewPage } from "./pages/overview-page";
import { SearchPage } from "./pages/search-page";
import "./styles.css";

/** A path segment as text; a malformed escape is kept as typed rather than crashing the page. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function NotFound() {
  useDocumentTitle("Not found");
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to the search</Link>
      </p>
    </>
  );
}

/** Picks the page for a path; the pages read everything else from the query string. */
function Route(props: { path: string; search: string }) {
  const { path } = props;
  if (path === "/") return <SearchPage search={props.search} />;
  if (path === "/overview") return <OverviewPage />;
  if (path === "/feeds") return <FeedsPage />;
  if (path === "/groups" || path === "/groups/") return <GroupsPage />;
  const incident = /^\/incidents\/([^/]+)\/?$/.exec(path);
  if (incident) return <IncidentPage key={incident[1]} id={decodeSegment(incident[1]!)} />;
  const group = /^\/groups\/([^/]+)\/?$/.exec(path);
  if (group) return <GroupPage key={group[1]} slug={decodeSegment(group[1]!)} />;
  return <NotFound />;
}

function App() {
  const { path, search } = useLocation();
  const previous = useRef(path);
  // After moving to another page, put focus on <main> so keyboard and screen-reader users start at the new content.
  useEffect(() => {
    if (previous.current === path) return;
    previous.current = path;
    // A page that already put focus inside (Back to a list focuses the result opened) keeps it.
    const main = document.getElementById("main");
    if (main && !main.contains(document.activeElement)) main.focus();
  }, [path]);
  return (
    <Shell path={path}>
      <Route path={path} search={search} />
    </Shell>
  );
}

render(<App />, document.getElementById("app")!);
