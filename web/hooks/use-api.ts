import { useEffect, useRef, useState } from "preact/hooks";
import { getJson, takeInitial } from "../lib/api-client";

/** What a page knows about one API call: the last answer (kept while the next one loads), or the error. */
export interface ApiState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
}

/**
 * GETs `url` whenever it changes (null: nothing to fetch). A newer URL aborts the older request, so a
 * slow answer to a stale query never overwrites a fresh one. The server's inlined answer is used on first render.
 */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>(() => {
    const data = url ? takeInitial<T>(url) : undefined;
    return { data, error: null, loading: url !== null && data === undefined };
  });
  // The URL whose answer `state` holds; the inlined answer counts as already fetched.
  const loaded = useRef<string | null>(state.data !== undefined ? url : null);
  useEffect(() => {
    // Back to the URL whose answer is on screen (e.g. typing then undoing): stop showing "loading".
    if (url === null || loaded.current === url) return void setState((s) => (s.loading ? { ...s, loading: false } : s));
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    getJson<T>(url, controller.signal).then(
      (data) => {
        loaded.current = url;
        setState({ data, error: null, loading: false });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        loaded.current = url;
        setState((s) => ({ ...s, error: err instanceof Error ? err.message : String(err), loading: false }));
      },
    );
    return () => controller.abort();
  }, [url]);
  return state;
}
