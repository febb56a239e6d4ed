import { RapporteurError } from '@rapporteur/errors';

/**
 * A change sent with an If-Match that is not the meeting's revision any more: the client decided
 * on a meeting that has changed since it read it (412, and nothing is stored).
 */
export class MeetingChangedError extends RapporteurError {
  override readonly name = 'MeetingChangedError';
  readonly code = 'precondition_failed';
  readonly kind = 'precondition_failed';
  override readonly title = 'The meeting changed';

  constructor(
    readonly expected: number,
    readonly actual: number,
  ) {
    super(
      `The meeting changed since you read it (you read revision ${expected}, it is at ${actual}): nothing was stored. Reload it, check the change, and try again.`,
    );
  }
}
