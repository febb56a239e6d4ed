import { describe, expect, it } from 'vitest';

import { doc, paragraph } from '../../testing/documents.js';
import { readBlocks } from '../document/blocks.js';
import { similarPairs } from './similar-pairs.js';
import { wordBag } from './similarity.js';

function bags(texts: readonly string[]) {
  return readBlocks(doc(texts.map(paragraph))).map(wordBag);
}

/** Distinct sentences: six words each, two of them unique to the sentence. */
function sentences(count: number, edit = ''): string[] {
  return Array.from(
    { length: count },
    (_, n) => `item${n} concerns topic${n} and the ${edit || 'group'} report`,
  );
}

describe('similarPairs', () => {
  it('compares every pair of a small set and keeps those at or above the threshold', () => {
    const found = similarPairs(bags(['a b c d', 'x y z']), bags(['x y z w', 'a b c e']), 0.7);
    expect(found.map(({ left, right }) => [left, right]).sort()).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('still finds every edited partner in a set too large to compare pair by pair', () => {
    const left = bags(sentences(120));
    const right = bags(sentences(120, 'meeting').reverse());
    const found = similarPairs(left, right, 0.75);
    const best = new Map(
      found.filter((pair) => pair.similarity > 0.8).map((p) => [p.left, p.right]),
    );
    expect(best.size).toBe(120);
    for (const [l, r] of best) expect(r).toBe(119 - l);
  });

  it('pairs empty blocks with empty blocks in a large set', () => {
    const left = bags(['', ...sentences(30)]);
    const right = bags([...sentences(30, 'meeting'), '']);
    expect(similarPairs(left, right, 0.5)).toContainEqual({ left: 0, right: 30, similarity: 1 });
  });
});
