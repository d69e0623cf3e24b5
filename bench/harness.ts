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
