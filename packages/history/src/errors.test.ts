import { isRapporteurError } from '@rapporteur/errors';
import { describe, expect, it } from 'vitest';
import { HistoryError, InvalidRangeError, RevisionNotFoundError } from './errors.js';

describe('history errors', () => {
  it('say which revision is missing, as a not_found of the one family', () => {
    const error = new RevisionNotFoundError(7, 3);
    expect(isRapporteurError(error)).toBe(true);
    expect(error).toBeInstanceOf(HistoryError);
    expect(error).toMatchObject({
      code: 'revision_not_found',
      kind: 'not_found',
      title: 'No such revision',
      name: 'RevisionNotFoundError',
      revision: 7,
      head: 3,
    });
  });

  it('refuse a range that runs backwards as invalid input', () => {
    expect(new InvalidRangeError(5, 2)).toMatchObject({
      code: 'invalid_range',
      kind: 'invalid',
      title: 'Invalid range',
      message: 'Cannot compare from revision 5 to revision 2: "from" must not come after "to".',
    });
  });

  it('take their kind from the code when built from the base class', () => {
    expect(new HistoryError('invalid_range', 'x').kind).toBe('invalid');
    expect(new HistoryError('revision_not_found', 'x').kind).toBe('not_found');
  });
});
