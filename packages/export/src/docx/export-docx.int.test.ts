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
        const cover = exampleCover({
          documentSymbol: 'CWG-WSIS&SDG-34/6',
          timeZone: 'Europe/Zurich',
        });
        const bytes = await exportDocx(doc, cover);
        const { file, text } = await docxToText(bytes, { dir, name: 'summary.docx' });
        const flow = flowing(text);

        // The ITU head: group and symbol, long date, language, title, then the box.
        expect(flow).toMatch(
          /^ ?Council Working Group on WSIS & SDG, 34th meeting Document CWG-WSIS&SDG-34\/6 25 September 2019 Original: English SUMMARY OF THE 34th MEETING Summary This report highlights/,
        );
        expect(flow).toContain('Action required To consider documents');
        expect(flow).toContain('References UNGA Resolution A/RES/70/125');
        expect(flow).toContain(
          'Approved by Vladimir Minkin on 26 September 2019, 12:15 CEST. Fingerprint 9f86d081884c…',
        );
        expect(flow).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
        expect(flow).not.toContain(FINGERPRINT);
        // The full record in the file's properties.
        const core = await docxPart(file, 'docProps/core.xml');
        expect(core).toContain(`fingerprint ${FINGERPRINT}`);
        expect(core).toContain('Approved by Vladimir Minkin on 26 September 2019, 12:15 CEST');
        const custom = await docxPart(file, 'docProps/custom.xml');
        expect(custom).toMatch(new RegExp(`name="Fingerprint"[^>]*><vt:lpwstr>${FINGERPRINT}<`));
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
        const rich = richDocument();
        const annex = {
          type: 'heading',
          attrs: { level: 2 },
          content: [{ type: 'text', text: 'Annex' }],
        };
        const bytes = await exportDocx(
          { ...rich, content: [...(rich.content ?? []), annex] },
          exampleCover(),
        );
        const { file, text } = await docxToText(bytes, { dir, name: 'rich.docx' });
        const xml = await docxPart(file, 'word/document.xml');
        const links = await docxPart(file, 'word/_rels/document.xml.rels');

        // The opening heading is the ITU title; a heading past it keeps Word's heading style.
        expect(xml).toMatch(/<w:pStyle w:val="Title"\/>.*?Summary of the meeting/);
        expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>.*?Annex/);
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
