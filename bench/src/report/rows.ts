import type { Plan } from '../plan.js';
import type { Figures, Outcome } from './figures.js';

/** One line of the table: a figure for each server, and the goal ours is held to, if any. */
export interface Row {
  readonly label: string;
  readonly better: 'lower' | 'higher';
  readonly digits: number;
  readonly values: readonly Cell[];
  /** The most `ours / best peer` may be (lower is better) or the least (higher is better). */
  readonly goal?: { readonly ratio: number; readonly name: string };
}

export type Cell = number | 'n/a' | 'failed';

/** The report's rows, in the order the brief lists the figures; `figures[0]` is ours. */
export function buildRows(figures: readonly Figures[], plan: Plan): Row[] {
  const cells = <T>(
    pick: (figure: Figures) => Outcome<T> | undefined,
    value: (measured: T) => number,
  ) =>
    figures.map((figure): Cell => {
      const outcome = pick(figure);
      if (outcome === undefined || outcome.kind === 'failed') return 'failed';
      if (outcome.kind === 'not-applicable') return 'n/a';
      return value(outcome.value);
    });
  const rows: Row[] = [];
  for (const clients of plan.latency.clientCounts) {
    const latency = (figure: Figures) => figure.latency.get(clients);
    rows.push({
      label: `fan-out latency p50, ${clients} clients (ms)`,
      better: 'lower',
      digits: 2,
      values: cells(latency, (measured) => measured.p50),
    });
    rows.push({
      label: `fan-out latency p99, ${clients} clients (ms)`,
      better: 'lower',
      digits: 2,
      values: cells(latency, (measured) => measured.p99),
      goal: { ratio: 1.25, name: `p99 with ${clients} clients at most 1.25x the best peer` },
    });
  }
  rows.push({
    label: `sustained accepted updates/s, ${plan.throughput.writers} writers`,
    better: 'higher',
    digits: 0,
    values: cells(
      (figure) => figure.throughput,
      (measured) => measured.updatesPerSecond,
    ),
    goal: { ratio: 1, name: 'throughput at least the best peer' },
  });
  rows.push({
    label: `cold sync of ${count(plan.coldSync.updates)} stored updates after a restart (ms)`,
    better: 'lower',
    digits: 0,
    values: cells(
      (figure) => figure.coldSync,
      (measured) => measured.ms,
    ),
    goal: { ratio: 1, name: 'cold sync at least as fast as the best peer' },
  });
  rows.push({
    label: `server RSS per open draft, ${count(plan.memory.drafts)} drafts (KiB)`,
    better: 'lower',
    digits: 1,
    values: cells(
      (figure) => figure.memory,
      (measured) => measured.perDraftKiB,
    ),
    goal: { ratio: 1, name: 'RSS per open draft no higher than the best peer' },
  });
  return rows;
}

function count(value: number): string {
  return value.toLocaleString('en-US');
}
