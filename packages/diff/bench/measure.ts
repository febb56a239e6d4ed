/**
 * Timing: each contender warms up, then all take turns run by run, so that none always runs
 * first or after the garbage collector was fed by another.
 */
import { performance } from 'node:perf_hooks';

/** How much: the full run, or BENCH_QUICK's smoke run. */
export interface Plan {
  readonly warmup: number;
  readonly runs: number;
}

export const FULL_PLAN: Plan = { warmup: 50, runs: 200 };
export const QUICK_PLAN: Plan = { warmup: 3, runs: 20 };

/** One operation under test. */
export interface Contender {
  readonly name: string;
  run(): unknown;
}

/** Milliseconds per run at the median and the 95th percentile. */
export interface Timing {
  readonly name: string;
  readonly p50: number;
  readonly p95: number;
  readonly runs: number;
}

/** Times every contender `plan.runs` times, interleaved, after `plan.warmup` untimed runs each. */
export function measure(contenders: readonly Contender[], plan: Plan): Timing[] {
  for (const contender of contenders) {
    for (let run = 0; run < plan.warmup; run += 1) contender.run();
  }
  const samples = contenders.map(() => [] as number[]);
  for (let run = 0; run < plan.runs; run += 1) {
    contenders.forEach((contender, index) => {
      const start = performance.now();
      contender.run();
      samples[index]?.push(performance.now() - start);
    });
  }
  return contenders.map((contender, index) => {
    const sorted = [...(samples[index] ?? [])].sort((a, b) => a - b);
    return {
      name: contender.name,
      p50: percentile(sorted, 0.5),
      p95: percentile(sorted, 0.95),
      runs: sorted.length,
    };
  });
}

/** Nearest rank: the smallest sample at or above the fraction `p` of all samples. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN;
}
