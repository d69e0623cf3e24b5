/** Runs tasks with at most `concurrency` in flight overall and one at a time per key (host). */
export interface Limiter {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/** A FIFO limiter: per-key queues first, so a task waiting on a busy host never holds a global slot. */
export function createLimiter(concurrency: number): Limiter {
  const hostTails = new Map<string, Promise<void>>();
  let active = 0;
  const waiting: Array<() => void> = [];

  const acquireGlobal = (): Promise<void> => {
    if (active < concurrency) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const releaseGlobal = () => {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `active` only drops when nobody waits.
    if (next) next();
    else active -= 1;
  };

  return {
    async run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const previous = hostTails.get(key) ?? Promise.resolve();
      let releaseHost!: () => void;
      const mine = new Promise<void>((resolve) => (releaseHost = resolve));
      const tail = previous.then(() => mine);
      hostTails.set(key, tail);
      await previous;
      try {
        await acquireGlobal();
        try {
          return await task();
        } finally {
          releaseGlobal();
        }
      } finally {
        releaseHost();
        if (hostTails.get(key) === tail) hostTails.delete(key);
      }
    },
  };
}
