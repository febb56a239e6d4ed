import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';

import {
  approvalRecord,
  coverSymbol,
  originalLine,
  type ExportCover,
} from '../cover/export-cover.js';
import { longDate } from '../cover/human-dates.js';
import type { FrontMatter } from '../document/front-matter.js';
import { inlinePieces } from '../document/inline-pieces.js';
import { docxRuns, textRun } from './docx-inline.js';
import type { BodyElement } from './docx-paragraph.js';
import { TEXT_WIDTH } from './docx-styles.js';

const LINE = { style: BorderStyle.SINGLE, size: 8, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;

/**
 * The head of an ITU summary in Word: the group on the left and "Document <symbol>" on the
 * right of one line, the long date and "Original: English" under it on the right, a rule,
 * the title centred, then the boxed Summary / Action required / References.
 */
export function docxItuCover(
  cover: ExportCover,
  front: FrontMatter,
  blocks: (nodes: FrontMatter['body']) => BodyElement[],
): BodyElement[] {
  const right = (text: string, last = false) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      ...(last ? { border: { bottom: { ...LINE, space: 4 } }, spacing: { after: 240 } } : {}),
      children: [new TextRun(text)],
    });
  return [
    new Paragraph({
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
      children: [
        textRun({ text: cover.meetingTitle, bold: true }),
        textRun({ text: `\tDocument ${coverSymbol(cover)}`, bold: true }),
      ],
    }),
    right(longDate(cover.meetingDate)),
    right(originalLine(cover), true),
    ...(front.title === undefined
      ? []
      : [
          new Paragraph({
            style: 'Title',
            alignment: AlignmentType.CENTER,
            children: docxRuns(inlinePieces(front.title), {}),
          }),
        ]),
    ...(front.box.length === 0 ? [] : [box(front, blocks), new Paragraph({ children: [] })]),
  ];
}

function box(front: FrontMatter, blocks: (nodes: FrontMatter['body']) => BodyElement[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [TEXT_WIDTH],
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: NONE,
    },
    rows: front.box.map(
      (section) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: TEXT_WIDTH, type: WidthType.DXA },
              margins: { top: 80, bottom: 40, left: 140, right: 140 },
              children: [
                new Paragraph({
                  keepNext: true,
                  children: [textRun({ text: section.label, bold: true })],
                }),
                ...blocks(section.blocks),
              ],
            }),
          ],
        }),
    ),
  });
}

/** The closing line under a rule: the approval record with the short fingerprint. */
export function docxClosing(cover: ExportCover): Paragraph {
  return new Paragraph({
    spacing: { before: 360 },
    border: { top: { ...LINE, size: 4, space: 4 } },
    children: [textRun({ text: approvalRecord(cover, 'short'), italics: true, size: 18 })],
  });
}
