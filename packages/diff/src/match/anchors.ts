import { diffArrays } from 'diff';

import type { Block } from '../document/blocks.js';
import { pairsInOrder, type Pair } from './in-order.js';

/** The blocks between two runs of identical blocks: removed from before, added in after. */
export interface Gap {
  readonly removed: number[];
  readonly added: number[];
}

/** The skeleton of an alignment: identical blocks kept in order, and the gaps between them. */
export type Anchor =
  | { readonly kind: 'same'; readonly before: number; readonly after: number }
  | { readonly kind: 'gap'; readonly gap: Gap };

// Myers' diff costs O((n + m) d): past this many blocks removed plus added, the documents are
// mostly reordered or rewritten and an exact longest common subsequence is not worth its time.
const MAX_BLOCK_EDITS = 64;

/**
 * The identical blocks (same type, level and text) that stayed in order, and the gaps between
 * them: the longest common subsequence by jsdiff's Myers diff, which costs next to nothing when
 * the documents are close; when they are far apart, a patience-style approximation in
 * O(n log n): each identical block paired with its namesake in order of occurrence, and the
 * longest chain of those pairs that stayed in order.
 */
export function anchorBlocks(before: readonly Block[], after: readonly Block[]): Anchor[] {
  const parts = diffArrays(
    before.map((block) => block.key),
    after.map((block) => block.key),
    { maxEditLength: MAX_BLOCK_EDITS },
  );
  if (parts === undefined) return fromKept(keptInOrder(before, after), before.length, after.length);
  const kept: [number, number][] = [];
  let b = 0;
  let a = 0;
  for (const part of parts) {
    const count = part.value.length;
    if (!part.added && !part.removed) {
      for (let k = 0; k < count; k += 1) kept.push([b + k, a + k]);
    }
    if (!part.added) b += count;
    if (!part.removed) a += count;
  }
  return fromKept(kept, before.length, after.length);
}

function keptInOrder(before: readonly Block[], after: readonly Block[]): [number, number][] {
  const waiting = new Map<string, number[]>();
  before.forEach((block, index) => {
    const same = waiting.get(block.key);
    if (same === undefined) waiting.set(block.key, [index]);
    else same.push(index);
  });
  const pairs: Pair[] = [];
  after.forEach((block, index) => {
    const from = waiting.get(block.key)?.shift();
    if (from !== undefined) pairs.push({ before: from, after: index, weight: block.text.length });
  });
  const kept = pairsInOrder(pairs, before.length);
  return pairs.filter((pair) => kept.has(pair.after)).map((pair) => [pair.before, pair.after]);
}

/** Anchors from the pairs kept in order (increasing on both sides), with the gaps between. */
function fromKept(
  kept: readonly (readonly [number, number])[],
  beforeCount: number,
  afterCount: number,
): Anchor[] {
  const anchors: Anchor[] = [];
  let b = 0;
  let a = 0;
  for (const [before, after] of [...kept, [beforeCount, afterCount] as const]) {
    if (b < before || a < after) {
      const gap: Gap = { removed: range(b, before), added: range(a, after) };
      anchors.push({ kind: 'gap', gap });
    }
    if (before < beforeCount) anchors.push({ kind: 'same', before, after });
    b = before + 1;
    a = after + 1;
  }
  return anchors;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
