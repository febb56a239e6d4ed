import { describe, expect, it } from 'vitest';

import { ImportError } from './import-error.js';
import { parseNumberedLine } from './numbered-line.js';

describe('parseNumberedLine', () => {
  it('reads the parts of a typed number and the text after it', () => {
    expect(parseNumberedLine('8.2.1.1. to provide information', 78)).toEqual({
      components: [8, 2, 1, 1],
      rest: 'to provide information',
    });
    expect(parseNumberedLine('11. Concluding Remarks', 121)).toEqual({
      components: [11],
      rest: 'Concluding Remarks',
    });
  });

  it('accepts a number with no text and a multi-part number without its final dot', () => {
    expect(parseNumberedLine('1.', 1)).toEqual({ components: [1], rest: '' });
    expect(parseNumberedLine('4.2.1 Dr Peter Major', 1)).toEqual({
      components: [4, 2, 1],
      rest: 'Dr Peter Major',
    });
  });

  it('ignores a lone number without its dot, a year, and a number glued to a word', () => {
    expect(parseNumberedLine('2020 WSIS Forum', 1)).toBeUndefined();
    expect(parseNumberedLine('2019. A year', 1)).toBeUndefined();
    expect(parseNumberedLine('4.2.1.Dr', 1)).toBeUndefined();
    expect(parseNumberedLine('Section 4.2.1. below', 1)).toBeUndefined();
  });

  it('throws too_deep with the line for seven levels', () => {
    expect(() => parseNumberedLine('1.2.3.4.5.6.7. Too deep', 9)).toThrow(ImportError);
    expect(() => parseNumberedLine('1.2.3.4.5.6.7. Too deep', 9)).toThrow(/^line 9: /);
  });
});
