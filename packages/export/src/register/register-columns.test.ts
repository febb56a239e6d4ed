import { describe, expect, it } from 'vitest';

import { registerRow } from '../../testing/index.js';
import { printedTimestamp, REGISTER_COLUMNS } from './register-columns.js';

describe('REGISTER_COLUMNS', () => {
  it('holds the nine columns of the register, in the order both formats print them', () => {
    expect(REGISTER_COLUMNS.map((column) => column.header)).toEqual([
      'No.',
      'Paragraph',
      'Type',
      'Author',
      'Text',
      'Disposition',
      'Decided by',
      'Date',
      'Reason',
    ]);
  });

  it('gives the CSV the JSON values and the document words a reader expects', () => {
    const row = registerRow({
      number: 12,
      type: 'suggestion',
      paragraph: null,
      disposition: 'accepted',
      decidedBy: 'Vladimir Minkin',
      decidedAt: '2019-09-26T12:15:42.500+02:00',
      reason: 'Agreed.',
    });
    expect(REGISTER_COLUMNS.map((column) => column.raw(row))).toEqual([
      '12',
      '',
      'suggestion',
      'Ana Silva',
      row.text,
      'accepted',
      'Vladimir Minkin',
      '2019-09-26T12:15:42.500+02:00',
      'Agreed.',
    ]);
    expect(REGISTER_COLUMNS.map((column) => column.printed(row))).toEqual([
      '12',
      '',
      'Suggestion',
      'Ana Silva',
      row.text,
      'Accepted',
      'Vladimir Minkin',
      '2019-09-26 10:15',
      'Agreed.',
    ]);
  });
});

describe('printedTimestamp', () => {
  it('prints a timestamp to the minute in UTC, whatever offset it was given with', () => {
    expect(printedTimestamp('2019-09-26T10:15:59.999Z')).toBe('2019-09-26 10:15');
    expect(printedTimestamp('2019-09-27T01:30:00+05:00')).toBe('2019-09-26 20:30');
  });
});
