/** How a person looks to the others: a colour for their caret and avatar (initials.ts: initials). */

/**
 * Caret and presence colours: distinct from each other at a glance, dark enough for white label
 * text (WCAG AA at 12px bold), and none of them the red or green of the status lights.
 */
export const PALETTE = [
  '#2f6fdb',
  '#b4446c',
  '#7a4fd1',
  '#0f7c80',
  '#c25a12',
  '#5b6b1f',
  '#9a3ea8',
  '#1f7a4a',
  '#a23b3b',
  '#2d5f8a',
] as const;

/**
 * The same key always gets the same colour, in every browser (FNV-1a over its characters). The
 * key is the account's id: two people with the same name still look different.
 */
export function colorFor(key: string): string {
  let hash = 0x811c9dc5;
  for (const char of key.toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return PALETTE[hash % PALETTE.length] ?? PALETTE[0];
}
