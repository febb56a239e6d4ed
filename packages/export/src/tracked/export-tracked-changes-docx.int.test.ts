// The tracked-changes document read back as Word and LibreOffice read it: the revision marks
// in document.xml, and the PDF LibreOffice prints with changes shown (its default).
import { editedSummary } from '@rapporteur/diff/testing';
import { diffDocuments } from '@rapporteur/diff';
import { describe, expect, it } from 'vitest';

import {
  docxPart,
  docxToText,
  exampleCover,
  FINGERPRINT,
  flowing,
  skipWithoutOffice,
  trackedExample,
  withTempDir,
} from '../../testing/index.js';
import { exportTrackedChangesDocx } from './export-tracked-changes-docx.js';

const skip = skipWithoutOffice();
const OFFICE_TIMEOUT = 90_000;
const DATE = '2019-10-01T09:30:00Z';

function revisions(xml: string, tag: 'ins' | 'del'): { id: string; author: string }[] {
  return [...xml.matchAll(new RegExp(`<w:${tag} w:id="(\\d+)" w:author="([^"]*)"`, 'g'))].map(
    (match) => ({ id: match[1] ?? '', author: match[2] ?? '' }),
  );
}

describe('exportTrackedChangesDocx, opened in LibreOffice', () => {
  it.skipIf(skip)(
    'writes each change as a Word revision by its author and prints the changes',
    async () => {
      const example = trackedExample();
      const bytes = await exportTrackedChangesDocx({
        diff: example.diff,
        cover: exampleCover(),
        names: example.names,
        date: DATE,
        fromLabel: 'S19-CWGWSIS34-C-0001',
        toLabel: 'S19-CWGWSIS34-C-0001 Rev.1',
      });
      await withTempDir(async (dir) => {
        const { file, text } = await docxToText(bytes, { dir, name: 'changes.docx' });
        const xml = await docxPart(file, 'word/document.xml');
        const settings = await docxPart(file, 'word/settings.xml');

        const inserted = revisions(xml, 'ins');
        const deleted = revisions(xml, 'del');
        expect(new Set(inserted.map((mark) => mark.author))).toEqual(
          new Set(['Ana Silva', 'Ben Okafor']),
        );
        expect(new Set(deleted.map((mark) => mark.author))).toEqual(
          new Set(['Ana Silva', 'Chen Wei']),
        );
        const ids = [...inserted, ...deleted].map((mark) => mark.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(xml).toContain(`w:date="${DATE}"`);
        expect(xml).toMatch(/<w:delText[^>]*>[^<]*already expired/);
        expect(settings).toContain('<w:trackRevisions/>');

        const flow = flowing(text);
        expect(flow).toContain('Changes from S19-CWGWSIS34-C-0001 to S19-CWGWSIS34-C-0001 Rev.1');
        expect(flow).toContain(`Fingerprint ${FINGERPRINT}`);
        expect(flow).toContain('whose deadlines');
        // Numbers are Word's own now; LibreOffice prints them in its show-changes form
        // ('8.2.1.2.[8.2.1.3.]'), so tracked-numbering.int.test checks them after Accept/Reject All.
        expect(flow).toContain(example.added);
        // LibreOffice shows a deletion struck through, so its text is still printed.
        expect(flow).toContain(example.removed.slice(0, 60));
      });
    },
    OFFICE_TIMEOUT,
  );

  it.skipIf(skip)(
    'shows a moved section deleted where it was and inserted where it is',
    async () => {
      const { before, after } = editedSummary();
      const diff = diffDocuments(before, after);
      const moved = diff.changes.find((change) => change.kind === 'moved');
      const bytes = await exportTrackedChangesDocx({
        diff,
        cover: exampleCover(),
        names: new Map([['chen', 'Chen Wei']]),
        date: DATE,
        fromLabel: 'approved',
        toLabel: 'draft',
      });
      await withTempDir(async (dir) => {
        const { file } = await docxToText(bytes, { dir, name: 'moved.docx' });
        const xml = await docxPart(file, 'word/document.xml');
        const text = moved?.after?.text ?? 'no moved block';
        const deletedAt = xml.indexOf(`<w:delText xml:space="preserve">${text}`);
        const insertedAt = xml.indexOf(`<w:t xml:space="preserve">${text}`);
        expect(deletedAt).toBeGreaterThan(0);
        expect(insertedAt).toBeGreaterThan(deletedAt);
        expect(revisions(xml, 'del').some((mark) => mark.author === 'Chen Wei')).toBe(true);
      });
    },
    OFFICE_TIMEOUT,
  );
});
