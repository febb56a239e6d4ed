// The register read back as a person would: LibreOffice lays the .docx out and prints it to PDF,
// and the PDF's text must hold every row. Skipped without LibreOffice, except under CI.
import { describe, expect, it } from 'vitest';

import {
  docxPart,
  docxToText,
  flowing,
  registerHeading,
  registerRow,
  registerRows,
  skipWithoutOffice,
  withTempDir,
} from '../../testing/index.js';
import { DISPOSITION_LABELS } from './register-columns.js';
import { registerDocx } from './register-docx.js';

const skip = skipWithoutOffice();
const OFFICE_TIMEOUT = 90_000;

/**
 * The pieces of a value a wrapped cell still prints whole: its words, a long one cut after a
 * slash or a hyphen, where LibreOffice may break a line too.
 */
function words(value: string): string[] {
  return value.split(/\s+|(?<=[/-])/).filter((word) => word !== '');
}

describe('registerDocx, opened in LibreOffice', () => {
  it.skipIf(skip)(
    'prints the title, the heading and every row with its text and disposition',
    async () => {
      const rows = registerRows();
      await withTempDir(async (dir) => {
        const bytes = await registerDocx(rows, registerHeading());
        const { file, text } = await docxToText(bytes, { dir, name: 'register.docx' });
        const xml = await docxPart(file, 'word/document.xml');
        const flow = flowing(text);

        expect(flow).toContain('Disposition register');
        expect(flow).toContain('S19-CWGWSIS34 – Council Working Group on WSIS & SDG, 34th meeting');
        expect(flow).toContain('Document: S19-CWGWSIS34-C-0001 Rev.1');
        expect(flow).toContain('Generated: 2019-09-27 08:05 UTC');
        expect(flow).toMatch(/No\. Paragraph Type Author Text Disposition Decided by Date Reason/);
        expect(flow).toContain('S19-CWGWSIS34-C-0001 Rev.1 – Disposition register Page 1 of');

        // A cell wraps, so pdftotext interleaves the lines of neighbouring cells. Each row is
        // the stretch from its first line ("5 8.2.1.1 Comment") to the next row's, and must
        // hold every word of its own text, its disposition, who decided and when.
        const starts = rows.map((row) =>
          flowing(
            `${row.number} ${row.paragraph ?? ''} ${row.type === 'comment' ? 'Comment' : 'Suggestion'}`,
          ),
        );
        let from = 0;
        const segments = starts.map((start, index) => {
          const at = flow.indexOf(start, from);
          expect(at, `the first line of row ${index + 1}`).toBeGreaterThanOrEqual(from);
          from = at;
          return at;
        });
        const footer = flow.indexOf('S19-CWGWSIS34-C-0001 Rev.1 – Disposition register Page');
        rows.forEach((row, index) => {
          const segment = flow.slice(segments[index], segments[index + 1] ?? footer);
          const expected = [
            ...words(row.text),
            DISPOSITION_LABELS[row.disposition],
            ...words(row.decidedBy ?? ''),
            ...(row.decidedAt === null ? [] : [row.decidedAt.slice(0, 10)]),
            ...words(row.reason ?? ''),
          ];
          for (const word of expected) expect(segment, `row ${row.number}`).toContain(word);
        });
        // Short values fit their cell on one line, so the PDF prints them whole.
        expect(flow).toContain('whose deadlines have passed');
        expect(flow).toContain('José Müller');
        expect(flow).toContain('2019-09-26 11:40');
        // The comment's line break is a Word line break, not a space.
        expect(xml).toMatch(
          /The heading should name the meeting\.<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/>/,
        );
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'lays the table out on landscape pages, fixed to the text width, its header row repeated',
    async () => {
      // Enough long rows to run over several pages.
      const rows = Array.from({ length: 40 }, (_, index) =>
        registerRow({
          number: index + 1,
          text: `Item ${index + 1}: ${'a long remark '.repeat(30)}`,
        }),
      );
      await withTempDir(async (dir) => {
        const bytes = await registerDocx(rows, registerHeading());
        const { file, text } = await docxToText(bytes, { dir, name: 'long.docx' });
        const xml = await docxPart(file, 'word/document.xml');

        expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
        expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
        expect(xml).toMatch(/<w:tblHeader\/>/);
        const pages = text.split('\f').filter((page) => page.trim() !== '');
        expect(pages.length).toBeGreaterThan(2);
        for (const page of pages) expect(flowing(page)).toContain('Decided by');
        for (const row of rows) expect(flowing(text)).toContain(`Item ${row.number}:`);
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'opens with a line saying nobody commented when the register is empty',
    async () => {
      await withTempDir(async (dir) => {
        const bytes = await registerDocx([], registerHeading());
        const { text } = await docxToText(bytes, { dir, name: 'empty.docx' });
        expect(flowing(text)).toContain('No comments or suggestions were made on this document.');
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'still opens when a comment holds characters XML has no place for',
    async () => {
      const rows = [registerRow({ text: 'broken \uD800 pair, \uFFFF and a bell \u0007 here' })];
      await withTempDir(async (dir) => {
        const bytes = await registerDocx(rows, registerHeading());
        const { text } = await docxToText(bytes, { dir, name: 'hostile.docx' });
        expect(flowing(text)).toMatch(/broken \uFFFD pair, \uFFFD and a bell\s*here/);
      });
    },
    OFFICE_TIMEOUT,
  );
});
