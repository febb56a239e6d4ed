import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, isRapporteurError, RapporteurError, type ErrorKind } from './index.js';

class StreamSealed extends RapporteurError {
  readonly code = 'stream_sealed';
  readonly kind = 'locked';
  override readonly name = 'StreamSealed';
}

class Conflicting extends RapporteurError {
  readonly code = 'concurrency_conflict';
  readonly kind: ErrorKind = 'conflict';
  override readonly title = 'Changed meanwhile';
}

describe('the error family', () => {
  it('carries a code, a kind and the sentence it was given', () => {
    const error = new StreamSealed('The draft is frozen: reopen it first.');
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      code: 'stream_sealed',
      kind: 'locked',
      name: 'StreamSealed',
      message: 'The draft is frozen: reopen it first.',
    });
  });

  it('leaves the title to the kind unless a class names its own', () => {
    expect(new StreamSealed('x').title).toBeUndefined();
    expect(new Conflicting('x').title).toBe('Changed meanwhile');
  });

  it('is told apart from unexpected errors and from look-alikes', () => {
    expect(isRapporteurError(new Conflicting('x'))).toBe(true);
    expect(isRapporteurError(new Error('boom'))).toBe(false);
    expect(
      isRapporteurError({ code: 'forbidden', kind: 'forbidden', message: 'looks like one' }),
    ).toBe(false);
    expect(isRapporteurError(undefined)).toBe(false);
  });

  it('names each kind once', () => {
    expect(new Set(ERROR_KINDS).size).toBe(ERROR_KINDS.length);
    expect(ERROR_KINDS).toContain('locked');
  });
});
