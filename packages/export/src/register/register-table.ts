import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  type TextRun,
  WidthType,
} from 'docx';

import { textRun } from '../docx/docx-inline.js';
import { CM, PAGE } from '../docx/docx-styles.js';
import { REGISTER_COLUMNS } from './register-columns.js';
import type { RegisterRow } from './register-row.js';

/** The text width of a landscape A4 page with 2 cm margins: 29.7 cm less 4 cm, in twips. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;

// Centimetres per column, in REGISTER_COLUMNS order: the short fields as narrow as their longest
// value ('8.2.1.1.10', 'Suggestion', '2019-09-26 10:15'), the rest of the width to Text and
// Reason (the 0s), where people write sentences; Reason takes REASON_SHARE of it.
const FIXED_WIDTHS_CM = [1.0, 2.1, 2.0, 2.5, 0, 2.1, 2.5, 3.0, 0];
const REASON_SHARE = 0.35;

function columnWidths(): number[] {
  const fixed = FIXED_WIDTHS_CM.reduce((sum, cm) => sum + Math.round(cm * CM), 0);
  const free = LANDSCAPE_TEXT_WIDTH - fixed;
  const reason = Math.floor(free * REASON_SHARE);
  return FIXED_WIDTHS_CM.map((cm, index) =>
    cm > 0 ? Math.round(cm * CM) : index === REGISTER_COLUMNS.length - 1 ? reason : free - reason,
  );
}

// XML 1.0 has no place for a lone surrogate or U+FFFE/U+FFFF, and docx writes them as they are
// (it strips only the C0 controls): Word would refuse the whole file over one pasted character.
const NOT_XML =
  /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// 10 pt: nine columns across the page leave Text about 7 cm, too narrow for 12 pt.
const TABLE_TEXT_SIZE = 20;

/** A value's lines as runs with Word line breaks between them (a `\n` in a run is a space). */
function lines(value: string, bold: boolean): TextRun[] {
  return value
    .replace(NOT_XML, '\uFFFD')
    .split(/\r\n|\r|\n/)
    .map((line, index) =>
      textRun({ text: line, bold, size: TABLE_TEXT_SIZE, ...(index > 0 ? { break: 1 } : {}) }),
    );
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;

function cell(value: string, options: { readonly width: number; readonly header: boolean }) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    ...(options.header
      ? { shading: { type: ShadingType.CLEAR, fill: 'E7E6E6', color: 'auto' } }
      : {}),
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0 },
        children: lines(value, options.header),
      }),
    ],
  });
}

/**
 * The register as one Word table across a landscape page: a bold header row repeated on every
 * page, one row per item. The layout is fixed, so Word and LibreOffice wrap long text inside its
 * column instead of widening the table past the margin; a row may break across pages, since one
 * long comment can be longer than a page.
 */
export function registerTable(rows: readonly RegisterRow[]): Table {
  const widths = columnWidths();
  const tableRow = (values: readonly string[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      children: values.map((value, index) => cell(value, { width: widths[index] ?? 0, header })),
    });
  return new Table({
    width: { size: LANDSCAPE_TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [
      tableRow(
        REGISTER_COLUMNS.map((column) => column.header),
        true,
      ),
      ...rows.map((row) =>
        tableRow(
          REGISTER_COLUMNS.map((column) => column.printed(row)),
          false,
        ),
      ),
    ],
  });
}
