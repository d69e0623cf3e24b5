/** An API answer that was not 2xx, carrying the API's own `{error}` text. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * Answers the server inlined into index.html, keyed by API URL. Each is used once, by the first
 * render that asks for exactly that URL, so later visits to the same view fetch fresh data.
 */
const initial: Record<string, unknown> = readInitialData();

function readInitialData(): Record<string, unknown> {
  const el = typeof document === "undefined" ? null : document.getElementById("initial-data");
  if (!el?.textContent) return {};
  try {
    return JSON.parse(el.textContent) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The inlined answer for `url`, if the server sent one and nobody has used it yet. */
export function takeInitial<T>(url: string): T | undefined {
  if (!(url in initial)) return undefined;
  const value = initial[url] as T;
  delete initial[url];
  return value;
}

/** GETs JSON from the API; a non-2xx answer becomes an `ApiError` with the API's message. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { Accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
  if (!res.ok) throw new ApiError(typeof body?.error === "string" ? body.error : `HTTP ${res.status}`, res.status);
  return body as T;
}
