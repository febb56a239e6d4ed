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

/** A freeze whose version's revision is no longer the draft's head: someone edited after the approval. */
export class DraftChangedError extends RapporteurError {
  override readonly name = 'DraftChangedError';
  readonly code = 'draft_changed';
  readonly kind = 'conflict';
  override readonly title = 'The draft changed after the approval';

  constructor(
    readonly expected: number,
    readonly actual: number | string,
  ) {
    super(
      `The freeze expected the draft at revision ${expected}, where the version was approved, but it is at ${String(actual)}: someone edited it since. Name, submit and approve a new version, then freeze that one.`,
    );
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
