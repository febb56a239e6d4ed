import { describe, expect, it } from 'vitest';

import { pairsInOrder } from './in-order.js';

function pairs(befores: readonly number[], weights?: readonly number[]) {
  return befores.map((before, after) => ({ before, after, weight: weights?.[after] ?? 1 }));
}

describe('pairsInOrder', () => {
  it('keeps every pair of blocks that kept their order', () => {
    expect([...pairsInOrder(pairs([0, 1, 2, 3]), 4)].sort()).toEqual([0, 1, 2, 3]);
  });

  it('lets the one block moved past several be the one that moved, however long it is', () => {
    // Before: A B C D; after: B C D A, with A the longest by far.
    const kept = pairsInOrder(pairs([1, 2, 3, 0], [5, 5, 5, 1000]), 4);
    expect([...kept].sort()).toEqual([0, 1, 2]);
  });

  it('keeps the longer text in place when two blocks swapped', () => {
    // Before: A B; after: B A. A is longer, so B is the one shown moved.
    expect([...pairsInOrder(pairs([1, 0], [3, 90]), 2)]).toEqual([1]);
    expect([...pairsInOrder(pairs([1, 0], [90, 3]), 2)]).toEqual([0]);
  });

  it('skips before indexes nobody paired with', () => {
    expect([...pairsInOrder(pairs([2, 5, 7]), 8)].sort()).toEqual([0, 1, 2]);
    expect(pairsInOrder([], 3).size).toBe(0);
  });
});
