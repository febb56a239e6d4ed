import { describe, expect, it } from 'vitest';

import { revisionDate, revisionMarks } from './revision-marks.js';

describe('revisionMarks', () => {
  const names = new Map([
    ['ana', 'Ana Silva'],
    ['ben', 'Ben Okafor'],
  ]);

  it('gives every mark an id of its own, the first author’s name and the one date', () => {
    const marks = revisionMarks({ names, date: '2019-10-01T09:30:00Z' });
    expect([marks.next(['ana', 'ben']), marks.next(['ben']), marks.next(['ana'])]).toEqual([
      { id: 1, author: 'Ana Silva', date: '2019-10-01T09:30:00Z' },
      { id: 2, author: 'Ben Okafor', date: '2019-10-01T09:30:00Z' },
      { id: 3, author: 'Ana Silva', date: '2019-10-01T09:30:00Z' },
    ]);
    expect(marks.authors).toEqual(['Ana Silva', 'Ben Okafor']);
  });

  it('dates a mark with its first author’s edit time, an authorless one with the last edit, and one without a time with the fallback', () => {
    const marks = revisionMarks({
      names,
      date: '2019-10-01T09:30:00Z',
      dates: new Map([['ana', '2019-09-26T10:15:07.481Z']]),
    });
    expect(marks.next(['ana', 'ben']).date).toBe('2019-09-26T10:15:07Z');
    expect(marks.next(['ben', 'ana']).date).toBe('2019-10-01T09:30:00Z');
    expect(marks.next([]).date).toBe('2019-09-26T10:15:07Z');
    expect(revisionMarks({ names, date: '2019-10-01T09:30:00Z' }).next([]).date).toBe(
      '2019-10-01T09:30:00Z',
    );
  });

  it('dates a mark with its author’s last edit of the change’s block, newer side first', () => {
    const marks = revisionMarks({
      names,
      date: '2019-10-01T09:30:00Z',
      dates: new Map([['ana', '2019-09-26T16:00:00Z']]),
      blockDates: {
        before: new Map([[4, new Map([['ana', '2019-09-26T09:05:00Z']])]]),
        after: new Map([
          [3, new Map([['ana', '2019-09-26T10:15:00Z']])],
          [7, new Map([['ana', '2019-09-26T15:40:00Z']])],
        ]),
      },
    });
    const dated = (block: { before?: { index: number }; after?: { index: number } }) =>
      marks.next(['ana'], block).date;
    expect(dated({ before: { index: 2 }, after: { index: 3 } })).toBe('2019-09-26T10:15:00Z');
    expect(dated({ after: { index: 7 } })).toBe('2019-09-26T15:40:00Z');
    expect(dated({ before: { index: 4 } })).toBe('2019-09-26T09:05:00Z');
    // A block she did not touch in the range: her last edit of all.
    expect(dated({ after: { index: 9 } })).toBe('2019-09-26T16:00:00Z');
    // Someone else's change in her block is not dated with her time.
    expect(marks.next(['ben'], { after: { index: 3 } }).date).toBe('2019-10-01T09:30:00Z');
  });

  it('dates a change nobody made with the time the numbering changed, when it is known', () => {
    const marks = revisionMarks({
      names,
      date: '2019-10-01T09:30:00Z',
      dates: new Map([['ana', '2019-09-26T16:00:00Z']]),
      authorlessDate: '2019-09-26T11:20:00.500Z',
    });
    expect(marks.next([], { after: { index: 1 } }).date).toBe('2019-09-26T11:20:00Z');
    expect(marks.next(['ana']).date).toBe('2019-09-26T16:00:00Z');
  });

  it('refuses an edit time that is not an ISO date before writing any mark', () => {
    expect(() =>
      revisionMarks({ names, date: '2019-10-01T09:30:00Z', dates: new Map([['ana', 'noon']]) }),
    ).toThrow(/"noon" is not an ISO date/);
  });

  it('names a change nobody is known for "Rapporteur", and an id without a name by the id', () => {
    const marks = revisionMarks({ names, date: '2019-10-01T09:30:00Z' });
    expect(marks.next([]).author).toBe('Rapporteur');
    expect(marks.next(['user_7f3a']).author).toBe('user_7f3a');
  });
});

describe('revisionDate', () => {
  it('writes an ISO timestamp to the second in UTC, as Word reads w:date', () => {
    expect(revisionDate('2019-10-01T09:30:00.123Z')).toBe('2019-10-01T09:30:00Z');
    expect(revisionDate('2019-10-01T11:30:00+02:00')).toBe('2019-10-01T09:30:00Z');
    expect(revisionDate('2019-10-01')).toBe('2019-10-01T00:00:00Z');
  });

  it('refuses what is not a date rather than write a file Word would not open', () => {
    expect(() => revisionDate('yesterday')).toThrow(RangeError);
    expect(() => revisionDate('Oct 1, 2019')).toThrow(RangeError);
    expect(() => revisionMarks({ names: new Map(), date: '' })).toThrow(/not an ISO date/);
  });
});
