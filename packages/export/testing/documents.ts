// Documents for export tests: the ITU summary, and one small document with every node and
// mark of the schema, hostile text and links included.
import type { TiptapNode } from '@rapporteur/diff';
import { importDocument, paragraphNumbers } from '@rapporteur/editor-schema';
import { readSummaryFixture } from '@rapporteur/editor-schema/testing';

/** The fixture as Tiptap JSON (importDocument types it as Tiptap's JSONContent). */
export function summaryDocument(): TiptapNode {
  return importDocument(readSummaryFixture()).doc as TiptapNode;
}

/** Each numbered paragraph of a flat document: its computed number and its text. */
export function numberedParagraphs(doc: TiptapNode): { number: string; text: string }[] {
  const blocks = (doc.content ?? []).filter((block) => block.type === 'numberedParagraph');
  const numbers = paragraphNumbers(blocks.map((block) => Number(block.attrs?.['level'])));
  return blocks.map((block, index) => ({
    number: numbers[index] ?? '',
    // A cross-reference reads as the number it was imported with ("section 8 above").
    text: (block.content ?? []).map(readableText).join(''),
  }));
}

export function text(value: string, marks: string[] = []): TiptapNode {
  return marks.length === 0
    ? { type: 'text', text: value }
    : { type: 'text', text: value, marks: marks.map((type) => ({ type })) };
}

export function link(value: string, href: string): TiptapNode {
  return { type: 'text', text: value, marks: [{ type: 'link', attrs: { href } }] };
}

export function paragraph(...content: TiptapNode[]): TiptapNode {
  return { type: 'paragraph', content };
}

export function numbered(level: number, ...content: TiptapNode[]): TiptapNode {
  return { type: 'numberedParagraph', attrs: { level }, content };
}

function item(...content: TiptapNode[]): TiptapNode {
  return { type: 'listItem', content };
}

function cell(type: 'tableCell' | 'tableHeader', value: string): TiptapNode {
  return { type, content: [paragraph(text(value))] };
}

/** Every block and mark the schema has, with text that must stay text. */
export function richDocument(): TiptapNode {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [text('Summary of the meeting')] },
      numbered(1, text('Opening')),
      numbered(
        2,
        text('The Chairman '),
        text('opened', ['bold']),
        text(' the meeting and '),
        text('welcomed', ['italic']),
        text(' the group; see '),
        link('the WSIS site', 'https://www.itu.int/net4/wsis/forum/'),
        text('.'),
      ),
      paragraph(
        text('A delegate wrote <script>alert("x")</script> & *stars* [1] #hash'),
        { type: 'hardBreak' },
        text('1. not a list'),
      ),
      paragraph(text('A hostile link', []), text(' '), link('click me', 'javascript:alert(1)')),
      {
        type: 'bulletList',
        content: [
          item(paragraph(text('Document C-0001 (agenda)'))),
          item(paragraph(text('Document C-0002')), {
            type: 'orderedList',
            attrs: { start: 3 },
            content: [item(paragraph(text('third point'))), item(paragraph(text('fourth point')))],
          }),
        ],
      },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [cell('tableHeader', 'Symbol'), cell('tableHeader', 'Title')],
          },
          {
            type: 'tableRow',
            content: [cell('tableCell', 'C-0001'), cell('tableCell', 'Agenda | draft')],
          },
        ],
      },
      { type: 'blockquote', content: [paragraph(text('The group thanked the secretariat.'))] },
      paragraph(
        text('Run '),
        text('rapporteur verify', ['code']),
        text(', '),
        text('struck', ['strike']),
        text(' and '),
        text('underlined', ['underline']),
        text('.'),
      ),
      { type: 'codeBlock', content: [text('line one\nline ```two```')] },
      { type: 'horizontalRule' },
      numbered(1, text('Closing')),
      numbered(2, text('The meeting closed at 17:30.')),
    ],
  };
}

function readableText(node: TiptapNode): string {
  const label = node.attrs?.['label'];
  return node.text ?? (typeof label === 'string' ? label : '');
}
