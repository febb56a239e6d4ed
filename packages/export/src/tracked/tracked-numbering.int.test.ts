// A renumbering edit (a section inserted before section 8) as Word revision marks: Reject All
// (the test's own transform of document.xml) must give the earlier text with its numbers, Accept
// All the later, as LibreOffice lays them out; each change carries its author's edit time.
import { describe, expect, it } from 'vitest';

import {
  acceptAll,
  convertToPdf,
  docxPart,
  EDIT_TIMES,
  exampleCover,
  firstOutOfOrder,
  flowing,
  NEW_SECTION,
  pdfText,
  rejectAll,
  renumberedExample,
  rewriteDocx,
  skipWithoutOffice,
  withTempDir,
} from '../../testing/index.js';
import { exportTrackedChangesDocx } from './export-tracked-changes-docx.js';

const skip = skipWithoutOffice();
const OFFICE_TIMEOUT = 180_000;
const EXPORTED_AT = '2026-12-07T20:00:00Z';

async function exported() {
  const example = renumberedExample();
  const bytes = await exportTrackedChangesDocx({
    diff: example.diff,
    cover: exampleCover(),
    names: example.names,
    date: EXPORTED_AT,
    dates: EDIT_TIMES,
    fromLabel: 'S19-CWGWSIS34-C-0001',
    toLabel: 'S19-CWGWSIS34-C-0001 Rev.1',
  });
  return { example, bytes };
}

describe('exportTrackedChangesDocx after a renumbering edit, opened in LibreOffice', () => {
  it.skipIf(skip)(
    'dates every change with its author’s edit time, not the export’s',
    async () => {
      const { bytes } = await exported();
      await withTempDir(async (dir) => {
        const file = await rewriteDocx(bytes, { dir, name: 'dated.docx' }, (xml) => xml);
        const xml = await docxPart(file, 'word/document.xml');
        const marks = [
          ...xml.matchAll(/<w:(?:ins|del) w:id="\d+" w:author="([^"]*)" w:date="([^"]*)"/g),
        ].map((match) => `${match[1]} ${match[2]}`);
        expect(new Set(marks)).toEqual(
          new Set([
            'Ana Silva 2019-09-26T10:15:07Z',
            'Ben Okafor 2019-09-26T11:02:44Z',
            'Chen Wei 2019-09-27T08:00:00Z',
            // The reference to section 8 that now reads 9: nobody typed it; the last edit made it.
            'Rapporteur 2019-09-27T08:00:00Z',
          ]),
        );
        expect(xml).not.toContain(EXPORTED_AT);
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'gives the earlier text and numbers when every change is rejected',
    async () => {
      const { example, bytes } = await exported();
      await withTempDir(async (dir) => {
        const file = await rewriteDocx(bytes, { dir, name: 'rejected.docx' }, rejectAll);
        const flow = flowing(await pdfText(await convertToPdf(file, dir)));

        expect(flow).not.toContain(NEW_SECTION);
        expect(flow).toContain('8. The group considered and discussed with appreciation');
        expect(flow).toContain(
          `8.2.1.1. to provide information on the implementation of activities ${example.edit.from}`,
        );
        expect(flow).toContain(`8.4.4. ${example.removed.slice(0, 40)}`);
        expect(firstOutOfOrder(flow, example.before)).toBeUndefined();
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'gives the later text and numbers when every change is accepted',
    async () => {
      const { example, bytes } = await exported();
      await withTempDir(async (dir) => {
        const file = await rewriteDocx(bytes, { dir, name: 'accepted.docx' }, acceptAll);
        const flow = flowing(await pdfText(await convertToPdf(file, dir)));

        expect(flow).toContain(`8. ${NEW_SECTION}`);
        expect(flow).toContain('9. The group considered and discussed with appreciation');
        expect(flow).toContain(
          `9.2.1.1. to provide information on the implementation of activities ${example.edit.to}`,
        );
        expect(flow).not.toContain(example.removed.slice(0, 40));
        expect(firstOutOfOrder(flow, example.after)).toBeUndefined();
      });
    },
    OFFICE_TIMEOUT,
  );
});
