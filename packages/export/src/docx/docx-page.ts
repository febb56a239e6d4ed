import {
  BorderStyle,
  Document,
  Footer,
  PageNumber,
  Packer,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
  type FileChild,
} from 'docx';

import {
  approvalRecord,
  coverSymbol,
  shortFingerprint,
  type ExportCover,
} from '../cover/export-cover.js';
import { documentNumbering } from './docx-paragraph-numbers.js';
import { humanTime } from '../cover/human-dates.js';
import { documentStyles, MONOSPACE, PAGE, TEXT_WIDTH } from './docx-styles.js';

/** What makes a Word file out of body elements. */
export interface OfficialDocument {
  readonly cover: ExportCover;
  /** The file's title property (File > Properties). */
  readonly title: string;
  readonly children: readonly FileChild[];
  /** Turn on Word's Track Changes, so that a reader's own edits are tracked too. */
  readonly trackRevisions?: boolean;
}

/**
 * A Word document on A4 with our styles and lists, and on every page a footer with the
 * document label, the fingerprint's first 12 hex digits and "Page n of m".
 */
export function officialDocument(options: OfficialDocument): Document {
  const { cover } = options;
  return new Document({
    creator: 'Rapporteur',
    title: options.title,
    // File > Properties: the record the page shows only in short (issue 15).
    description: approvalRecord(cover, 'full'),
    subject: approvalRecord(cover, 'full'),
    keywords: `${coverSymbol(cover)}; fingerprint ${cover.fingerprint}`,
    customProperties: [
      { name: 'Fingerprint', value: cover.fingerprint },
      { name: 'Status', value: cover.status },
      ...(cover.approvedBy === undefined ? [] : [{ name: 'Approved by', value: cover.approvedBy }]),
      ...(cover.approvedAt === undefined
        ? []
        : [{ name: 'Approved at', value: humanTime(cover.approvedAt, cover.timeZone) }]),
      ...(cover.logHead === undefined ? [] : [{ name: 'Log head', value: cover.logHead }]),
    ],
    styles: documentStyles(),
    numbering: documentNumbering(),
    features: { trackRevisions: options.trackRevisions ?? false },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
              footer: 700,
            },
          },
        },
        footers: { default: pageFooter(options.cover) },
        children: options.children,
      },
    ],
  });
}

function pageFooter(cover: ExportCover): Footer {
  const small = { size: 18 };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH },
        ],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 4 } },
        children: [
          new TextRun({ ...small, text: cover.documentLabel }),
          new TextRun({ ...small, children: [new Tab(), 'Fingerprint: '] }),
          new TextRun({ ...small, font: MONOSPACE, text: shortFingerprint(cover.fingerprint) }),
          new TextRun({
            ...small,
            children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

/** The .docx bytes, as a plain Uint8Array over Packer's Buffer. */
export async function packDocument(document: Document): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
