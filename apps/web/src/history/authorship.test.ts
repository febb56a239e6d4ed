import { describe, expect, it } from 'vitest';

import { authorShares, percentOf } from './authorship.js';
import { colorFor, PALETTE } from '../identity/identity.js';
import { colourOf, distinctColours, indexPeople, inWords, tint } from './history-people.js';

describe('who wrote the draft', () => {
  it('counts each person’s characters, most first, the unattributed text last', () => {
    const blocks = [
      {
        type: 'paragraph',
        section: null,
        runs: [
          { text: 'Imported text that is long.', author: null },
          { text: 'abc', author: 'chair' },
        ],
      },
      {
        type: 'bulletList',
        section: '1.',
        runs: [
          { text: 'abcdef', author: 'sec' },
          { text: '\n', author: null },
          { text: 'gh', author: 'chair' },
        ],
      },
    ];
    expect(authorShares(blocks)).toEqual([
      { author: 'sec', characters: 6 },
      { author: 'chair', characters: 5 },
      { author: null, characters: 27 },
    ]);
  });

  it('never writes a share that is not all as 100% or a sliver as 0%', () => {
    expect(percentOf(42, 100)).toBe('42%');
    expect(percentOf(59, 23_700)).toBe('<1%');
    expect(percentOf(23_641, 23_700)).toBe('>99%');
    expect(percentOf(10, 10)).toBe('100%');
    expect(percentOf(0, 10)).toBe('0%');
  });

  it('tints a person’s colour for a background, and greys the server’s own actors', () => {
    expect(tint('#2f6fdb', 16)).toBe('rgb(47 111 219 / 16%)');
    expect(tint('teal', 16)).toBe('teal');
    const people = indexPeople([]);
    expect(colourOf(people, 'system:demo')).toBe('#8a94a3');
    expect(colourOf(people, 'user-1')).toBe(colorFor('user-1'));
  });

  it('gives everyone a colour of their own: their caret’s, unless taken', () => {
    // 'p-chair' and 'p-vice' hash to the same colour of the palette.
    expect(colorFor('p-chair')).toBe(colorFor('p-vice'));
    const colours = distinctColours(['p-vice', 'p-chair', 'p-sec']);
    expect(new Set(colours.values()).size).toBe(3);
    expect(colours.get('p-chair')).toBe(colorFor('p-chair'));
    expect(distinctColours(['p-sec', 'p-chair', 'p-vice'])).toEqual(colours);
    const many = distinctColours(Array.from({ length: PALETTE.length }, (_, index) => `u${index}`));
    expect(new Set(many.values()).size).toBe(PALETTE.length);
  });

  it('lists names in words', () => {
    expect(inWords(['A'])).toBe('A');
    expect(inWords(['A', 'B'])).toBe('A and B');
    expect(inWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
