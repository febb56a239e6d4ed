import type { Block } from '../document/blocks.js';
import { anchorBlocks } from './anchors.js';
import { pairAnyOrder, pairInOrder } from './pairing.js';
import { similarPairs } from './similar-pairs.js';
import { wordBag, type WordBag } from './similarity.js';

/** How alike a removed and an added block between the same anchors must be to be one block. */
export const CHANGED_SIMILARITY = 0.5;
/** How alike a removed and an added block anywhere must be to be one block. */
export const MOVED_SIMILARITY = 0.75;

/**
 * Which block of the before document each block of the after document is (after index ->
 * before index), found in four passes, each over what the previous ones left:
 * 1. identical blocks in order (the anchors, a longest common subsequence);
 * 2. identical blocks out of order: the same block, elsewhere;
 * 3. very similar blocks anywhere, most similar first: one block, edited, perhaps moved;
 * 4. similar blocks between the same two anchors, in order: one block, edited in place.
 * Very similar pairs go before merely similar ones so that, when many blocks were edited and
 * moved at once, a weak pair in place cannot take a block whose true partner is elsewhere.
 * Whether a pair moved is decided afterwards (see pairsInOrder). Blocks of neither map were
 * added or removed.
 */
export function pairBlocks(before: readonly Block[], after: readonly Block[]): Map<number, number> {
  const anchors = anchorBlocks(before, after);
  const gaps = anchors.flatMap((anchor) => (anchor.kind === 'gap' ? [anchor.gap] : []));
  const paired = new Map<number, number>();
  const pairedFrom = new Set<number>();
  const pair = (from: number | undefined, to: number | undefined): void => {
    if (from === undefined || to === undefined) return;
    paired.set(to, from);
    pairedFrom.add(from);
  };
  const freeRemoved = (indexes: readonly number[]) => indexes.filter((i) => !pairedFrom.has(i));
  const freeAdded = (indexes: readonly number[]) => indexes.filter((i) => !paired.has(i));
  const bags = { before: bagsOf(before), after: bagsOf(after) };

  for (const anchor of anchors) if (anchor.kind === 'same') pair(anchor.before, anchor.after);

  const removedByKey = new Map<string, number[]>();
  for (const index of gaps.flatMap((gap) => gap.removed)) {
    const key = before[index]?.key ?? '';
    const same = removedByKey.get(key);
    if (same === undefined) removedByKey.set(key, [index]);
    else same.push(index);
  }
  for (const index of gaps.flatMap((gap) => gap.added)) {
    const from = removedByKey.get(after[index]?.key ?? '')?.shift();
    if (from !== undefined) pair(from, index);
  }

  const removed = freeRemoved(gaps.flatMap((gap) => gap.removed));
  const added = freeAdded(gaps.flatMap((gap) => gap.added));
  const found = similarPairs(removed.map(bags.before), added.map(bags.after), MOVED_SIMILARITY);
  for (const { left, right } of pairAnyOrder(found, removed.length, added.length)) {
    pair(removed[left], added[right]);
  }

  for (const gap of gaps) {
    const removedHere = freeRemoved(gap.removed);
    const addedHere = freeAdded(gap.added);
    if (removedHere.length === 0 || addedHere.length === 0) continue;
    const similar = similarPairs(
      removedHere.map(bags.before),
      addedHere.map(bags.after),
      CHANGED_SIMILARITY,
    );
    for (const { left, right } of pairInOrder(similar, removedHere.length, addedHere.length)) {
      pair(removedHere[left], addedHere[right]);
    }
  }
  return paired;
}

/** Word bags by block index, each computed once and only for blocks that need one. */
function bagsOf(blocks: readonly Block[]): (index: number) => WordBag {
  const bags = new Map<number, WordBag>();
  return (index) => {
    let bag = bags.get(index);
    if (bag === undefined) {
      const block = blocks[index];
      bag = block === undefined ? { type: '', counts: new Map(), size: 0 } : wordBag(block);
      bags.set(index, bag);
    }
    return bag;
  };
}
