// Footnotes in the PDF: superscript numbers at the references, the notes in a "Notes" list at
// the end of the document, before the closing line (decision 43). Read back with poppler.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  exampleCover,
  flowing,
  footnotedDocument,
  NOTE_ONE,
  NOTE_THREE,
  NOTE_TWO,
  pdfText,
  skipWithoutOffice,
  withTempDir,
} from '../../testing/index.js';
import { exportPdf } from './export-pdf.js';

const skip = skipWithoutOffice();

describe('footnotes in exportPdf', () => {
  it.skipIf(skip)(
    'numbers the references 1, 2, 3 and lists the notes after the body',
    async () => {
      const bytes = await exportPdf(footnotedDocument(), exampleCover());
      await withTempDir(async (dir) => {
        const file = join(dir, 'notes.pdf');
        await writeFile(file, bytes);
        const flow = flowing(await pdfText(file));
        expect(flow).toContain('Adoption of the agenda1');
        expect(flow).toContain('The group took note of the report2 and agreed.');
        expect(flow).toContain('Cell3');
        expect(flow).not.toContain('[As revised');
        const notes = flow.indexOf('Notes 1 ');
        expect(notes).toBeGreaterThan(flow.indexOf('Cell3'));
        expect(flow.slice(notes)).toContain(`Notes 1 ${NOTE_ONE} 2 ${NOTE_TWO} 3 ${NOTE_THREE} `);
        // The closing line comes after the notes.
        expect(flow.indexOf('Approved by')).toBeGreaterThan(notes);
      });
    },
    60_000,
  );
});
