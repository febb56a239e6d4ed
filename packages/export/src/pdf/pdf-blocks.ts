import type { TiptapNode } from '@rapporteur/diff';

import { inlinePieces, plainText } from '../document/inline-pieces.js';
import type { NoteList } from '../document/note-list.js';
import { levelOf, type ParagraphNumber } from '../document/paragraph-numbering.js';
import type { PdfContent } from './pdf-engine.js';
import { pdfRuns } from './pdf-inline.js';
import { pdfTable } from './pdf-table.js';

/** What every block needs: the computed paragraph numbers, and the notes met so far. */
export interface PdfBlockContext {
  readonly numbers: ReadonlyMap<TiptapNode, ParagraphNumber>;
  readonly notes: NoteList;
}

// The number hangs in front of the text, as in the DOCX: a narrow column for a section
// number ('11.'), 2 cm for deeper ones ('8.2.1.1.').
const SECTION_NUMBER_WIDTH = 28;
const PARAGRAPH_NUMBER_WIDTH = 57;

/**
 * Document blocks as pdfmake content: headings in the heading styles, numbered paragraphs
 * with their computed number hanging in front, lists, tables, quotes and code.
 */
export function pdfBlocks(nodes: readonly TiptapNode[], context: PdfBlockContext): PdfContent[] {
  return nodes.map((node) => pdfBlock(node, context));
}

function pdfBlock(node: TiptapNode, context: PdfBlockContext): PdfContent {
  switch (node.type) {
    case 'heading':
      return { text: pdfRuns(inlinePieces(node), context.notes), style: `heading${levelOf(node)}` };
    case 'numberedParagraph':
      return numberedParagraph(node, context);
    case 'paragraph':
      return { text: pdfRuns(inlinePieces(node), context.notes), style: 'paragraph' };
    case 'bulletList':
    case 'orderedList':
      return list(node, context);
    case 'blockquote':
      return { stack: pdfBlocks(node.content ?? [], context), margin: [20, 0, 0, 6] };
    case 'codeBlock':
      return { text: plainText(node), style: 'code' };
    case 'horizontalRule':
      return {
        canvas: [{ type: 'line', x1: 0, y1: 0, x2: 481, y2: 0, lineWidth: 0.5 }],
        margin: [0, 4, 0, 8],
      };
    case 'table':
      return pdfTable(node, (blocks) => pdfBlocks(blocks, context));
    default:
      // The schema has no other block; should a new one come, its text is not lost.
      return { text: plainText(node), style: 'paragraph' };
  }
}

function numberedParagraph(node: TiptapNode, context: PdfBlockContext): PdfContent {
  const { number = '', level = 1 } = context.numbers.get(node) ?? {};
  const section = level === 1;
  return {
    columns: [
      { width: section ? SECTION_NUMBER_WIDTH : PARAGRAPH_NUMBER_WIDTH, text: number },
      { width: '*', text: pdfRuns(inlinePieces(node), context.notes) },
    ],
    columnGap: 0,
    style: section ? 'numberedSection' : 'numberedParagraph',
    // A section title stays with its first paragraph.
    ...(section ? { headlineLevel: 1 } : {}),
  };
}

function list(node: TiptapNode, context: PdfBlockContext): PdfContent {
  const items = (node.content ?? []).map((item) => ({
    stack: pdfBlocks(item.content ?? [], context),
  }));
  if (node.type === 'bulletList') return { ul: items, margin: [0, 0, 0, 6] };
  const start = Number(node.attrs?.['start'] ?? 1);
  return { ol: items, start: Number.isFinite(start) ? start : 1, margin: [0, 0, 0, 6] };
}
