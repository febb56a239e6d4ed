// Read back as a person would: LibreOffice lays the .docx out and prints it to PDF, and the
// PDF's text must hold what the document says. Skipped without LibreOffice, except under CI.
import { describe, expect, it } from 'vitest';

import {
  docxPart,
  docxToText,
  exampleCover,
  FINGERPRINT,
  flowing,
  numberedParagraphs,
  richDocument,
  skipWithoutOffice,
  summaryDocument,
  withTempDir,
} from '../../testing/index.js';
import { exportDocx } from './export-docx.js';

const skip = skipWithoutOffice();
const OFFICE_TIMEOUT = 90_000;

describe('exportDocx, opened in LibreOffice', () => {
  it.skipIf(skip)(
    'prints the cover and every numbered paragraph of the ITU summary with its number, in order',
    async () => {
      const doc = summaryDocument();
      await withTempDir(async (dir) => {
        const bytes = await exportDocx(doc, exampleCover());
        const { text } = await docxToText(bytes, { dir, name: 'summary.docx' });
        const flow = flowing(text);

        expect(flow).toContain('S19-CWGWSIS34-C-0001 Rev.1');
        expect(flow).toContain('Council Working Group on WSIS & SDG, 34th meeting');
        expect(flow).toContain(`Fingerprint ${FINGERPRINT}`);
        expect(flow).toContain('Status Approved');
        expect(flow).toContain('Approved by Vladimir Minkin');
        expect(flow).toContain(
          '8.2.1.1. to provide information on the implementation of activities that have already expired, by including a new section',
        );
        // The footer of every page.
        expect(flow).toContain('S19-CWGWSIS34-C-0001 Rev.1 Fingerprint: 9f86d081884c… Page 1 of');

        let from = 0;
        for (const { number, text: paragraphText } of numberedParagraphs(doc)) {
          const start = `${number} ${paragraphText.split(' ').slice(0, 3).join(' ')}`;
          const at = flow.indexOf(start, from);
          expect(at, start).toBeGreaterThanOrEqual(from);
          from = at;
        }
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'uses Word structures: heading styles, numbered paragraph styles, lists, tables, hyperlinks',
    async () => {
      await withTempDir(async (dir) => {
        const bytes = await exportDocx(richDocument(), exampleCover());
        const { file, text } = await docxToText(bytes, { dir, name: 'rich.docx' });
        const xml = await docxPart(file, 'word/document.xml');
        const links = await docxPart(file, 'word/_rels/document.xml.rels');

        expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
        expect(xml).toContain('<w:pStyle w:val="NumberedSection"/>');
        expect(xml).toContain('<w:pStyle w:val="NumberedParagraph"/>');
        expect(xml).toMatch(/<w:numPr>/);
        expect(xml).toMatch(/<w:tbl>/);
        expect(xml).toMatch(/<w:hyperlink [^>]*r:id=/);
        expect(links).toContain('Target="https://www.itu.int/net4/wsis/forum/"');
        expect(`${xml}${links}`).not.toMatch(/javascript:/i);

        const flow = flowing(text);
        expect(flow).toContain('1.1. The Chairman opened the meeting and welcomed the group');
        expect(flow).toContain('A delegate wrote <script>alert("x")</script> & *stars* [1] #hash');
        expect(flow).toContain('A hostile link click me');
        expect(flow).toMatch(/• Document C-0001 \(agenda\)/);
        expect(flow).toContain('3. third point 4. fourth point');
        expect(flow).toContain('Symbol Title C-0001 Agenda | draft');
        expect(flow).toContain('2.1. The meeting closed at 17:30.');
      });
    },
    OFFICE_TIMEOUT,
  );
});
