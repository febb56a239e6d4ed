import type { BlockChange } from '@rapporteur/diff';

import type { BlockEditTimes } from './revision-marks.js';

const NUMBERED_PARAGRAPH = 'numberedParagraph';

/**
 * When the paragraph numbering last changed between the two versions: the latest edit, by
 * anyone, of a numbered paragraph that was added, removed or moved, or whose level changed
 * (its text the same on both sides). That is the moment a cross-reference nobody touched was
 * renumbered, so its tracked change is dated then rather than with the range's last edit,
 * which may be a typo fixed later elsewhere. Undefined when no such edit is known.
 */
export function numberingChangedAt(
  changes: readonly BlockChange[],
  blockDates: BlockEditTimes,
): string | undefined {
  const times: string[] = [];
  const add = (side: 'before' | 'after', index: number | undefined) => {
    if (index === undefined) return;
    times.push(...(blockDates[side].get(index)?.values() ?? []));
  };
  for (const change of changes) {
    if (change.blockType !== NUMBERED_PARAGRAPH || !renumbers(change)) continue;
    add('after', change.after?.index);
    add('before', change.before?.index);
  }
  // ISO instants in one format sort as text.
  return times.sort().at(-1);
}

function renumbers(change: BlockChange): boolean {
  switch (change.kind) {
    case 'added':
    case 'removed':
    case 'moved':
      return true;
    case 'changed':
      // A level change alone: the diff says no words, the text is the same on both sides.
      return change.before?.text === change.after?.text;
    case 'unchanged':
      return false;
  }
}
