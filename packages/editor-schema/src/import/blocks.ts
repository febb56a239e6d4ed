import type { JSONContent } from '@tiptap/core';

import { formatParagraphNumber, paragraphNumbers } from '../numbering/paragraph-numbers.js';
import { nodeNames } from '../schema/node-names.js';

/** Inline content: text nodes, with marks when the source was Markdown. */
export type Inline = readonly JSONContent[];

/** What a reader of the source found, before it becomes Tiptap JSON. `line` is 1-based. */
export type Block =
  | {
      readonly kind: 'heading';
      readonly level: number;
      readonly inline: Inline;
      readonly line: number;
    }
  | {
      readonly kind: 'numbered';
      readonly typed: readonly number[];
      readonly inline: Inline;
      readonly line: number;
    }
  | { readonly kind: 'paragraph'; readonly inline: Inline; readonly line: number }
  | { readonly kind: 'bullets'; readonly items: readonly Inline[]; readonly line: number }
  | { readonly kind: 'table'; readonly rows: readonly TableRowBlock[]; readonly line: number };

/** A row of an imported table: its cells' inline content, and whether it is a header row. */
export interface TableRowBlock {
  readonly header: boolean;
  readonly cells: readonly Inline[];
}

/** Blocks read from a source, and the document's title ('' when it has none). */
export interface ReadBlocks {
  readonly blocks: readonly Block[];
  readonly title: string;
}

export interface BuiltDocument {
  readonly doc: JSONContent;
  readonly warnings: readonly string[];
}

// One warning per renumbered paragraph is exact, but a skip early in a long report would
// renumber everything after it: past this many, a count says the rest.
const MAX_NUMBER_WARNINGS = 50;

/** Plain text as inline content; an empty line is no content at all (text nodes cannot be empty). */
export function plainInline(text: string): Inline {
  return text === '' ? [] : [{ type: nodeNames.text, text }];
}

/**
 * The Tiptap document for the blocks, and a warning for each numbered paragraph whose computed
 * number differs from the one typed in the source (a skipped or repeated number, a level jump).
 */
export function buildDocument(blocks: readonly Block[]): BuiltDocument {
  const numbered = blocks.flatMap((block) => (block.kind === 'numbered' ? [block] : []));
  const computed = paragraphNumbers(numbered.map((block) => block.typed.length));
  const mismatches = numbered.flatMap((block, i) => {
    const typed = formatParagraphNumber(block.typed);
    const number = computed[i] ?? '';
    return typed === number
      ? []
      : [`line ${block.line}: typed "${typed}" but its computed number is "${number}"`];
  });
  const warnings = mismatches.slice(0, MAX_NUMBER_WARNINGS);
  if (mismatches.length > MAX_NUMBER_WARNINGS) {
    warnings.push(
      `${mismatches.length - MAX_NUMBER_WARNINGS} more numbered paragraphs are renumbered`,
    );
  }
  return { doc: { type: nodeNames.doc, content: blocks.map(blockNode) }, warnings };
}

function blockNode(block: Block): JSONContent {
  switch (block.kind) {
    case 'heading':
      return withContent({ type: nodeNames.heading, attrs: { level: block.level } }, block.inline);
    case 'numbered':
      return withContent(
        { type: nodeNames.numberedParagraph, attrs: { level: block.typed.length } },
        block.inline,
      );
    case 'paragraph':
      return withContent({ type: nodeNames.paragraph }, block.inline);
    case 'bullets':
      return {
        type: nodeNames.bulletList,
        content: block.items.map((item) => ({
          type: nodeNames.listItem,
          content: [withContent({ type: nodeNames.paragraph }, item)],
        })),
      };
    case 'table':
      return tableNode(block.rows);
  }
}

function tableNode(rows: readonly TableRowBlock[]): JSONContent {
  // A table is rectangular: short rows get empty cells, as a reader of the source sees them.
  const width = Math.max(1, ...rows.map((row) => row.cells.length));
  return {
    type: nodeNames.table,
    content: rows.map((row) => ({
      type: nodeNames.tableRow,
      content: Array.from({ length: width }, (_, i) => ({
        type: row.header ? nodeNames.tableHeader : nodeNames.tableCell,
        content: [withContent({ type: nodeNames.paragraph }, row.cells[i] ?? [])],
      })),
    })),
  };
}

function withContent(node: JSONContent, inline: Inline): JSONContent {
  return inline.length === 0 ? node : { ...node, content: [...inline] };
}
