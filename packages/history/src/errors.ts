import { RapporteurError, type ErrorKind } from '@rapporteur/errors';

/** The stable codes of what the history refuses; the server maps their kinds to HTTP. */
export type HistoryErrorCode = 'revision_not_found' | 'invalid_range';

const ABOUT: Record<HistoryErrorCode, { readonly kind: ErrorKind; readonly title: string }> = {
  revision_not_found: { kind: 'not_found', title: 'No such revision' },
  invalid_range: { kind: 'invalid', title: 'Invalid range' },
};

/** A question about the past that has no answer, with a sentence a person can act on. */
export class HistoryError extends RapporteurError {
  override readonly name: string = 'HistoryError';
  readonly kind: ErrorKind;
  override readonly title: string;

  constructor(
    readonly code: HistoryErrorCode,
    message: string,
  ) {
    super(message);
    this.kind = ABOUT[code].kind;
    this.title = ABOUT[code].title;
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
