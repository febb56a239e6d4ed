import type { TiptapNode } from '@rapporteur/diff';
import { Paragraph, type IParagraphOptions, type Table } from 'docx';

import { flatPieces, inlinePieces } from '../document/inline-pieces.js';
import type { ParagraphNumber } from '../document/paragraph-numbering.js';
import { docxRuns, type RunBase } from './docx-inline.js';

/** What a block needs to know about where it stands. */
export interface BlockContext {
  readonly numbers: ReadonlyMap<TiptapNode, ParagraphNumber>;
  /** Formatting all text here takes (bold in a header cell). */
  readonly runBase: RunBase;
  /** The style of plain paragraphs here: Normal, or Quote in a blockquote, Table Text in a cell. */
  readonly paragraphStyle: string | undefined;
  /** Each ordered list is a new numbering instance, so that it counts from its own start. */
  readonly nextListInstance: () => number;
}

/** What a Word body (or a table cell) holds. */
export type BodyElement = Paragraph | Table;

/** The paragraph style a plain paragraph takes here, as paragraph options. */
export function plainStyle(context: BlockContext): { style?: string } {
  return context.paragraphStyle === undefined ? {} : { style: context.paragraphStyle };
}

/** A textblock as one paragraph of runs; a code block's lines are kept with line breaks. */
export function textParagraph(
  node: TiptapNode,
  context: BlockContext,
  options: Omit<IParagraphOptions, 'children' | 'text'>,
): Paragraph {
  const pieces = node.type === 'codeBlock' ? flatPieces(node, () => undefined) : inlinePieces(node);
  return new Paragraph({ ...options, children: docxRuns(pieces, context.runBase) });
}
