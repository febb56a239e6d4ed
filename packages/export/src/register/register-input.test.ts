import { describe, expect, it } from 'vitest';

import { registerHeading, registerRow, registerRows } from '../../testing/index.js';
import { assertRegister, RegisterInputError } from './register-input.js';

function refusal(run: () => void): RegisterInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof RegisterInputError) return error;
    throw error;
  }
  throw new Error('expected a RegisterInputError, got none');
}

describe('assertRegister', () => {
  it('accepts every type and disposition, open and decided rows, and no rows at all', () => {
    expect(() => {
      assertRegister(registerRows(), registerHeading(), 'test');
    }).not.toThrow();
    expect(() => {
      assertRegister([], registerHeading(), 'test');
    }).not.toThrow();
  });

  it('refuses a number that is not a whole number from 1, or one given twice', () => {
    const error = refusal(() => {
      assertRegister(
        [registerRow({ number: 0 }), registerRow({ number: 2.5 }), registerRow(), registerRow()],
        registerHeading(),
        'registerDocx',
      );
    });
    expect(error.code).toBe('invalid_register');
    expect(error.message).toMatch(/^registerDocx: the register cannot be exported: /);
    expect(error.message).toContain('row 1 (No. 0): number 0 is not a whole number from 1');
    expect(error.message).toContain('row 2 (No. 2.5): number 2.5 is not a whole number from 1');
    expect(error.message).toContain('No. 1 is given twice');
  });

  it('refuses an unknown type, and a decision date or export time that is not a timestamp', () => {
    const error = refusal(() => {
      assertRegister(
        [registerRow({ type: 'note' as 'comment', decidedAt: '26/09/2019' })],
        registerHeading({ generatedAt: 'now' }),
        'registerCsv',
      );
    });
    expect(error.message).toContain(
      "row 1 (No. 1): type 'note' is not one of comment, suggestion; row 1 (No. 1): decidedAt '26/09/2019' is not an ISO timestamp",
    );
    expect(error.message).toContain("generatedAt 'now' is not an ISO timestamp");
  });

  it('takes timestamps with or without seconds and fractions, in UTC or with an offset', () => {
    for (const decidedAt of [
      '2019-09-26T10:15Z',
      '2019-09-26T10:15:00Z',
      '2019-09-26T10:15:00.123Z',
      '2019-09-26T12:15:00+02:00',
    ]) {
      expect(() => {
        assertRegister([registerRow({ decidedAt })], registerHeading(), 'test');
      }, decidedAt).not.toThrow();
    }
    expect(() => {
      assertRegister([registerRow({ decidedAt: '2019-02-30T10:15:00Z' })], registerHeading(), 'x');
    }).toThrow(RegisterInputError);
  });
});
