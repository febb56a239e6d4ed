/**
 * Timing: each side warms up, then the two take turns for a few rounds in ABBA order, so that
 * neither always runs first, on a fuller table or after the other's checkpoint.
 */
import { performance } from 'node:perf_hooks';
import type { Subject } from './workload.js';

/** How long and how much: the full run, or BENCH_QUICK's smoke run. */
export interface Plan {
  readonly warmupMs: number;
  readonly rounds: number;
  readonly roundMs: number;
  readonly batchSize: number;
  readonly pageSize: number;
  /** The log is topped up to at least this many events before the read line. */
  readonly readLogEvents: number;
}

// Twelve short rounds rather than four long ones, the same time per side: on a machine shared
// with other work, a burst of someone else's load then falls on both sides about equally.
export const FULL_PLAN: Plan = {
  warmupMs: 300,
  rounds: 12,
  roundMs: 200,
  batchSize: 100,
  pageSize: 1000,
  readLogEvents: 50_000,
};

export const QUICK_PLAN: Plan = {
  warmupMs: 5,
  rounds: 2,
  roundMs: 15,
  batchSize: 100,
  pageSize: 1000,
  readLogEvents: 2_000,
};

/** One operation under test: `unit` does one piece of work and says how many things it did. */
export interface Contest {
  /** Concurrent loops, each calling `unit` with its own writer number (default 1). */
  readonly writers?: number;
  unit(subject: Subject, writer: number): Promise<number>;
}

/** Things per second on each side. */
export interface Outcome {
  readonly ours: number;
  readonly bare: number;
}

interface Tally {
  count: number;
  seconds: number;
}

/** Measures `contest` on both sides of `pair`, alternating, and returns their rates. */
export async function compare(
  pair: { readonly ours: Subject; readonly bare: Subject },
  contest: Contest,
  plan: Plan,
): Promise<Outcome> {
  await runFor(pair.ours, contest, plan.warmupMs);
  await runFor(pair.bare, contest, plan.warmupMs);
  const ours: Tally = { count: 0, seconds: 0 };
  const bare: Tally = { count: 0, seconds: 0 };
  for (let round = 0; round < plan.rounds; round += 1) {
    const order: [Subject, Tally][] = [
      [pair.ours, ours],
      [pair.bare, bare],
    ];
    if (round % 2 === 1) order.reverse();
    for (const [subject, tally] of order) {
      const done = await runFor(subject, contest, plan.roundMs);
      tally.count += done.count;
      tally.seconds += done.seconds;
    }
  }
  return { ours: ours.count / ours.seconds, bare: bare.count / bare.seconds };
}

/** Runs the contest's loops on one subject until `ms` have passed; every loop does at least one unit. */
async function runFor(subject: Subject, contest: Contest, ms: number): Promise<Tally> {
  const started = performance.now();
  const deadline = started + ms;
  let count = 0;
  const loop = async (writer: number): Promise<void> => {
    do {
      // Await first, then add: `count += await ...` would read `count` before the await and
      // lose the other writers' progress made meanwhile.
      const done = await contest.unit(subject, writer);
      count += done;
    } while (performance.now() < deadline);
  };
  const writers = Array.from({ length: contest.writers ?? 1 }, (_, writer) => loop(writer));
  await Promise.all(writers);
  return { count, seconds: (performance.now() - started) / 1000 };
}
