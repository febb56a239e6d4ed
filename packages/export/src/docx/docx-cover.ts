import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';

import { coverFields, type ExportCover } from '../cover/export-cover.js';
import { textRun } from './docx-inline.js';
import { CM, MONOSPACE, STYLE, TEXT_WIDTH } from './docx-styles.js';

const LABEL_WIDTH = 4 * CM;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/**
 * The cover as the first block of a Word document: the document label at the top right, the
 * meeting as the title (and a subtitle when given), then a two-column table of the cover's
 * fields, the fingerprint in full in a 9 pt monospace run. Sized so that it stays on one line:
 * 64 characters of Courier at 9 pt are 12.2 cm, the value column 13 cm less its margins; a
 * fingerprint broken over two lines is easy to misread.
 */
export function docxCover(cover: ExportCover, subtitle?: string): (Paragraph | Table)[] {
  return [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [textRun({ text: cover.documentLabel, bold: true })],
    }),
    new Paragraph({ style: 'Title', children: [new TextRun(cover.meetingTitle)] }),
    ...(subtitle === undefined
      ? []
      : [
          new Paragraph({
            spacing: { after: 200 },
            children: [textRun({ text: subtitle, bold: true, size: 26 })],
          }),
        ]),
    coverTable(cover),
    // A table directly followed by the document's first heading would stick to it.
    new Paragraph({ spacing: { after: 240 }, children: [] }),
  ];
}

function coverTable(cover: ExportCover): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: coverFields(cover).map(
      ({ label, value, monospace }) =>
        new TableRow({
          cantSplit: true,
          children: [
            coverCell({ width: LABEL_WIDTH, shaded: true }, { text: label, bold: true }),
            coverCell(
              { width: TEXT_WIDTH - LABEL_WIDTH, shaded: false },
              monospace ? { text: value, font: MONOSPACE, size: 18 } : { text: value },
            ),
          ],
        }),
    ),
  });
}

function coverCell(
  cell: { readonly width: number; readonly shaded: boolean },
  run: IRunOptions,
): TableCell {
  return new TableCell({
    width: { size: cell.width, type: WidthType.DXA },
    margins: { top: 30, bottom: 30, left: 100, right: 100 },
    ...(cell.shaded ? { shading: { type: ShadingType.CLEAR, fill: 'F2F2F2', color: 'auto' } } : {}),
    children: [new Paragraph({ style: STYLE.coverTable, children: [textRun(run)] })],
  });
}
