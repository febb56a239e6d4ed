import type { TiptapNode } from '@rapporteur/diff';

import type { ExportCover } from '../cover/export-cover.js';
import { assertExportable } from '../document/exportable-document.js';
import { numberParagraphs } from '../document/paragraph-numbering.js';
import { docxBlocks } from './docx-blocks.js';
import { docxCover } from './docx-cover.js';
import { officialDocument, packDocument } from './docx-page.js';

/**
 * The document as a Word file (.docx) built from Word's own structures: the cover (title, a
 * table of the cover fields, the fingerprint in full), then the document with each numbered
 * paragraph starting with its computed number, headings in Word's heading styles, real lists,
 * tables and hyperlinks; a footer with the label, the fingerprint's start and the page number.
 * Throws a RangeError for a document that does not fit the schema.
 */
export async function exportDocx(doc: TiptapNode, cover: ExportCover): Promise<Uint8Array> {
  assertExportable(doc, 'exportDocx');
  let instances = 0;
  const body = docxBlocks(doc.content ?? [], {
    numbers: numberParagraphs(doc),
    runBase: {},
    paragraphStyle: undefined,
    nextListInstance: () => (instances += 1),
  });
  const document = officialDocument({
    cover,
    title: `${cover.documentLabel} – ${cover.meetingTitle}`,
    children: [...docxCover(cover), ...body],
  });
  return packDocument(document);
}
