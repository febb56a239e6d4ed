import {
  BorderStyle,
  Document,
  Footer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';

import { textRun } from '../docx/docx-inline.js';
import { packDocument } from '../docx/docx-page.js';
import { documentStyles, PAGE } from '../docx/docx-styles.js';
import { printedTimestamp } from './register-columns.js';
import { assertRegister } from './register-input.js';
import type { RegisterHeading, RegisterRow } from './register-row.js';
import { LANDSCAPE_TEXT_WIDTH, registerTable } from './register-table.js';

const TITLE = 'Disposition register';

function headingParagraphs(heading: RegisterHeading, rows: number): Paragraph[] {
  const line = (label: string, value: string): Paragraph =>
    new Paragraph({
      spacing: { after: 40 },
      children: [textRun({ text: `${label}: `, bold: true }), textRun({ text: value })],
    });
  return [
    new Paragraph({ style: 'Title', children: [new TextRun(TITLE)] }),
    new Paragraph({
      spacing: { after: 160 },
      children: [textRun({ text: `${heading.meetingSymbol} – ${heading.meetingTitle}`, size: 26 })],
    }),
    line('Document', heading.documentLabel),
    line('Generated', `${printedTimestamp(heading.generatedAt)} UTC`),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        textRun({
          text:
            rows === 0
              ? 'No comments or suggestions were made on this document.'
              : `${rows} ${rows === 1 ? 'item' : 'items'}; dates are UTC.`,
          italics: true,
        }),
      ],
    }),
  ];
}

function pageFooter(heading: RegisterHeading): Footer {
  const small = { size: 18 };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: LANDSCAPE_TEXT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 } },
        children: [
          new TextRun({ ...small, text: `${heading.documentLabel} – ${TITLE}` }),
          new TextRun({
            ...small,
            children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/**
 * The disposition register as a Word file on landscape A4: the title, the meeting, the document
 * under review and when the register was made, then one table (No., Paragraph, Type, Author,
 * Text, Disposition, Decided by, Date, Reason) whose header row repeats on every page. The
 * summary's styles, so both files look like one secretariat's.
 * Throws a RegisterInputError for rows it cannot print truthfully.
 */
export async function registerDocx(
  rows: readonly RegisterRow[],
  heading: RegisterHeading,
): Promise<Uint8Array> {
  assertRegister(rows, heading, 'registerDocx');
  const document = new Document({
    creator: 'Rapporteur',
    title: `${TITLE} – ${heading.documentLabel}`,
    description: `${TITLE} of ${heading.documentLabel}, ${heading.meetingSymbol}, generated ${heading.generatedAt}`,
    styles: documentStyles(),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page.
            size: {
              width: PAGE.width,
              height: PAGE.height,
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              footer: 700,
            },
          },
        },
        footers: { default: pageFooter(heading) },
        children: [...headingParagraphs(heading, rows.length), registerTable(rows)],
      },
    ],
  });
  return packDocument(document);
}
