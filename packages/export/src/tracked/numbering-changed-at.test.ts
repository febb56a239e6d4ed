import type { BlockChange } from '@rapporteur/diff';
import { describe, expect, it } from 'vitest';

import { numberingChangedAt } from './numbering-changed-at.js';

const numbered = (change: Omit<BlockChange, 'blockType' | 'section' | 'authors'>): BlockChange => ({
  blockType: 'numberedParagraph',
  section: null,
  authors: [],
  ...change,
});
const times = (entries: [number, [string, string][]][]) =>
  new Map(entries.map(([index, people]) => [index, new Map(people)]));

describe('numberingChangedAt', () => {
  const blockDates = {
    before: times([[4, [['ben', '2026-12-07T09:30:00Z']]]]),
    after: times([
      [1, [['ana', '2026-12-07T09:00:00Z']]],
      [2, [['ana', '2026-12-07T09:45:00Z']]],
      [3, [['ben', '2026-12-07T10:30:00Z']]],
      [6, [['ana', '2026-12-07T11:00:00Z']]],
    ]),
  };

  it('is the latest edit of a numbered paragraph added, removed, moved or changed in level', () => {
    const changes: BlockChange[] = [
      numbered({ kind: 'added', after: { index: 1, text: 'New paragraph.' } }),
      numbered({ kind: 'removed', before: { index: 4, text: 'Gone.' } }),
      // A level change: the same text on both sides.
      numbered({
        kind: 'changed',
        before: { index: 2, text: 'Same words.' },
        after: { index: 2, text: 'Same words.' },
      }),
      // Words changed (a typo fixed later): the numbering did not move.
      numbered({
        kind: 'changed',
        before: { index: 3, text: 'A tpyo.' },
        after: { index: 3, text: 'A typo.' },
      }),
      // A block that is not a numbered paragraph does not renumber anything.
      {
        ...numbered({ kind: 'added', after: { index: 6, text: 'Note.' } }),
        blockType: 'paragraph',
      },
    ];
    expect(numberingChangedAt(changes, blockDates)).toBe('2026-12-07T09:45:00Z');
    expect(numberingChangedAt(changes.slice(0, 2), blockDates)).toBe('2026-12-07T09:30:00Z');
  });

  it('is unknown when the numbering did not change', () => {
    const typo = numbered({
      kind: 'changed',
      before: { index: 3, text: 'A tpyo.' },
      after: { index: 3, text: 'A typo.' },
    });
    expect(numberingChangedAt([typo], blockDates)).toBeUndefined();
  });
});
