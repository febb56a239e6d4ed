/**
 * The index of the first range that ends after `clock`, in ranges of one client's clocks sorted
 * by clock and disjoint (a Yjs delete set's, or ours).
 */
export function firstEndingAfter(
  ranges: readonly { readonly clock: number; readonly len: number }[],
  clock: number,
): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const range = ranges[middle];
    if (range !== undefined && range.clock + range.len <= clock) low = middle + 1;
    else high = middle;
  }
  return low;
}
