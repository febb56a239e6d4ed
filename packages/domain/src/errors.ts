/**
 * The typed errors of the domain. Each has a stable string `code` (the discriminant callers
 * switch on) and a message a person can act on; none knows about HTTP: the server maps codes to
 * statuses in one place.
 */

/** Every code a domain error can carry. */
export type DomainErrorCode =
  'validation_failed' | 'not_found' | 'forbidden' | 'illegal_state' | 'concurrency_conflict';

/** The common base: a stable `code` and a sentence a person can act on. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** An input is missing, too long or malformed; `field` names it (`title`, `chair.email`). */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  override readonly name = 'ValidationError';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The thing a command is about does not exist (a meeting, a participant); `id` when known. */
export class NotFoundError extends DomainError {
  readonly code = 'not_found';
  override readonly name = 'NotFoundError';

  constructor(
    readonly resource: string,
    message: string,
    readonly id?: string,
  ) {
    super(message);
  }
}

/** The acting person may not do this here; `action` names what was refused. */
export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
  override readonly name = 'ForbiddenError';

  constructor(
    readonly action: string,
    message: string,
  ) {
    super(message);
  }
}

/** The command is well formed and allowed, but the current state refuses it. */
export class IllegalStateError extends DomainError {
  readonly code = 'illegal_state';
  override readonly name = 'IllegalStateError';
}

/** The command was decided on a state that has moved since: read again, then retry. */
export class ConcurrencyError extends DomainError {
  readonly code = 'concurrency_conflict';
  override readonly name = 'ConcurrencyError';

  constructor(
    readonly subject: string,
    readonly expected: string | number,
    readonly actual: string | number,
  ) {
    super(
      `${subject} was expected at ${String(expected)} but is at ${String(actual)}: ` +
        'reload it and try again on top of what is there now.',
    );
  }
}

/** Tells domain errors (safe to show, with a stable code) from unexpected ones. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
