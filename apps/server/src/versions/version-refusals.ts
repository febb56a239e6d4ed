import { Refusal, type RefusalType } from '@rapporteur/errors';

// What the version routes refuse beyond the domain's own refusals.
const VERSION_REFUSALS = {
  versionNotFound: ['version_not_found', 'not_found', 'No such version'],
  draftChanged: ['draft_changed', 'conflict', 'The draft changed after the approval'],
  emptyDraft: ['empty_draft', 'conflict', 'Nothing to name yet'],
} as const satisfies Record<string, RefusalType>;

/** A version id this meeting does not have; `whatToDo` ends the sentence for the caller's case. */
export const versionNotFound = (versionId: string, whatToDo: string): Refusal =>
  new Refusal(
    VERSION_REFUSALS.versionNotFound,
    `This meeting has no version "${versionId}"; ${whatToDo}`,
  );

/** A freeze whose version's revision is no longer the draft's head: someone edited after the approval. */
export const draftChanged = (expected: number, actual: number | string): Refusal =>
  new Refusal(
    VERSION_REFUSALS.draftChanged,
    `The freeze expected the draft at revision ${expected}, where the version was approved, but it is at ${String(actual)}: someone edited it since. Name, submit and approve a new version, then freeze that one.`,
  );

/** A version names a revision of the draft, and an empty draft has none. */
export const emptyDraft = (): Refusal =>
  new Refusal(
    VERSION_REFUSALS.emptyDraft,
    'The draft is empty: write or import something before naming a version.',
  );
