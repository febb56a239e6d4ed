import type { TiptapNode } from '@rapporteur/diff';
import { BorderStyle, Paragraph } from 'docx';

import { inlinePieces } from '../document/inline-pieces.js';
import { levelOf } from '../document/paragraph-numbering.js';
import { docxRuns } from './docx-inline.js';
import { listParagraphs } from './docx-lists.js';
import { numberedParagraphOptions } from './docx-paragraph-numbers.js';
import {
  plainStyle,
  textParagraph,
  type BlockContext,
  type BodyElement,
} from './docx-paragraph.js';
import { HEADING_LEVELS, STYLE } from './docx-styles.js';
import { docxTable } from './docx-table.js';

/**
 * Document blocks as Word paragraphs and tables: headings with Word's heading styles, numbered
 * paragraphs in Word's multi-level paragraph numbering (styles "Numbered Section" for level 1,
 * "Numbered Paragraph" deeper), lists as Word lists, tables as Word tables.
 */
export function docxBlocks(nodes: readonly TiptapNode[], context: BlockContext): BodyElement[] {
  return nodes.flatMap((node) => docxBlock(node, context));
}

function docxBlock(node: TiptapNode, context: BlockContext): BodyElement[] {
  switch (node.type) {
    case 'heading':
      return [textParagraph(node, context, { heading: HEADING_LEVELS[levelOf(node) - 1] })];
    case 'numberedParagraph':
      return [numberedParagraph(node, context)];
    case 'paragraph':
      return [textParagraph(node, context, plainStyle(context))];
    case 'bulletList':
    case 'orderedList':
      return listParagraphs(node, context, { depth: 0, otherBlock: docxBlock });
    case 'blockquote':
      return docxBlocks(node.content ?? [], { ...context, paragraphStyle: STYLE.quote });
    case 'codeBlock':
      return [textParagraph(node, context, { style: STYLE.code })];
    case 'horizontalRule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
        }),
      ];
    case 'table':
      return [
        docxTable(node, (cell, runBase) =>
          docxBlocks(cell, { ...context, runBase, paragraphStyle: STYLE.tableText }),
        ),
      ];
    default:
      // The schema has no other block; should a new one come, its text is not lost.
      return [textParagraph(node, context, {})];
  }
}

/** The text in Word's paragraph numbering at the paragraph's level: Word writes '8.2.1.1.'. */
function numberedParagraph(node: TiptapNode, context: BlockContext): Paragraph {
  const { level = 1 } = context.numbers.get(node) ?? {};
  return new Paragraph({
    ...numberedParagraphOptions(level),
    children: docxRuns(inlinePieces(node), context.runBase),
  });
}
