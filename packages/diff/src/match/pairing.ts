import type { SimilarPair } from './similar-pairs.js';

/** Best first: most similar, then nearest in relative position, then earliest. */
function byPreference(leftCount: number, rightCount: number) {
  const place = (pair: SimilarPair): number =>
    Math.abs(pair.left / Math.max(1, leftCount) - pair.right / Math.max(1, rightCount));
  return (x: SimilarPair, y: SimilarPair): number =>
    y.similarity - x.similarity || place(x) - place(y) || x.left - y.left || x.right - y.right;
}

/**
 * Greedy, best pair first, keeping only pairs in the same order on both sides: the edits made
 * in place between two identical blocks. Returned sorted by `left`.
 */
export function pairInOrder(
  pairs: readonly SimilarPair[],
  leftCount: number,
  rightCount: number,
): SimilarPair[] {
  const kept: SimilarPair[] = [];
  for (const pair of [...pairs].sort(byPreference(leftCount, rightCount))) {
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((kept[middle]?.left ?? 0) < pair.left) low = middle + 1;
      else high = middle;
    }
    const previous = kept[low - 1];
    const next = kept[low];
    // Kept pairs are in order on both sides, so the neighbours by left are the only ones to check.
    const fits =
      (previous === undefined || previous.right < pair.right) &&
      (next === undefined || (next.left > pair.left && next.right > pair.right));
    if (fits) kept.splice(low, 0, pair);
  }
  return kept;
}

/** Greedy, best pair first, each side used once, in any order: moves. */
export function pairAnyOrder(
  pairs: readonly SimilarPair[],
  leftCount: number,
  rightCount: number,
): SimilarPair[] {
  const usedLeft = new Set<number>();
  const usedRight = new Set<number>();
  const kept: SimilarPair[] = [];
  for (const pair of [...pairs].sort(byPreference(leftCount, rightCount))) {
    if (usedLeft.has(pair.left) || usedRight.has(pair.right)) continue;
    usedLeft.add(pair.left);
    usedRight.add(pair.right);
    kept.push(pair);
  }
  return kept;
}
