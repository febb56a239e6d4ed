import type { TiptapNode } from '@rapporteur/diff';
import { Paragraph, ShadingType, Table, TableCell, TableRow, WidthType } from 'docx';

import type { RunBase } from './docx-inline.js';
import { TEXT_WIDTH } from './docx-styles.js';

type CellBlocks = (blocks: readonly TiptapNode[], runBase: RunBase) => (Paragraph | Table)[];

function span(cell: TiptapNode, attribute: 'colspan' | 'rowspan'): number {
  const value = cell.attrs?.[attribute];
  return typeof value === 'number' && value > 1 ? value : 1;
}

/**
 * A document table as a Word table across the text width, columns of equal width, header
 * cells bold on a grey ground, a header row repeated on every page, merged cells kept merged.
 */
export function docxTable(table: TiptapNode, cellBlocks: CellBlocks): Table {
  const rows = table.content ?? [];
  const columns = Math.max(
    1,
    ...rows.map((row) => (row.content ?? []).reduce((sum, cell) => sum + span(cell, 'colspan'), 0)),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: new Array<number>(columns).fill(Math.floor(TEXT_WIDTH / columns)),
    rows: rows.map((row) => {
      const cells = row.content ?? [];
      const isHeader = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader');
      return new TableRow({
        tableHeader: isHeader,
        cantSplit: true,
        children: cells.map((cell) => {
          const header = cell.type === 'tableHeader';
          const blocks = cellBlocks(cell.content ?? [], header ? { bold: true } : {});
          return new TableCell({
            // Word refuses a cell without a paragraph.
            children: blocks.length > 0 ? blocks : [new Paragraph({})],
            columnSpan: span(cell, 'colspan'),
            rowSpan: span(cell, 'rowspan'),
            margins: { top: 40, bottom: 40, left: 100, right: 100 },
            ...(header
              ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } }
              : {}),
          });
        }),
      });
    }),
  });
}
