/** A block of the after document paired with one of the before document. */
export interface Pair {
  readonly before: number;
  readonly after: number;
  /** Its text length: among equally long orders, the one keeping most text in place wins. */
  readonly weight: number;
}

interface Best {
  readonly count: number;
  readonly weight: number;
  /** Position of the chain's last pair in the input, -1 for the empty chain. */
  readonly last: number;
}

const NONE: Best = { count: 0, weight: 0, last: -1 };

function better(a: Best, b: Best): boolean {
  return a.count > b.count || (a.count === b.count && a.weight > b.weight);
}

/**
 * The pairs that stay in order: the longest chain, in after order, whose before indexes
 * increase, and among the longest the one with most text. The others moved. Counting blocks
 * first means that one block moved past several is the one reported moved, whatever its
 * length. O(n log n) with a Fenwick tree of prefix maxima over before indexes.
 *
 * @param pairs sorted by `after`
 * @returns the `after` indexes of the pairs in order
 */
export function pairsInOrder(pairs: readonly Pair[], beforeCount: number): Set<number> {
  const tree = new Array<Best>(beforeCount + 1).fill(NONE);
  const previous = new Array<number>(pairs.length).fill(-1);
  let overall = NONE;
  pairs.forEach((pair, position) => {
    let best = NONE;
    for (let i = pair.before; i > 0; i -= i & -i) {
      const candidate = tree[i] ?? NONE;
      if (better(candidate, best)) best = candidate;
    }
    previous[position] = best.last;
    const chain = { count: best.count + 1, weight: best.weight + pair.weight, last: position };
    if (better(chain, overall)) overall = chain;
    for (let i = pair.before + 1; i <= beforeCount; i += i & -i) {
      if (better(chain, tree[i] ?? NONE)) tree[i] = chain;
    }
  });
  const kept = new Set<number>();
  for (let at = overall.last; at >= 0; at = previous[at] ?? -1) {
    const pair = pairs[at];
    if (pair !== undefined) kept.add(pair.after);
  }
  return kept;
}
