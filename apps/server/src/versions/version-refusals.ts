import type { BrokenReference } from '@rapporteur/editor-schema';
import { Refusal, type RefusalType } from '@rapporteur/errors';

// What the version routes refuse beyond the domain's own refusals.
const VERSION_REFUSALS = {
  versionNotFound: ['version_not_found', 'not_found', 'No such version'],
  draftChanged: ['draft_changed', 'conflict', 'The draft changed after the approval'],
  emptyDraft: ['empty_draft', 'conflict', 'Nothing to name yet'],
  brokenReferences: [
    'broken_references',
    'conflict',
    'Cross-references point at deleted paragraphs',
  ],
} as const satisfies Record<string, RefusalType>;

/**
 * A version id this meeting does not have; `whatToDo` ends the sentence for the caller's case.
 * The id stays out of the sentence: people read it, and the request already says which id.
 */
export const versionNotFound = (whatToDo: string): Refusal =>
  new Refusal(VERSION_REFUSALS.versionNotFound, `This meeting has no such version; ${whatToDo}`);

/**
 * A freeze whose version's revision is no longer the draft's head: someone edited after the
 * approval. `version` names it ('version "Final"'); no revision numbers, which read as two
 * contradicting ones beside the version's own.
 */
export const draftChanged = (version: string): Refusal =>
  new Refusal(
    VERSION_REFUSALS.draftChanged,
    `The draft changed after ${version} was approved: someone edited it since. Name, submit and approve a new version, then freeze that one.`,
  );

/** A version names a revision of the draft, and an empty draft has none. */
export const emptyDraft = (): Refusal =>
  new Refusal(
    VERSION_REFUSALS.emptyDraft,
    'The draft is empty: write or import something before naming a version.',
  );

/**
 * An approval of a draft whose cross-references point at deleted paragraphs (decision 48): the
 * official text would print a number that no paragraph has. Each is named by the paragraph it
 * sits in and its words, never by an id.
 */
export const brokenReferences = (broken: readonly BrokenReference[]): Refusal => {
  const listed = broken
    .slice(0, 5)
    .map((reference) => {
      const where =
        reference.inParagraph === '' ? 'before the first paragraph' : `in ${reference.inParagraph}`;
      return `${where} ("${reference.context}")`;
    })
    .join('; ');
  const more = broken.length > 5 ? `; and ${broken.length - 5} more` : '';
  const count =
    broken.length === 1 ? 'A cross-reference points' : `${broken.length} cross-references point`;
  return new Refusal(
    VERSION_REFUSALS.brokenReferences,
    `${count} at a paragraph that was deleted: ${listed}${more}. Request changes, then remove each one or insert it again from the outline, before approving.`,
  );
};
