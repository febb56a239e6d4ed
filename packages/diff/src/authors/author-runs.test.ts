import { describe, expect, it } from 'vitest';

import { indexAuthors, sortedAuthors } from './author-runs.js';

function authorsIn(runs: Parameters<typeof indexAuthors>[0], start: number, end: number) {
  const found = new Set<string>();
  indexAuthors(runs).addAuthors(start, end, found);
  return sortedAuthors(found);
}

describe('indexAuthors', () => {
  const runs = [
    { length: 3, author: 'ana' },
    { length: 2, author: null },
    { length: 4, author: 'ben' },
    { length: 1, author: 'ana' },
  ];

  it('finds everyone with a character in the range, and no one outside it', () => {
    expect(authorsIn(runs, 0, 10)).toEqual(['ana', 'ben']);
    expect(authorsIn(runs, 2, 6)).toEqual(['ana', 'ben']);
    expect(authorsIn(runs, 3, 5)).toEqual([]);
    expect(authorsIn(runs, 5, 9)).toEqual(['ben']);
    expect(authorsIn(runs, 9, 10)).toEqual(['ana']);
    expect(authorsIn(runs, 4, 4)).toEqual([]);
  });

  it('attributes nothing without runs, past their end, or to runs of no length', () => {
    expect(authorsIn(undefined, 0, 100)).toEqual([]);
    expect(authorsIn(runs, 10, 20)).toEqual([]);
    expect(
      authorsIn(
        [
          { length: 0, author: 'zero' },
          { length: -4, author: 'negative' },
          { length: Number.NaN, author: 'nan' },
          { length: 2, author: 'ana' },
        ],
        0,
        2,
      ),
    ).toEqual(['ana']);
  });
});
