import type { AuthorRun } from '@rapporteur/diff';
import type { TextItem } from './document-walk.js';

/**
 * Joins per-item attributions into runs: neighbouring items with the same author become one
 * run, so a paragraph typed keystroke by keystroke is one run, not one per character.
 */
export function toAuthorRuns(
  items: Iterable<TextItem>,
  authorOf: (item: TextItem) => Iterable<AuthorRun>,
): AuthorRun[] {
  const runs: { length: number; author: string | null }[] = [];
  for (const item of items) {
    for (const run of authorOf(item)) {
      if (run.length === 0) continue;
      const last = runs[runs.length - 1];
      if (last !== undefined && last.author === run.author) last.length += run.length;
      else runs.push({ length: run.length, author: run.author });
    }
  }
  return runs;
}
