import { withCurrentReferenceNumbers } from '@rapporteur/editor-schema';
import { indexAuthors, type AuthorIndex, type AuthorRun } from '../authors/author-runs.js';
import { readBlocks, type Block } from '../document/blocks.js';
import type { TiptapNode } from '../document/tiptap-node.js';
import type { AttributedText } from './word-parts.js';

/** One side of a diff. `authors` indexes documentText(doc): on the "after" side, who wrote each character; on the "before" side, who deleted each character between the two states (null: nobody, it survived, or unknown). Optional: without it, changes carry no authors. */
export interface DiffSide {
  readonly doc: TiptapNode;
  readonly authors?: readonly AuthorRun[];
}

/** A side read for diffing: its blocks and its attribution. */
export interface ReadSide {
  readonly blocks: readonly Block[];
  readonly authors: AuthorIndex;
}

export interface Sides {
  readonly before: ReadSide;
  readonly after: ReadSide;
}

export function readSide(side: DiffSide): ReadSide {
  // Each side with its references' current numbers: a renumbered reference reads as the new
  // number, as the exports print it (decision 48).
  return {
    blocks: readBlocks(withCurrentReferenceNumbers(side.doc)),
    authors: indexAuthors(side.authors),
  };
}

/** The block at `index`; the alignment only hands out indexes of blocks that exist. */
export function blockAt(side: ReadSide, index: number): Block {
  const block = side.blocks[index];
  if (block === undefined) throw new RangeError(`diff: no block ${index} on this side`);
  return block;
}

export function attributedText(side: ReadSide, index: number): AttributedText {
  const block = blockAt(side, index);
  return { text: block.text, spans: block.spans, authors: side.authors };
}
