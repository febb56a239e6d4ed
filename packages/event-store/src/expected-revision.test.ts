import { describe, expect, it } from 'vitest';
import { ConcurrencyError } from './errors.js';
import { checkExpectedRevision } from './expected-revision.js';
import type { ExpectedRevision } from './types.js';

const cases: [ExpectedRevision, number | undefined, boolean][] = [
  ['any', undefined, true],
  ['any', 4, true],
  ['no_stream', undefined, true],
  ['no_stream', 0, false],
  ['exists', undefined, false],
  ['exists', 0, true],
  [3, 3, true],
  [3, 4, false],
  [0, undefined, false],
];

describe('checkExpectedRevision', () => {
  it.each(cases)(
    'expected %s against current %s: accepted is %s',
    (expected, current, accepted) => {
      const check = () => {
        checkExpectedRevision('s', expected, current);
      };
      if (accepted) expect(check).not.toThrow();
      else expect(check).toThrow(ConcurrencyError);
    },
  );

  it('says what it expected and what it found', () => {
    try {
      checkExpectedRevision('draft-1', 3, undefined);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ stream: 'draft-1', expected: 3, actual: 'no_stream' });
      expect((error as Error).message).toMatch(/expected at revision 3 but is at no_stream/);
    }
  });
});
