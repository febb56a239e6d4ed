// Building and editing Tiptap JSON documents by hand, for tests and the benchmark.
import { paragraphNumbers } from '@rapporteur/editor-schema';

import type { TiptapNode } from '../src/index.js';

export function doc(blocks: readonly TiptapNode[]): TiptapNode {
  return { type: 'doc', content: blocks };
}

/** A numbered paragraph at `level`, empty unless given text. */
export function numbered(level: number, text = ''): TiptapNode {
  return {
    type: 'numberedParagraph',
    attrs: { level },
    content: text ? [{ type: 'text', text }] : [],
  };
}

export function paragraph(text: string): TiptapNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text }] : [] };
}

export function blocksOf(document: TiptapNode): readonly TiptapNode[] {
  return document.content ?? [];
}

/** The top-level index of the numbered paragraph numbered `number` ('8.2.1.1.'). */
export function indexOfSection(document: TiptapNode, number: string): number {
  const blocks = blocksOf(document);
  const numberedIndexes = blocks.flatMap((block, index) =>
    block.type === 'numberedParagraph' ? [index] : [],
  );
  const levels = numberedIndexes.map((index) => Number(blocks[index]?.attrs?.['level']));
  const found = paragraphNumbers(levels).indexOf(number);
  const index = numberedIndexes[found];
  if (index === undefined) throw new RangeError(`no numbered paragraph ${number}`);
  return index;
}

/** The document with `remove` blocks at `at` taken out and `insert` put in their place. */
export function splice(
  document: TiptapNode,
  at: number,
  change: { readonly remove?: number; readonly insert?: readonly TiptapNode[] },
): TiptapNode {
  const blocks = [...blocksOf(document)];
  blocks.splice(at, change.remove ?? 0, ...(change.insert ?? []));
  return { ...document, content: blocks };
}

/** The document with `count` blocks from `from` taken out and put back before block `to` of what remains. */
export function moveBlocks(
  document: TiptapNode,
  range: { readonly from: number; readonly count: number },
  to: number,
): TiptapNode {
  const blocks = [...blocksOf(document)];
  const moved = blocks.splice(range.from, range.count);
  blocks.splice(to, 0, ...moved);
  return { ...document, content: blocks };
}

/** The document with the first `from` in block `at`'s text nodes replaced by `to`. */
export function replaceText(
  document: TiptapNode,
  at: number,
  edit: { readonly from: string; readonly to: string },
): TiptapNode {
  const found = { done: false };
  const replace = (node: TiptapNode): TiptapNode => {
    if (found.done) return node;
    if (node.type === 'text' && node.text?.includes(edit.from)) {
      found.done = true;
      return { ...node, text: node.text.replace(edit.from, edit.to) };
    }
    return node.content ? { ...node, content: node.content.map(replace) } : node;
  };
  const block = blocksOf(document)[at];
  if (block === undefined) throw new RangeError(`no block ${at}`);
  const edited = replace(block);
  if (!found.done) throw new RangeError(`block ${at} has no "${edit.from}"`);
  return splice(document, at, { remove: 1, insert: [edited] });
}
