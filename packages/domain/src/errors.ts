/**
 * The typed errors of the domain, members of the one family (`@rapporteur/errors`). Each has a
 * stable string `code` (the discriminant callers switch on), a `kind` and a message a person can
 * act on; none knows about HTTP: the server maps kinds to statuses in one place.
 */
import { RapporteurError, type ErrorKind } from '@rapporteur/errors';

/** Every code a domain error can carry. */
export type DomainErrorCode =
  'validation_failed' | 'not_found' | 'forbidden' | 'illegal_state' | 'concurrency_conflict';

/** The common base: a stable `code`, a `kind` and a sentence a person can act on. */
export abstract class DomainError extends RapporteurError {
  abstract override readonly code: DomainErrorCode;
  abstract override readonly kind: ErrorKind;
}

/** An input is missing, too long or malformed; `field` names it (`title`, `chair.email`). */
export class ValidationError extends DomainError {
  readonly code = 'validation_failed';
  readonly kind = 'invalid';
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
  readonly kind = 'not_found';
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
  readonly kind = 'forbidden';
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
  readonly kind = 'conflict';
  override readonly title = 'Not possible now';
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
  readonly kind = 'conflict';
  override readonly title = 'Changed meanwhile';
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
