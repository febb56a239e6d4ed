import { RapporteurError } from '@rapporteur/errors';

// A request whose path, query, body or headers cannot be used as they are: 400s, each with the
// code that names what to fix.

/** What zod refused in the path, the query or the JSON body, every bad field named. */
export class InvalidRequestError extends RapporteurError {
  override readonly name = 'InvalidRequestError';
  readonly code = 'invalid_request';
  readonly kind = 'invalid';
  override readonly title = 'Invalid request';

  constructor(readonly problems: readonly string[]) {
    super(`The request cannot be used: ${problems.join('; ')}.`);
  }
}

/** A history cursor this server did not give. */
export class InvalidCursorError extends RapporteurError {
  override readonly name = 'InvalidCursorError';
  readonly code = 'invalid_cursor';
  readonly kind = 'invalid';
  override readonly title = 'Invalid cursor';

  constructor() {
    super('The cursor is not one this server gave; start again from the first page.');
  }
}

/** A Last-Event-ID (or `?after=`) that is not the id of an event the stream sent. */
export class InvalidLastEventIdError extends RapporteurError {
  override readonly name = 'InvalidLastEventIdError';
  readonly code = 'invalid_last_event_id';
  readonly kind = 'invalid';
  override readonly title = 'Invalid Last-Event-ID';

  constructor() {
    super('Last-Event-ID must be the id of an event this stream sent (a revision number).');
  }
}
