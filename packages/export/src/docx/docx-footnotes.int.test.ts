// Footnotes in the Word file are Word's own (decision 43): word/footnotes.xml holds them, the
// body refers to them, and LibreOffice prints them at the foot of the page with their numbers.
import { describe, expect, it } from 'vitest';

import {
  docxPart,
  docxToText,
  exampleCover,
  flowing,
  footnotedDocument,
  NOTE_ONE,
  NOTE_THREE,
  NOTE_TWO,
  skipWithoutOffice,
  withTempDir,
} from '../../testing/index.js';
import { exportDocx } from './export-docx.js';

const skip = skipWithoutOffice();

describe('footnotes in exportDocx', () => {
  it.skipIf(skip)(
    'writes each note as a Word footnote, numbered 1, 2, 3 in document order',
    async () => {
      await withTempDir(async (dir) => {
        const bytes = await exportDocx(footnotedDocument(), exampleCover());
        const { file, text } = await docxToText(bytes, { dir, name: 'notes.docx' });
        const notes = await docxPart(file, 'word/footnotes.xml');
        const ids = [...notes.matchAll(/<w:footnote w:id="(\d+)">(.*?)<\/w:footnote>/g)].map(
          ([, id, body]) => [
            id,
            [...(body ?? '').matchAll(/<w:t[^>]*>([^<]*)</g)].map((t) => t[1]).join(''),
          ],
        );
        expect(ids).toEqual([
          ['1', NOTE_ONE],
          ['2', NOTE_TWO.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')],
          ['3', NOTE_THREE],
        ]);
        const body = await docxPart(file, 'word/document.xml');
        expect(body.match(/w:footnoteReference w:id="\d+"/g)).toEqual([
          'w:footnoteReference w:id="1"',
          'w:footnoteReference w:id="2"',
          'w:footnoteReference w:id="3"',
        ]);
        // No note in brackets in the text any more.
        expect(body).not.toContain('[As revised');

        const flow = flowing(text);
        expect(flow).toContain('1. Adoption of the agenda1');
        expect(flow).toContain('The group took note of the report2 and agreed.');
        expect(flow).toContain(`1 ${NOTE_ONE}`);
        expect(flow).toContain(`2 ${NOTE_TWO}`);
        expect(flow).toContain(`3 ${NOTE_THREE}`);
      });
    },
    90_000,
  );
});
