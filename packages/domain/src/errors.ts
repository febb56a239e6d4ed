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

/** What a ConcurrencyError is about, for the form of its constructor that takes one object. */
export type Conflict = {
  readonly subject: string;
  readonly expected: string | number;
  readonly actual: string | number;
  /** A sentence of its own, when the caller can say more than "reload and retry". */
  readonly message?: string;
};

/** The command was decided on a state that has moved since: read again, then retry. */
export class ConcurrencyError extends DomainError {
  readonly code = 'concurrency_conflict';
  override readonly name = 'ConcurrencyError';
  readonly subject: string;
  readonly expected: string | number;
  readonly actual: string | number;

  constructor(subject: string, expected: string | number, actual: string | number);
  constructor(conflict: Conflict);
  constructor(...args: [string, string | number, string | number] | [Conflict]) {
    const conflict: Conflict =
      args.length === 1 ? args[0] : { subject: args[0], expected: args[1], actual: args[2] };
    super(
      conflict.message ??
        `${conflict.subject} was expected at ${String(conflict.expected)} but is at ${String(conflict.actual)}: ` +
          'reload it and try again on top of what is there now.',
    );
    this.subject = conflict.subject;
    this.expected = conflict.expected;
    this.actual = conflict.actual;
  }
}

/** Tells domain errors (safe to show, with a stable code) from unexpected ones. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
