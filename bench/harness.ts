/** One measured figure; `baseline` is the same measure on the floor implementation, run side by side. */
export interface BenchRow {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  baseline?: number;
  target?: string;
}

/** What every `bench/*.bench.ts` exports. */
export interface BenchModule {
  title: string;
  run(log: (line: string) => void): Promise<BenchRow[]>;
}

/** Percentile of a numeric sample (nearest-rank). */
export function percentile(sample: number[], p: number): number {
  if (sample.length === 0) return NaN;
  const sorted = [...sample].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Median of a numeric sample (the upper one of an even sample). */
export function median(sample: number[]): number {
  return [...sample].sort((a, b) => a - b)[Math.floor(sample.length / 2)]!;
}

/** Runs `task` over 0..count-1 with at most `limit` in flight: a floor's only politeness. */
export async function pool(count: number, limit: number, task: (i: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) await task(next++);
    }),
  );
}
