import { isRapporteurError } from '@rapporteur/errors';
import { describe, expect, it } from 'vitest';
import {
  ConcurrencyError,
  DomainError,
  ForbiddenError,
  IllegalStateError,
  isDomainError,
  NotFoundError,
  ValidationError,
} from './errors.js';

describe('domain errors', () => {
  const errors = [
    new ValidationError('title', 'title must not be empty.'),
    new NotFoundError(
      'participant',
      'p-9 is not a participant in this meeting: invite them first.',
      'p-9',
    ),
    new ForbiddenError('approve', 'Only the chair may approve a version; you are a delegate.'),
    new IllegalStateError('This meeting is already scheduled.'),
    new ConcurrencyError('Version v-2', 41, 42),
  ];

  it('carry stable codes that the server maps to statuses', () => {
    expect(errors.map((error) => error.code)).toEqual([
      'validation_failed',
      'not_found',
      'forbidden',
      'illegal_state',
      'concurrency_conflict',
    ]);
  });

  it('carry the kind of refusal each is, for the server to choose a status', () => {
    expect(errors.map((error) => error.kind)).toEqual([
      'invalid',
      'not_found',
      'forbidden',
      'conflict',
      'conflict',
    ]);
  });

  it('are Errors with a readable name, recognised as domain errors of the one family', () => {
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      expect(error).toBeInstanceOf(DomainError);
      expect(isDomainError(error)).toBe(true);
      expect(isRapporteurError(error)).toBe(true);
      expect(error.name).toBe(error.constructor.name);
    }
    expect(isDomainError(new Error('boom'))).toBe(false);
    expect(isDomainError({ code: 'forbidden', message: 'looks like one' })).toBe(false);
  });

  it('keep what they are about for the caller', () => {
    expect(errors[0]).toMatchObject({ field: 'title' });
    expect(errors[1]).toMatchObject({ resource: 'participant', id: 'p-9' });
    expect(errors[2]).toMatchObject({ action: 'approve' });
    expect(errors[4]).toMatchObject({ subject: 'Version v-2', expected: 41, actual: 42 });
  });

  it('tell a person what to do about a concurrency conflict', () => {
    expect(errors[4]?.message).toBe(
      'Version v-2 was expected at 41 but is at 42: reload it and try again on top of what is there now.',
    );
  });

  it('take a sentence of their own for a conflict when the caller can say more', () => {
    const error = new ConcurrencyError({
      subject: 'the draft',
      expected: 41,
      actual: 43,
      message: 'The draft was expected at revision 41 but someone edited it after the approval.',
    });
    expect(error).toMatchObject({ subject: 'the draft', expected: 41, actual: 43 });
    expect(error.message).toBe(
      'The draft was expected at revision 41 but someone edited it after the approval.',
    );
    expect(new ConcurrencyError({ subject: 'Version v-2', expected: 41, actual: 42 }).message).toBe(
      errors[4]?.message,
    );
  });
});
