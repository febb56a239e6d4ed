import type { ColdSyncFigure } from '../scenarios/cold-sync.js';
import type { LatencyFigure } from '../scenarios/fan-out-latency.js';
import type { MemoryFigure } from '../scenarios/memory-per-draft.js';
import type { ThroughputFigure } from '../scenarios/throughput.js';

/** A measurement, or why there is none. */
export type Outcome<T> =
  | { readonly kind: 'measured'; readonly value: T }
  | { readonly kind: 'not-applicable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly error: string };

/** Everything measured on one server. */
export interface Figures {
  readonly latency: ReadonlyMap<number, Outcome<LatencyFigure>>;
  readonly throughput: Outcome<ThroughputFigure>;
  readonly coldSync: Outcome<ColdSyncFigure>;
  readonly memory: Outcome<MemoryFigure>;
}

/** Runs `measure`, turning a throw into a `failed` outcome so that the other lines still run. */
export async function attempt<T>(what: string, measure: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { kind: 'measured', value: await measure() };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`  ${what} failed: ${message}\n`);
    return { kind: 'failed', error: message };
  }
}
