/**
 * Returns a function to await between units of long work: after `budgetMs` of work it gives the
 * event loop a turn (a timer, not a microtask, so I/O such as HTTP requests gets served), otherwise
 * it returns at once. Work over synchronous SQLite never yields by itself: its promises settle as
 * microtasks, which starve every request while a poll runs.
 */
export function createYielder(budgetMs = 10): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    since = performance.now();
  };
}
