import type { Store } from "../store/store";

/**
 * The poll lease as one poll holds it. It is renewed by a heartbeat and before every write, and once
 * renewing fails because another poll holds it (this one stalled past its expiry: frozen, suspended, its
 * clock jumped), it stays lost: the stalled poll writes nothing more, even if the other poll has since let go.
 */
export interface PollLease {
  acquire(): Promise<boolean>;
  /** True while this poll still holds the lease; renews it for another `leaseMs`. */
  renew(): Promise<boolean>;
  readonly lost: boolean;
  release(): Promise<void>;
}

export function createPollLease(store: Store, holder: string, clock: () => Date, leaseMs: number): PollLease {
  let lost = false;
  const take = () => {
    const now = clock();
    return store.tryLock("poll", holder, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString());
  };
  return {
    acquire: take,
    async renew() {
      if (lost) return false;
      if (await take()) return true;
      lost = true;
      console.error(
        `medbreach poll: another poll took over the poll lease of ${holder} (it stalled past the lease's expiry); this poll writes nothing more`,
      );
      return false;
    },
    get lost() {
      return lost;
    },
    release: () => store.releaseLock("poll", holder),
  };
}
