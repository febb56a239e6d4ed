import {
  approvalRecord,
  coverSymbol,
  originalLine,
  type ExportCover,
} from '../cover/export-cover.js';
import { longDate } from '../cover/human-dates.js';
import type { FrontMatter } from '../document/front-matter.js';
import { inlinePieces } from '../document/inline-pieces.js';
import type { NoteList } from '../document/note-list.js';
import type { PdfContent } from './pdf-engine.js';
import { pdfRuns } from './pdf-inline.js';

const rule = (width: number, margin: readonly number[] = [0, 0, 0, 0]): PdfContent => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: 481, y2: 0, lineWidth: width }],
  margin,
});

/**
 * The head of an ITU summary: the group on the left and the document symbol on the right,
 * the long date and "Original: English" under the symbol, a rule, the title, then the boxed
 * Summary / Action required / References when the document holds them.
 */
export function pdfCover(
  cover: ExportCover,
  front: FrontMatter,
  parts: { blocks: (nodes: FrontMatter['body']) => PdfContent[]; notes: NoteList },
): PdfContent[] {
  const { blocks, notes } = parts;
  return [
    {
      columns: [
        { width: '*', text: cover.meetingTitle, style: 'meeting' },
        { width: 'auto', text: `Document ${coverSymbol(cover)}`, style: 'symbol' },
      ],
      columnGap: 12,
    },
    { text: longDate(cover.meetingDate), alignment: 'right', margin: [0, 4, 0, 0] },
    { text: originalLine(cover), alignment: 'right', margin: [0, 0, 0, 8] },
    rule(1),
    ...(front.title === undefined
      ? []
      : [{ text: pdfRuns(inlinePieces(front.title), notes), style: 'title' }]),
    ...(front.box.length === 0 ? [] : [box(front, blocks)]),
  ];
}

function box(front: FrontMatter, blocks: (nodes: FrontMatter['body']) => PdfContent[]) {
  return {
    table: {
      widths: ['*'],
      dontBreakRows: false,
      body: front.box.map((section) => [
        { stack: [{ text: section.label, style: 'boxLabel' }, ...blocks(section.blocks)] },
      ]),
    },
    layout: {
      hLineWidth: (line: number, node: { table: { body: unknown[] } }) =>
        line === 0 || line === node.table.body.length ? 1 : 0.5,
      vLineWidth: () => 1,
      paddingLeft: () => 8,
      paddingRight: () => 8,
      paddingTop: () => 6,
      paddingBottom: () => 2,
    },
    margin: [0, 0, 0, 16],
  };
}

/**
 * The last lines: the approval record with the short fingerprint, kept together with its rule
 * on one page, so that a page break never cuts the record in two (the footer would land inside).
 */
export function pdfClosing(cover: ExportCover): PdfContent[] {
  return [
    {
      stack: [rule(0.5, [0, 18, 0, 4]), { text: approvalRecord(cover, 'short'), style: 'closing' }],
      unbreakable: true,
    },
  ];
}
