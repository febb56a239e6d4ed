import type { Cell, Row } from './rows.js';

/** `ours / best peer`, or undefined when ours or every peer has no number. */
export function ratioOf(row: Row): number | undefined {
  const [ours, ...peers] = row.values;
  const numbers = peers.filter((cell): cell is number => typeof cell === 'number');
  if (typeof ours !== 'number' || numbers.length === 0) return undefined;
  const best = row.better === 'lower' ? Math.min(...numbers) : Math.max(...numbers);
  return ours / best;
}

/** Whether ours meets the row's goal; undefined when the row has none or no ratio. */
export function goalMet(row: Row): boolean | undefined {
  const ratio = ratioOf(row);
  if (row.goal === undefined || ratio === undefined) return undefined;
  return row.better === 'lower' ? ratio <= row.goal.ratio : ratio >= row.goal.ratio;
}

/** The table as Markdown: a column per server, the ratio, and the goal with a mark. */
export function renderTable(rows: readonly Row[], servers: readonly string[]): string {
  const header = `| figure | better | ${servers.join(' | ')} | ours / best peer | goal |`;
  const rule = `|---|---|${servers.map(() => '---:|').join('')}---:|---|`;
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    const met = goalMet(row);
    const goal =
      row.goal === undefined
        ? ''
        : `${row.better === 'lower' ? '≤' : '≥'} ${row.goal.ratio.toFixed(2)} ${met === undefined ? '?' : met ? '✓' : '✗'}`;
    const cells = [
      row.label,
      row.better,
      ...row.values.map((cell) => formatCell(cell, row.digits)),
      ratio === undefined ? '—' : ratio.toFixed(2),
      goal,
    ];
    return `| ${cells.join(' | ')} |`;
  });
  return [header, rule, ...lines].join('\n');
}

/** The closing line: which goals are met and which are not. */
export function renderVerdict(rows: readonly Row[]): string {
  const judged = rows.filter((row) => row.goal !== undefined);
  const met = judged
    .filter((row) => goalMet(row) === true)
    .map((row) => row.goal?.name ?? row.label);
  const missed = judged
    .filter((row) => goalMet(row) === false)
    .map((row) => row.goal?.name ?? row.label);
  const unknown = judged
    .filter((row) => goalMet(row) === undefined)
    .map((row) => row.goal?.name ?? row.label);
  const parts = [`Goals met: ${met.length} of ${judged.length}`];
  if (met.length > 0) parts.push(`met: ${met.join('; ')}`);
  if (missed.length > 0) parts.push(`not met: ${missed.join('; ')}`);
  if (unknown.length > 0) parts.push(`not measured: ${unknown.join('; ')}`);
  return `${parts.join('. ')}.`;
}

const formats = new Map<number, Intl.NumberFormat>();

function formatCell(cell: Cell, digits: number): string {
  if (typeof cell !== 'number') return cell;
  let format = formats.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(digits, format);
  }
  return format.format(cell);
}
