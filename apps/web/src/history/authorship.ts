import type { AuthoredBlock } from './history-types.js';

/** How much of the text one person wrote; `null` for text nobody is known to have written. */
export interface AuthorShare {
  readonly author: string | null;
  readonly characters: number;
}

/**
 * Who wrote how much of the draft, most first, the unattributed text last. The line breaks
 * that separate list items and cells are nobody's writing and are not counted.
 */
export function authorShares(blocks: readonly AuthoredBlock[]): AuthorShare[] {
  const counts = new Map<string | null, number>();
  for (const block of blocks)
    for (const run of block.runs) {
      const characters = run.text.replaceAll('\n', '').length;
      if (characters > 0) counts.set(run.author, (counts.get(run.author) ?? 0) + characters);
    }
  return [...counts]
    .map(([author, characters]) => ({ author, characters }))
    .sort(
      (a, b) =>
        Number(a.author === null) - Number(b.author === null) || b.characters - a.characters,
    );
}

/**
 * A share as the legend writes it: "42%"; "<1%" for a sentence in a long report, and ">99%"
 * for the rest of it, so that no share that is not all reads as all.
 */
export function percentOf(part: number, whole: number): string {
  if (whole <= 0 || part <= 0) return '0%';
  if (part >= whole) return '100%';
  const percent = (part / whole) * 100;
  if (percent < 1) return '<1%';
  return percent > 99 ? '>99%' : `${Math.round(percent)}%`;
}
