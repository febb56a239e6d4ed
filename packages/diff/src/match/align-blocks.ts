import type { Block } from '../document/blocks.js';
import { pairsInOrder, type Pair } from './in-order.js';
import { pairBlocks } from './pair-blocks.js';

/** One entry of the diff, by block indexes, in reading order of the after document. */
export type Aligned =
  | {
      readonly kind: 'unchanged' | 'changed' | 'moved';
      readonly before: number;
      readonly after: number;
    }
  | { readonly kind: 'added'; readonly after: number }
  | { readonly kind: 'removed'; readonly before: number };

/**
 * Matches the blocks of two documents (see pairBlocks), then decides which matched blocks kept
 * their place (unchanged, or changed when their text or level differs) and which moved, and
 * lists everything in reading order of the after document, each removed block where it stood:
 * after the kept block that preceded it, before any block added there.
 */
export function alignBlocks(before: readonly Block[], after: readonly Block[]): Aligned[] {
  const paired = pairBlocks(before, after);
  const pairs: Pair[] = [];
  after.forEach((block, index) => {
    const from = paired.get(index);
    if (from !== undefined) pairs.push({ before: from, after: index, weight: block.text.length });
  });
  const kept = pairsInOrder(pairs, before.length);
  const pairedFrom = new Set(paired.values());

  // For each after block, the before index of the next kept block at or after it: the removed
  // blocks standing before that one are shown first.
  const nextKept = new Array<number>(after.length + 1).fill(before.length);
  for (let index = after.length - 1; index >= 0; index -= 1) {
    const from = paired.get(index);
    nextKept[index] =
      from !== undefined && kept.has(index) ? from : (nextKept[index + 1] ?? before.length);
  }

  const out: Aligned[] = [];
  let removedUpTo = 0;
  const flushRemoved = (until: number): void => {
    for (; removedUpTo < until; removedUpTo += 1) {
      if (!pairedFrom.has(removedUpTo)) out.push({ kind: 'removed', before: removedUpTo });
    }
  };
  after.forEach((block, index) => {
    flushRemoved(nextKept[index] ?? before.length);
    const from = paired.get(index);
    if (from === undefined) {
      out.push({ kind: 'added', after: index });
    } else if (!kept.has(index)) {
      out.push({ kind: 'moved', before: from, after: index });
    } else {
      const same = before[from]?.key === block.key;
      out.push({ kind: same ? 'unchanged' : 'changed', before: from, after: index });
    }
  });
  flushRemoved(before.length);
  return out;
}
