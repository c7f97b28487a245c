import { performance } from 'node:perf_hooks';
import { addDays } from '../src/common/time-zone.js';
import type { ResponseCell } from '../src/database/seeders/demo-responses.js';

/** One JSON line per measurement: machine-readable, with its target beside it. */
export const report = (name: string, figures: Record<string, number | string | boolean | null>) => console.log(JSON.stringify({ bench: name, ...figures }));
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const round = (ms: number) => Math.round(ms * 100) / 100;

/** Runs `work` n times in a row (after `warmup` unmeasured runs): median, p95 and max in milliseconds. */
export async function timed(n: number, work: () => Promise<unknown>, warmup = 0) {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { runs: n, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), max_ms: round(times[times.length - 1]) };
}

/** A year of benchmark survey responses up to `today` for the given cells (both PostgreSQL benchmarks seed them so). */
export const yearOfResponses = (today: string, cells: ResponseCell[]) => ({
  source: 'bench-seed',
  externalIdPrefix: 'seed-',
  firstDay: addDays(today, -365),
  days: 365,
  passiveShare: 0.3,
  commentShare: 0.02,
  comments: { detractor: ['Too slow.'], passive: ['Fine.'], promoter: ['Great.'] },
  cells,
});
