import type { TiptapNode } from '@rapporteur/diff';

/**
 * A table as a GFM pipe table. The first row is the header row, as Markdown requires one (the
 * editor inserts tables with a header row). A cell spanning columns is followed by empty cells
 * so that every row has as many cells as the widest; a pipe in a cell is escaped.
 */
export function markdownTable(table: TiptapNode, cellText: (cell: TiptapNode) => string): string {
  const rows = (table.content ?? []).map((row) =>
    (row.content ?? []).flatMap((cell) => {
      const span = typeof cell.attrs?.['colspan'] === 'number' ? cell.attrs['colspan'] : 1;
      const text = cellText(cell).replaceAll('|', '\\|');
      return [text, ...new Array<string>(Math.max(0, span - 1)).fill('')];
    }),
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  const line = (cells: readonly string[]): string =>
    `| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(new Array<string>(width).fill('---')), ...body.map(line)].join('\n');
}
