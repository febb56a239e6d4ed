// Read back as a person would: poppler's pdftotext lays the PDF out as text, pdfinfo shows its
// properties. Skipped without the tools, except under CI.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  exampleCover,
  FINGERPRINT,
  flowing,
  numberedParagraphs,
  pdfInfo,
  pdfText,
  richDocument,
  skipWithoutOffice,
  summaryDocument,
  withTempDir,
} from '../../testing/index.js';
import { exportPdf } from './export-pdf.js';

const skip = skipWithoutOffice();
const TIMEOUT = 60_000;

async function written(bytes: Uint8Array, dir: string, name: string) {
  const file = join(dir, name);
  await writeFile(file, bytes);
  return { file, flow: flowing(await pdfText(file)), info: await pdfInfo(file) };
}

describe('exportPdf, read with poppler', () => {
  it.skipIf(skip)(
    'lays out the ITU summary: symbol, long date, "Original: English", the box, all 77 numbers in order',
    async () => {
      const doc = summaryDocument();
      const cover = exampleCover({
        documentSymbol: 'CWG-WSIS&SDG-34/6',
        timeZone: 'Europe/Zurich',
      });
      await withTempDir(async (dir) => {
        const { flow, info } = await written(await exportPdf(doc, cover), dir, 'summary.pdf');

        expect(flow).toMatch(
          /^ ?Council Working Group on WSIS & SDG, 34th meeting Document CWG-WSIS&SDG-34\/6 25 September 2019 Original: English SUMMARY OF THE 34th MEETING Summary This report/,
        );
        expect(flow).toContain('Action required To consider documents');
        expect(flow).toContain('References UNGA Resolution A/RES/70/125');
        expect(flow).toContain('S19-CWGWSIS34-C-0001 Rev.1 Fingerprint: 9f86d081884c… Page 1 of 9');
        expect(flow).toContain(
          'Approved by Vladimir Minkin on 26 September 2019, 12:15 CEST. Fingerprint 9f86d081884c…',
        );
        // Human dates only, and the full fingerprint in the properties, not on the page.
        expect(flow).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
        expect(flow).not.toContain(FINGERPRINT);
        expect(info.get('Fingerprint')).toBe(FINGERPRINT);
        expect(info.get('Subject')).toContain(`Fingerprint ${FINGERPRINT}`);
        expect(info.get('ApprovedAt')).toBe('26 September 2019, 12:15 CEST');
        expect(info.get('Title')).toBe(
          'CWG-WSIS&SDG-34/6 – Council Working Group on WSIS & SDG, 34th meeting',
        );

        const paragraphs = numberedParagraphs(doc);
        expect(paragraphs).toHaveLength(77);
        let from = 0;
        for (const { number, text } of paragraphs) {
          const start = `${number} ${text.trim().split(/\s+/).slice(0, 3).join(' ')}`;
          const at = flow.indexOf(start, from);
          expect(at, start).toBeGreaterThanOrEqual(from);
          from = at;
        }
      });
    },
    TIMEOUT,
  );

  it.skipIf(skip)(
    'keeps tables, lists and web links, and drops a script link to its text',
    async () => {
      await withTempDir(async (dir) => {
        const bytes = await exportPdf(richDocument(), exampleCover());
        const { flow } = await written(bytes, dir, 'rich.pdf');
        const raw = Buffer.from(bytes).toString('latin1');

        expect(flow).toContain('1. Opening');
        expect(flow).toContain('1.1. The Chairman opened the meeting');
        expect(flow).toContain('Symbol Title');
        expect(flow).toContain('C-0001 Agenda | draft');
        expect(flow).toContain('3. third point');
        expect(flow).toContain('A delegate wrote <script>alert("x")</script>');
        expect(raw).toContain('/URI (https://www.itu.int/net4/wsis/forum/)');
        expect(raw).not.toContain('javascript:');
        expect(flow).toContain('click me');
      });
    },
    TIMEOUT,
  );
});

describe('exportPdf', () => {
  it('refuses a document that does not fit the schema, naming the format', async () => {
    await expect(
      exportPdf({ type: 'doc', content: [{ type: 'section' }] }, exampleCover()),
    ).rejects.toThrow(/^exportPdf: the document does not fit the schema/);
  });
});
