import { ratioOf } from './render-table.js';
import type { Cell } from './rows.js';

/**
 * A line of the meeting and trace tables: a figure for each server, "ours / best peer", and a
 * goal of its own (the issue states these against Hocuspocus, or as an absolute bound).
 */
export interface GoalRow {
  readonly label: string;
  readonly better: 'lower' | 'higher';
  readonly digits: number;
  /** In the subjects' order: ours first. */
  readonly values: readonly Cell[];
  readonly goal?: {
    readonly name: string;
    /** Undefined when a figure it needs is missing. */
    readonly met: (values: readonly Cell[]) => boolean | undefined;
  };
}

/** Ours against the server named `peer`, at most (lower) or at least (higher) `ratio` times it. */
export function againstPeer(
  subjects: readonly string[],
  peer: string,
  { ratio, better }: { readonly ratio: number; readonly better: 'lower' | 'higher' },
): (values: readonly Cell[]) => boolean | undefined {
  const index = subjects.indexOf(peer);
  return ([ours, ...rest]) => {
    const theirs = index < 1 ? undefined : rest[index - 1];
    if (typeof ours !== 'number' || typeof theirs !== 'number') return undefined;
    return better === 'lower' ? ours <= theirs * ratio : ours >= theirs * ratio;
  };
}

/** Ours at most `bound`. */
export function atMost(bound: number): (values: readonly Cell[]) => boolean | undefined {
  return ([ours]) => (typeof ours === 'number' ? ours <= bound : undefined);
}

export function renderGoalTable(rows: readonly GoalRow[], subjects: readonly string[]): string {
  const header = `| figure | ${subjects.join(' | ')} | ours / best peer | goal |`;
  const rule = `|---|${subjects.map(() => '---:|').join('')}---:|---|`;
  const lines = rows.map((row) => {
    const { label, better, digits, values } = row;
    const ratio = ratioOf({ label, better, digits, values });
    const met = row.goal?.met(row.values);
    const goal =
      row.goal === undefined ? '' : `${row.goal.name} ${met === undefined ? '?' : met ? '✓' : '✗'}`;
    const cells = [
      row.label,
      ...row.values.map((cell) => formatCell(cell, row.digits)),
      ratio === undefined || !Number.isFinite(ratio) ? '—' : `${ratio.toFixed(2)}x`,
      goal,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}

/** Which goals are met, which are not, which could not be judged. */
export function renderGoalVerdict(rows: readonly GoalRow[]): string {
  const judged = rows.filter((row) => row.goal !== undefined);
  const named = (wanted: boolean | undefined) =>
    judged
      .filter((row) => row.goal?.met(row.values) === wanted)
      .map((row) => `${row.label}: ${row.goal?.name ?? ''}`);
  const met = named(true);
  const parts = [`Goals met: ${met.length} of ${judged.length}`];
  if (met.length > 0) parts.push(`met: ${met.join('; ')}`);
  const missed = named(false);
  if (missed.length > 0) parts.push(`not met: ${missed.join('; ')}`);
  const unknown = named(undefined);
  if (unknown.length > 0) parts.push(`not measured: ${unknown.join('; ')}`);
  return `${parts.join('. ')}.`;
}

function formatCell(cell: Cell, digits: number): string {
  if (typeof cell !== 'number') return cell;
  return cell.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}
