import { describe, expect, it } from "vitest";
import { createLimiter } from "../../src/fetch/limiter";

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("createLimiter", () => {
  it("runs tasks of one key in arrival order, one at a time", async () => {
    const limiter = createLimiter(4);
    const events: string[] = [];
    await Promise.all(
      ["a", "b", "c"].map((name) =>
        limiter.run("host", async () => {
          events.push(`start ${name}`);
          await tick();
          events.push(`end ${name}`);
        }),
      ),
    );
    expect(events).toEqual(["start a", "end a", "start b", "end b", "start c", "end c"]);
  });

  it("lets a task on an idle host run while another host is busy", async () => {
    const limiter = createLimiter(2);
    const order: string[] = [];
    const slow = limiter.run("busy", async () => {
      await tick();
      await tick();
      order.push("busy 1");
    });
    const queued = limiter.run("busy", async () => void order.push("busy 2"));
    const other = limiter.run("idle", async () => void order.push("idle"));
    await Promise.all([slow, queued, other]);
    expect(order).toEqual(["idle", "busy 1", "busy 2"]);
  });

  it("keeps the global limit across keys and frees a slot when a task fails", async () => {
    const limiter = createLimiter(2);
    let active = 0;
    let peak = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        limiter.run(`host-${i}`, async () => {
          active += 1;
          peak = Math.max(peak, active);
          await tick();
          active -= 1;
          if (i === 0) throw new Error("boom");
          return i;
        }),
      ),
    );
    expect(peak).toBe(2);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
  });
});
