import { useEffect, useState } from "preact/hooks";

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());
if (typeof window !== "undefined") window.addEventListener("popstate", notify);

/** Moves to `href` inside the app; `replace` keeps typing from filling the history with one entry per keystroke. */
export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (href === location.pathname + location.search) return;
  history[options.replace ? "replaceState" : "pushState"](null, "", href);
  if (!options.replace) window.scrollTo(0, 0);
  notify();
}

/** The current path and query string, re-rendering on every navigation. */
export function useLocation(): { path: string; search: string } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const onChange = () => setTick((n) => n + 1);
    listeners.add(onChange);
    return () => void listeners.delete(onChange);
  }, []);
  return { path: location.pathname, search: location.search };
}

/** Click handler for in-app links: plain left clicks navigate without a reload; modified clicks keep the browser's behaviour. */
export function onLinkClick(event: MouseEvent): void {
  const a = (event.currentTarget as HTMLAnchorElement | null) ?? null;
  if (
    !a ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  if (a.target || a.origin !== location.origin) return;
  event.preventDefault();
  navigate(a.pathname + a.search);
}
