import { describe, expect, it } from 'vitest';

import {
  clampLevel,
  formatParagraphNumber,
  isLevel,
  paragraphNumbers,
} from './paragraph-numbers.js';

describe('paragraphNumbers', () => {
  it('numbers the example from the contract', () => {
    expect(paragraphNumbers([1, 2, 2, 3, 1])).toEqual(['1.', '1.1.', '1.2.', '1.2.1.', '2.']);
  });

  it('returns nothing for a document without numbered paragraphs', () => {
    expect(paragraphNumbers([])).toEqual([]);
  });

  it('restarts deeper counters when a shallower paragraph comes', () => {
    expect(paragraphNumbers([1, 2, 3, 3, 2, 3, 1, 2])).toEqual([
      '1.',
      '1.1.',
      '1.1.1.',
      '1.1.2.',
      '1.2.',
      '1.2.1.',
      '2.',
      '2.1.',
    ]);
  });

  it('reaches the fourth level the report uses, as in 8.2.1.1.', () => {
    const levels = [1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4, 4];
    expect(paragraphNumbers(levels).slice(-3)).toEqual(['8.2.1.', '8.2.1.1.', '8.2.1.2.']);
  });

  it('shows a skipped level as 0 instead of inventing a paragraph', () => {
    expect(paragraphNumbers([1, 3, 2])).toEqual(['1.', '1.0.1.', '1.1.']);
    expect(paragraphNumbers([2, 1])).toEqual(['0.1.', '1.']);
  });

  it('clamps levels outside 1..6 the way a corrupt attribute is read', () => {
    expect(paragraphNumbers([0, 9, Number.NaN, 2.7])).toEqual(['1.', '1.0.0.0.0.1.', '2.', '2.1.']);
  });
});

describe('clampLevel', () => {
  it('reads numbers and numeric strings and falls back to 1 for anything else', () => {
    expect(clampLevel(3)).toBe(3);
    expect(clampLevel('4')).toBe(4);
    expect(clampLevel(7)).toBe(6);
    expect(clampLevel(-2)).toBe(1);
    expect(clampLevel(null)).toBe(1);
    expect(clampLevel({ level: 2 })).toBe(1);
  });
});

describe('isLevel', () => {
  it('accepts only the integers 1 to 6', () => {
    expect([1, 6].every(isLevel)).toBe(true);
    expect([0, 7, 2.5, '2', null].some(isLevel)).toBe(false);
  });
});

describe('formatParagraphNumber', () => {
  it('ends every component with a dot', () => {
    expect(formatParagraphNumber([4, 2, 1])).toBe('4.2.1.');
  });
});
