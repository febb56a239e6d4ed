import type { TiptapNode } from '@rapporteur/diff';

import {
  approvalRecord,
  coverLanguage,
  coverSymbol,
  shortFingerprint,
  type ExportCover,
} from '../cover/export-cover.js';
import { humanTime } from '../cover/human-dates.js';
import { exportableDocument } from '../document/exportable-document.js';
import { frontMatter } from '../document/front-matter.js';
import { noteList } from '../document/note-list.js';
import { numberParagraphs } from '../document/paragraph-numbering.js';
import { pdfBlocks } from './pdf-blocks.js';
import { pdfClosing, pdfCover } from './pdf-cover.js';
import { renderPdf, type PdfContent } from './pdf-engine.js';
import { pdfNotes } from './pdf-notes.js';
import { PDF_STYLES } from './pdf-styles.js';

const CM = 28.35;

/**
 * The document as a PDF in the ITU summary layout, made in this process (pdfmake, fonts it
 * ships): the symbol top right, the long date, "Original: English", the boxed Summary /
 * Action required / References, the body with computed paragraph numbers, tables and links,
 * a closing approval line with the short fingerprint, the full fingerprint and approval
 * record in the PDF's info, and "Page n of m" in the footer. Footnotes are superscript numbers
 * linked to a "Notes" list at the end of the document, before the closing line (pdf-notes.ts).
 * Throws a RangeError for a document that does not fit the schema.
 */
export async function exportPdf(stored: TiptapNode, cover: ExportCover): Promise<Uint8Array> {
  const doc = exportableDocument(stored, 'exportPdf');
  const front = frontMatter(doc);
  const notes = noteList();
  const context = { numbers: numberParagraphs(doc), notes };
  const blocks = (nodes: readonly TiptapNode[]) => pdfBlocks(nodes, context);
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [2 * CM, 2 * CM, 2 * CM, 2.4 * CM],
    language: coverLanguage(cover),
    info: pdfInfo(cover),
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.15 },
    styles: PDF_STYLES,
    // In this order: the notes list is read after every reference has added its note.
    content: [
      ...pdfCover(cover, front, { blocks, notes }),
      ...blocks(front.body),
      ...pdfNotes(notes),
      ...pdfClosing(cover),
    ],
    footer: (page, pages) => pdfFooter(cover, page, pages),
    // A section title at the foot of a page moves to the next one, with its first paragraph.
    pageBreakBefore: (node: { headlineLevel?: number }, following: readonly unknown[]) =>
      node.headlineLevel === 1 && following.length === 0,
  } as Parameters<typeof renderPdf>[0]);
}

/** File > Properties: the title, the full fingerprint and the approval record. */
function pdfInfo(cover: ExportCover): Record<string, string> {
  return {
    title: `${coverSymbol(cover)} – ${cover.meetingTitle}`,
    author: cover.approvedBy ?? 'Rapporteur',
    subject: approvalRecord(cover, 'full'),
    keywords: `${coverSymbol(cover)}; fingerprint ${cover.fingerprint}`,
    creator: 'Rapporteur',
    producer: 'Rapporteur (pdfmake)',
    Fingerprint: cover.fingerprint,
    Version: cover.versionName,
    Status: cover.status,
    DraftRevision: String(cover.draftRevision),
    ...(cover.approvedBy === undefined ? {} : { ApprovedBy: cover.approvedBy }),
    ...(cover.approvedAt === undefined
      ? {}
      : { ApprovedAt: humanTime(cover.approvedAt, cover.timeZone) }),
    ...(cover.logHead === undefined ? {} : { LogHead: cover.logHead }),
  };
}

function pdfFooter(cover: ExportCover, page: number, pages: number): PdfContent {
  return {
    columns: [
      { width: '*', text: cover.documentLabel },
      { width: 'auto', text: `Fingerprint: ${shortFingerprint(cover.fingerprint)}` },
      { width: '*', text: `Page ${page} of ${pages}`, alignment: 'right' },
    ],
    fontSize: 8.5,
    margin: [2 * CM, 0.8 * CM, 2 * CM, 0],
  };
}
