/** The shallowest level a numbered paragraph can have ("4."). */
export const MIN_LEVEL = 1;
/** The deepest level a numbered paragraph can have ("1.2.3.4.5.6."). */
export const MAX_LEVEL = 6;

/**
 * Brings any value into 1..6. Every reader of a `level` attribute goes through this, because a
 * document merged from Yjs may carry whatever a peer wrote, and numbering must never fail.
 */
export function clampLevel(level: unknown): number {
  const value =
    typeof level === 'number'
      ? level
      : typeof level === 'string'
        ? Number.parseInt(level, 10)
        : Number.NaN;
  if (!Number.isFinite(value)) return MIN_LEVEL;
  return Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, Math.trunc(value)));
}

/** True for the integers 1 to 6, the only levels a valid document stores. */
export function isLevel(level: unknown): level is number {
  return Number.isInteger(level) && clampLevel(level) === level;
}

/** Writes number components the way the reports do: [4, 2, 1] -> "4.2.1." */
export function formatParagraphNumber(components: readonly number[]): string {
  return components.map((component) => `${component}.`).join('');
}

/**
 * The numbers of a sequence of numbered paragraphs, from their levels alone.
 *
 * Component k of a paragraph's number counts the level-k paragraphs since the last paragraph
 * shallower than k, so a level-1 paragraph increments the first counter and resets the deeper
 * ones. A skipped level shows as 0 (`[1, 3]` -> `['1.', '1.0.1.']`) rather than inventing a
 * paragraph that is not there: the gap stays visible, and every number stays unique. Levels
 * outside 1..6 are clamped.
 *
 * @example paragraphNumbers([1, 2, 2, 3, 1]) // ['1.', '1.1.', '1.2.', '1.2.1.', '2.']
 */
export function paragraphNumbers(levels: readonly number[]): string[] {
  const counters = new Array<number>(MAX_LEVEL).fill(0);
  return levels.map((raw) => {
    const level = clampLevel(raw);
    counters[level - 1] = (counters[level - 1] ?? 0) + 1;
    counters.fill(0, level);
    return formatParagraphNumber(counters.slice(0, level));
  });
}
