import { describe, expect, it } from 'vitest';

import { ALL, describeChange, filterChoices, filterLines, registerLines } from './register-rows.js';
import type { ReviewComment, ReviewSuggestion } from './review-api.js';

const ANCHOR = { start: 'AQID', end: 'AQID' };

const comment = (
  fields: Partial<ReviewComment> & Pick<ReviewComment, 'number'>,
): ReviewComment => ({
  commentId: `c${fields.number}`,
  paragraph: '8.2.1.',
  author: 'u-vice',
  authorName: 'Vera Vice',
  quote: 'the agenda',
  body: 'Name the agenda’s document.',
  status: 'open',
  createdAt: '2026-12-07T10:00:00Z',
  replies: [],
  disposition: null,
  resolvedBy: null,
  resolvedByName: null,
  resolvedAt: null,
  reason: null,
  anchor: ANCHOR,
  orphaned: false,
  ...fields,
});

const suggestion = (
  fields: Partial<ReviewSuggestion> & Pick<ReviewSuggestion, 'number'>,
): ReviewSuggestion => ({
  suggestionId: `s${fields.number}`,
  paragraph: '9.1.',
  author: 'u-sec',
  authorName: 'Sam Secretariat',
  kind: 'insertion',
  text: '',
  replacement: 'new words',
  note: null,
  status: 'open',
  proposedAt: '2026-12-07T10:00:00Z',
  decidedBy: null,
  decidedByName: null,
  decidedAt: null,
  reason: null,
  anchor: ANCHOR,
  orphaned: false,
  ...fields,
});

const LISTS = {
  comments: [
    comment({ number: 2 }),
    comment({
      number: 4,
      paragraph: '9.1.2.',
      status: 'resolved',
      disposition: 'noted',
      resolvedByName: 'Carla Chair',
      reason: 'Kept as is.',
    }),
  ],
  suggestions: [
    suggestion({ number: 1 }),
    suggestion({
      number: 3,
      kind: 'deletion',
      text: 'old words',
      replacement: '',
      status: 'rejected',
      decidedByName: 'Carla Chair',
      paragraph: null,
    }),
  ],
};

describe('the disposition register', () => {
  it('lists comments and suggestions together in the order they were made', () => {
    const lines = registerLines(LISTS);
    expect(lines.map((line) => [line.number, line.type, line.disposition])).toEqual([
      [1, 'suggestion', 'open'],
      [2, 'comment', 'open'],
      [3, 'suggestion', 'rejected'],
      [4, 'comment', 'noted'],
    ]);
    expect(lines[3]).toMatchObject({
      paragraph: '9.1.2',
      decidedBy: 'Carla Chair',
      reason: 'Kept as is.',
    });
  });

  it('says what each suggestion changes', () => {
    expect(describeChange({ kind: 'insertion', text: '', replacement: 'a' })).toBe('Insert “a”');
    expect(describeChange({ kind: 'deletion', text: 'b', replacement: '' })).toBe('Delete “b”');
    expect(describeChange({ kind: 'replacement', text: 'b', replacement: 'a' })).toBe(
      'Replace “b” with “a”',
    );
  });

  it('filters open or decided, by author, and by paragraph with the ones under it', () => {
    const lines = registerLines(LISTS);
    const numbers = (filter: Partial<typeof ALL>) =>
      filterLines(lines, { ...ALL, ...filter }).map((line) => line.number);
    expect(numbers({})).toEqual([1, 2, 3, 4]);
    expect(numbers({ state: 'open' })).toEqual([1, 2]);
    expect(numbers({ state: 'decided' })).toEqual([3, 4]);
    expect(numbers({ author: 'u-vice' })).toEqual([2, 4]);
    expect(numbers({ paragraph: '9.1' })).toEqual([1, 4]);
    expect(numbers({ paragraph: '9.1.2.' })).toEqual([4]);
    expect(numbers({ state: 'open', paragraph: '9' })).toEqual([1]);
  });

  it('offers the authors by name and the paragraphs in document order', () => {
    const choices = filterChoices(
      registerLines({
        comments: [
          comment({ number: 1, paragraph: '10.1.' }),
          comment({ number: 2, paragraph: '9.2.' }),
        ],
        suggestions: [suggestion({ number: 3, paragraph: '9.10.' })],
      }),
    );
    expect(choices.paragraphs).toEqual(['9.2', '9.10', '10.1']);
    expect(choices.authors.map((author) => author.name)).toEqual(['Sam Secretariat', 'Vera Vice']);
  });
});
