/** The stable codes of what the history refuses; the server maps them to HTTP. */
export type HistoryErrorCode = 'revision_not_found' | 'invalid_range';

/** A question about the past that has no answer, with a sentence a person can act on. */
export class HistoryError extends Error {
  override readonly name: string = 'HistoryError';
  constructor(
    readonly code: HistoryErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export class RevisionNotFoundError extends HistoryError {
  override readonly name = 'RevisionNotFoundError';
  constructor(
    readonly revision: number,
    readonly head: number,
  ) {
    super(
      'revision_not_found',
      head < 0
        ? `Revision ${revision} does not exist: nothing has been written in this draft yet.`
        : `Revision ${revision} does not exist: this draft's revisions run from 0 to ${head}.`,
    );
  }
}

export class InvalidRangeError extends HistoryError {
  override readonly name = 'InvalidRangeError';
  constructor(from: number, to: number) {
    super(
      'invalid_range',
      `Cannot compare from revision ${from} to revision ${to}: "from" must not come after "to".`,
    );
  }
}
