import type { MiddlewareHandler } from 'hono';
import { problem } from '../problem.js';

export interface HeavyReadsOptions {
  /** How many heavy reads this instance computes at once. */
  readonly limit: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  readonly retryAfterSeconds?: number;
}

/**
 * Bounds how many heavy reads run at once: those that replay a draft (the draft, time travel,
 * authors), compare two states (diffs) or write a file (exports). Each holds the whole document
 * in memory, several times over while rendering: six at once of a 30 MB draft took the process
 * to 1.36 GB and /healthz to 2 s. Beyond the limit the answer is at once a 503 `busy` with
 * Retry-After, which clients and proxies retry, rather than a queue that grows with the load.
 */
export function boundHeavyReads({
  limit,
  retryAfterSeconds = 1,
}: HeavyReadsOptions): MiddlewareHandler {
  let running = 0;
  return async function boundHeavyReads(c, next) {
    if (running >= limit) {
      const refused = problem(503, {
        code: 'busy',
        title: 'Busy',
        detail: `This instance is already computing ${limit} drafts, diffs or exports; try again in ${retryAfterSeconds} s.`,
      });
      refused.headers.set('retry-after', String(retryAfterSeconds));
      return refused;
    }
    running += 1;
    return next().finally(() => {
      running -= 1;
    });
  };
}
