import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { Deflate, zipSync } from 'fflate';

// Spread in: docx's run options are also checked against String's deprecated bold()/italics().
const BOLD = { bold: true };
const ITALIC = { italics: true };

const decimal = (level: number) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.') + '.',
  alignment: AlignmentType.START,
});

const numbered = (text: string, level: number) =>
  new Paragraph({ numbering: { reference: 'sections', level }, children: [new TextRun(text)] });

/**
 * A Word file as Word itself writes a summary: a title, multi-level list numbering
 * (1. / 1.1. / 1.1.1.) on its paragraphs, a heading, bullets, a table, a footnote, a link, bold
 * and italic, and a running footer in its footer part.
 */
export async function wordNumberedSummary(): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'sections', levels: [0, 1, 2, 3].map(decimal) },
        {
          reference: 'dots',
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('As revised on the day.')] } },
    sections: [
      {
        footers: {
          default: new Footer({ children: [new Paragraph('• http://www.itu.int/council •')] }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun('Summary of the 35th meeting')],
          }),
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            children: [new TextRun('Action required')],
          }),
          numbered('Opening', 0),
          numbered('The chair opened the meeting.', 1),
          new Paragraph({
            numbering: { reference: 'sections', level: 1 },
            children: [
              new TextRun({ text: 'The agenda', ...BOLD }),
              new TextRun(' was adopted'),
              new FootnoteReferenceRun(1),
              new TextRun({ text: ' as drafted', ...ITALIC }),
              new TextRun('; see '),
              new ExternalHyperlink({
                link: 'https://www.itu.int/md/S19-CWGWSIS34-C-0001/en',
                children: [new TextRun('C-0001')],
              }),
              new TextRun('.'),
            ],
          }),
          numbered('Requests to the secretariat', 2),
          numbered('to provide information', 3),
          new Paragraph({
            numbering: { reference: 'dots', level: 0 },
            children: [new TextRun('first point')],
          }),
          new Paragraph({
            numbering: { reference: 'dots', level: 0 },
            children: [new TextRun('second point')],
          }),
          numbered('Documents', 0),
          new Table({
            rows: [
              new TableRow({
                tableHeader: true,
                children: ['Symbol', 'Source'].map(
                  (text) => new TableCell({ children: [new Paragraph(text)] }),
                ),
              }),
              new TableRow({
                children: ['C-0002', 'Saudi Arabia'].map(
                  (text) => new TableCell({ children: [new Paragraph(text)] }),
                ),
              }),
            ],
          }),
          numbered('Closing', 0),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A zip bomb dressed as a .docx: its word/document.xml inflates to `mebibytes` MiB of the same
 * byte. With `declaredSize`, its table of contents claims that size instead (a lying bomb).
 */
export function zipBomb(mebibytes: number, declaredSize?: number): Uint8Array {
  const compressed: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => compressed.push(chunk));
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < mebibytes; i += 1) deflate.push(block, i === mebibytes - 1);
  const data = new Uint8Array(compressed.reduce((sum, chunk) => sum + chunk.length, 0));
  compressed.reduce((at, chunk) => (data.set(chunk, at), at + chunk.length), 0);
  // A stored placeholder of the right name, then its data swapped for the bomb's.
  const zip = zipSync({ 'word/document.xml': [new Uint8Array(data.length), { level: 0 }] });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const local = 30 + 'word/document.xml'.length;
  zip.set(data, local);
  view.setUint16(8, 8, true);
  const central = findCentral(view);
  view.setUint16(central + 10, 8, true);
  view.setUint32(central + 24, declaredSize ?? mebibytes * 1024 * 1024, true);
  return zip;
}

function findCentral(view: DataView): number {
  for (let at = 0; at < view.byteLength - 4; at += 1) {
    if (view.getUint32(at, true) === 0x02014b50) return at;
  }
  throw new Error('no central directory');
}
