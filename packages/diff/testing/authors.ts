// Author runs for tests: who wrote (or deleted) which characters of a documentText.
import type { AuthorRun } from '../src/index.js';

/** A stretch of documentText and who it is attributed to. */
export interface Attribution {
  readonly start: number;
  readonly end: number;
  readonly author: string;
}

/**
 * Runs over `length` characters: `others` where no attribution covers a character, the
 * attributions (in order, not overlapping) where they do.
 */
export function authorRuns(
  length: number,
  attributions: readonly Attribution[],
  others: string | null = null,
): AuthorRun[] {
  const runs: AuthorRun[] = [];
  let at = 0;
  for (const { start, end, author } of [...attributions].sort((a, b) => a.start - b.start)) {
    if (start > at) runs.push({ length: start - at, author: others });
    runs.push({ length: end - start, author });
    at = end;
  }
  if (length > at) runs.push({ length: length - at, author: others });
  return runs;
}

/** Where `text` is in `haystack`, as an attribution to `author`. Throws when it is not there. */
export function attributeText(haystack: string, text: string, author: string): Attribution {
  const start = haystack.indexOf(text);
  if (start < 0) throw new RangeError(`"${text}" is not in the text`);
  return { start, end: start + text.length, author };
}
