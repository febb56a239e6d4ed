/**
 * The typed errors of the event store, members of the one family (`@rapporteur/errors`). Each
 * has a stable string `code` that callers (the server's problem JSON, the CLI) can rely on and a
 * `kind`; none of them knows about HTTP.
 */
import { RapporteurError, type ErrorKind } from '@rapporteur/errors';

/** The revision a stream was at when an append looked at it: a number, or no stream at all. */
export type ActualRevision = number | 'no_stream';

/** The common base: a stable `code`, a `kind` and a sentence a person can act on. */
export abstract class EventStoreError extends RapporteurError {
  abstract override readonly code: string;
  abstract override readonly kind: ErrorKind;
}

/** The input cannot be stored as it is (empty stream name, oversized payload, data not JSON...). */
export class ValidationError extends EventStoreError {
  readonly code = 'validation_failed';
  readonly kind = 'invalid';
  override readonly name = 'ValidationError';

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/**
 * The stream was not at the revision the append expected; nothing was written. The same code as
 * the domain's ConcurrencyError: to a client, a conflict is a conflict (decision 30).
 */
export class ConcurrencyError extends EventStoreError {
  readonly code = 'concurrency_conflict';
  readonly kind = 'conflict';
  override readonly title = 'Changed meanwhile';
  override readonly name = 'ConcurrencyError';

  constructor(
    readonly stream: string,
    readonly expected: string | number,
    readonly actual: ActualRevision,
  ) {
    super(
      `Stream "${stream}" was expected at revision ${String(expected)} but is at ${String(actual)}: ` +
        'read the stream again and retry on top of its current revision.',
    );
  }
}

/** The stream is sealed (a frozen draft): it accepts no event until it is unsealed. */
export class StreamSealedError extends EventStoreError {
  readonly code = 'stream_sealed';
  readonly kind = 'locked';
  override readonly title = 'Frozen';
  override readonly name = 'StreamSealedError';

  constructor(
    readonly stream: string,
    readonly revision: number,
  ) {
    super(
      `Stream "${stream}" is sealed at revision ${revision} and accepts no more events until it is unsealed.`,
    );
  }
}

/**
 * Some of the event ids are stored already, but not as this exact append: a retry must send the
 * same events, in the same streams and order, with the same content.
 */
export class DuplicateEventError extends EventStoreError {
  readonly code = 'duplicate_event_id';
  readonly kind = 'conflict';
  override readonly title = 'Event id already used';
  override readonly name = 'DuplicateEventError';

  constructor(
    readonly eventIds: readonly string[],
    detail: string,
  ) {
    super(
      `Event id ${eventIds.join(', ')} is already stored with other content or in another place (${detail}); ` +
        'a retry must repeat the original append exactly, and a new event needs a new id.',
    );
  }
}

/** A position given to readAll or subscribe was not produced by this store. */
export class InvalidPositionError extends ValidationError {
  constructor(position: string) {
    super(
      `"${position}" is not a position of this store: pass a position that it returned, or none to start at the beginning.`,
      'after',
    );
  }
}
