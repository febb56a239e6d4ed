import { similarity, similarityBound, type WordBag } from './similarity.js';

/** A candidate pairing: positions in the two lists given to similarPairs. */
export interface SimilarPair {
  readonly left: number;
  readonly right: number;
  readonly similarity: number;
}

// Up to this many pairs, every pair is compared. Past it, each left block is compared with a
// few candidates only, so that a heavily rewritten document stays linear in its size.
const ALL_PAIRS_BUDGET = 400;
/** How many right blocks one left block is compared with, past the budget. */
export const CANDIDATES_PER_BLOCK = 8;
// How many postings one left block may walk to find its candidates: rare words are walked first,
// so common ones ("the") are the ones left out.
const POSTINGS_BUDGET = 96;

/** The pairs of `left` × `right` whose similarity is at least `threshold`, in no order. */
export function similarPairs(
  left: readonly WordBag[],
  right: readonly WordBag[],
  threshold: number,
): SimilarPair[] {
  const pairs: SimilarPair[] = [];
  const consider = (l: number, r: number): void => {
    const a = left[l];
    const b = right[r];
    if (a === undefined || b === undefined || similarityBound(a, b) < threshold) return;
    const value = similarity(a, b);
    if (value >= threshold) pairs.push({ left: l, right: r, similarity: value });
  };
  if (left.length * right.length <= ALL_PAIRS_BUDGET) {
    left.forEach((_, l) => {
      right.forEach((_, r) => {
        consider(l, r);
      });
    });
    return pairs;
  }
  const candidates = candidateFinder(right);
  left.forEach((bag, l) => {
    for (const r of candidates(bag)) consider(l, r);
  });
  return pairs;
}

/**
 * An inverted index of the right blocks' words. A left block's candidates are the right blocks
 * sharing most of its rarest words; empty blocks are candidates of empty blocks.
 */
function candidateFinder(right: readonly WordBag[]): (bag: WordBag) => number[] {
  const postings = new Map<string, number[]>();
  const empty: number[] = [];
  right.forEach((bag, r) => {
    if (bag.size === 0) empty.push(r);
    for (const word of bag.counts.keys()) {
      const list = postings.get(word);
      if (list === undefined) postings.set(word, [r]);
      else list.push(r);
    }
  });
  return (bag) => {
    if (bag.size === 0) return empty.slice(0, CANDIDATES_PER_BLOCK);
    const lists = [...bag.counts.keys()]
      .map((word) => postings.get(word) ?? [])
      .filter((list) => list.length > 0)
      .sort((a, b) => a.length - b.length);
    return [...sharedWords(lists)]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, CANDIDATES_PER_BLOCK)
      .map(([r]) => r);
  };
}

/** How many of the lists each right block is in, walking at most POSTINGS_BUDGET entries. */
function sharedWords(lists: readonly (readonly number[])[]): Map<number, number> {
  const shared = new Map<number, number>();
  let walked = 0;
  for (const list of lists) {
    for (const r of list) {
      if (walked === POSTINGS_BUDGET) return shared;
      walked += 1;
      shared.set(r, (shared.get(r) ?? 0) + 1);
    }
  }
  return shared;
}
