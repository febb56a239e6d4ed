import { RapporteurError } from '@rapporteur/errors';

/** A version id this meeting does not have; `whatToDo` ends the sentence for the caller's case. */
export class VersionNotFoundError extends RapporteurError {
  override readonly name = 'VersionNotFoundError';
  readonly code = 'version_not_found';
  readonly kind = 'not_found';
  override readonly title = 'No such version';

  constructor(
    readonly versionId: string,
    whatToDo: string,
  ) {
    super(`This meeting has no version "${versionId}"; ${whatToDo}`);
  }
}

/** A version names a revision of the draft, and an empty draft has none. */
export class EmptyDraftError extends RapporteurError {
  override readonly name = 'EmptyDraftError';
  readonly code = 'empty_draft';
  readonly kind = 'conflict';
  override readonly title = 'Nothing to name yet';

  constructor() {
    super('The draft is empty: write or import something before naming a version.');
  }
}
