import type { TiptapNode } from '@rapporteur/diff';

import { coverSymbol, type ExportCover } from '../cover/export-cover.js';
import { exportableDocument } from '../document/exportable-document.js';
import { numberParagraphs } from '../document/paragraph-numbering.js';
import { docxBlocks } from './docx-blocks.js';
import { frontMatter } from '../document/front-matter.js';
import { docxClosing, docxItuCover } from './docx-itu-cover.js';
import { officialDocument, packDocument } from './docx-page.js';

/**
 * The document as a Word file (.docx) built from Word's own structures, in the ITU summary
 * layout: the symbol top right, the long date, "Original: English", the title, the boxed
 * Summary / Action required / References (docxItuCover), then the document with each numbered
 * paragraph starting with its computed number, headings in Word's heading styles, real lists,
 * tables and hyperlinks; a closing approval line; a footer with the label, the fingerprint's
 * start and the page number; the full fingerprint and approval record in the file's properties.
 * Throws a RangeError for a document that does not fit the schema.
 */
export async function exportDocx(stored: TiptapNode, cover: ExportCover): Promise<Uint8Array> {
  const doc = exportableDocument(stored, 'exportDocx');
  let instances = 0;
  const context = {
    numbers: numberParagraphs(doc),
    runBase: {},
    paragraphStyle: undefined,
    nextListInstance: () => (instances += 1),
  };
  const blocks = (nodes: readonly TiptapNode[]) => docxBlocks(nodes, context);
  const front = frontMatter(doc);
  const document = officialDocument({
    cover,
    title: `${coverSymbol(cover)} – ${cover.meetingTitle}`,
    children: [...docxItuCover(cover, front, blocks), ...blocks(front.body), docxClosing(cover)],
  });
  return packDocument(document);
}
