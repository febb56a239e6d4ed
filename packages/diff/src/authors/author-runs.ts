/** A run of consecutive characters of a document's text and the person (an opaque id) it is attributed to. */
export interface AuthorRun {
  readonly length: number;
  readonly author: string | null;
}

/** Who is attributed the characters of a documentText range. */
export interface AuthorIndex {
  /** Adds to `into` every author of a character in [start, end) of documentText. */
  addAuthors(start: number, end: number, into: Set<string>): void;
}

/**
 * Indexes author runs for range queries by binary search. Runs that do not fit the document
 * (too short, too long, a negative length) are read as far as they go and never throw: the
 * attribution comes from another system and a stale one must not break a diff.
 */
export function indexAuthors(runs: readonly AuthorRun[] | undefined): AuthorIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  const authors: string[] = [];
  let at = 0;
  for (const run of runs ?? []) {
    const length = Number.isFinite(run.length) ? Math.max(0, Math.trunc(run.length)) : 0;
    // Unattributed runs take no entry: only their length matters, for the runs after them.
    if (length > 0 && run.author !== null) {
      starts.push(at);
      ends.push(at + length);
      authors.push(run.author);
    }
    at += length;
  }

  return {
    addAuthors(start, end, into) {
      let low = 0;
      let high = ends.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((ends[middle] ?? 0) <= start) low = middle + 1;
        else high = middle;
      }
      for (let run = low; run < starts.length && (starts[run] ?? end) < end; run += 1) {
        const author = authors[run];
        if (author !== undefined) into.add(author);
      }
    },
  };
}

/** Sorted, unique: the order every `authors` field of the diff has. */
export function sortedAuthors(authors: ReadonlySet<string>): string[] {
  return [...authors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
