import type { TiptapNode } from '@rapporteur/diff';

import type { PdfContent } from './pdf-engine.js';

type CellBlocks = (blocks: readonly TiptapNode[]) => PdfContent[];

function span(cell: TiptapNode, attribute: 'colspan' | 'rowspan'): number {
  const value = cell.attrs?.[attribute];
  return typeof value === 'number' && value > 1 ? value : 1;
}

/**
 * A document table as a pdfmake table across the text width, columns of equal width, thin
 * rules, header cells bold on a grey ground, the header row repeated on every page. pdfmake
 * wants a full grid: a merged cell is followed by empty cells where it spans.
 */
export function pdfTable(table: TiptapNode, cellBlocks: CellBlocks): PdfContent {
  const rows = table.content ?? [];
  const grid: PdfContent[][] = rows.map(() => []);
  const taken = rows.map(() => new Set<number>());
  rows.forEach((row, rowIndex) => {
    let column = 0;
    for (const cell of row.content ?? []) {
      while (taken[rowIndex]?.has(column)) column += 1;
      const colSpan = span(cell, 'colspan');
      const rowSpan = Math.min(span(cell, 'rowspan'), rows.length - rowIndex);
      const header = cell.type === 'tableHeader';
      for (let r = rowIndex; r < rowIndex + rowSpan; r += 1) {
        for (let c = column; c < column + colSpan; c += 1) taken[r]?.add(c);
      }
      const target = grid[rowIndex] as PdfContent[];
      target[column] = {
        stack: cellBlocks(cell.content ?? []),
        ...(colSpan > 1 ? { colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        ...(header ? { bold: true, fillColor: '#e7e6e6' } : {}),
      };
      column += colSpan;
    }
  });
  const columns = Math.max(1, ...taken.map((cells) => Math.max(0, ...cells) + 1));
  const body = grid.map((row) => Array.from({ length: columns }, (_, index) => row[index] ?? ''));
  const first = rows[0]?.content ?? [];
  const headerRows = first.length > 0 && first.every((cell) => cell.type === 'tableHeader') ? 1 : 0;
  return {
    table: { headerRows, widths: new Array<string>(columns).fill('*'), body, dontBreakRows: true },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    style: 'table',
  };
}
