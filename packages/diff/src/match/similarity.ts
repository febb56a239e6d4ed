import type { Block } from '../document/blocks.js';

/** A block's words, counted: what similarity compares. */
export interface WordBag {
  readonly type: string;
  readonly counts: ReadonlyMap<string, number>;
  readonly size: number;
}

// Letters and digits, case folded: punctuation and spacing do not make two paragraphs different.
const WORD = /[\p{L}\p{N}]+/gu;

export function wordBag(block: Block): WordBag {
  const counts = new Map<string, number>();
  const words = block.text.toLowerCase().match(WORD) ?? [];
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { type: block.type, counts, size: words.length };
}

/**
 * The Dice coefficient of two word bags, 0 to 1: twice the words they share over all their
 * words. Order-blind on purpose: it only decides which blocks to pair, and the word diff of
 * a pair then shows exactly what moved within it. Two empty blocks are alike when their type
 * is the same (an empty numbered paragraph whose level changed).
 */
export function similarity(a: WordBag, b: WordBag): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size && a.type === b.type ? 1 : 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [word, count] of small.counts) shared += Math.min(count, large.counts.get(word) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

/** The highest similarity two bags of these sizes could have: a free filter. */
export function similarityBound(a: WordBag, b: WordBag): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  return (2 * Math.min(a.size, b.size)) / (a.size + b.size);
}
