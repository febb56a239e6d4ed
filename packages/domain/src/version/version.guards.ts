import { ForbiddenError, IllegalStateError, NotFoundError } from '../errors.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { whoMay } from '../permissions/permissions.js';
import { versionInSentence, type Version, type VersionStatus } from './version.js';

// Where a version stands, as the second half of a refusal.
const STANDING: { readonly [S in VersionStatus]: string } = {
  named: `has not been submitted for approval yet: ${whoMay('submit-version')} submits it first`,
  submitted: 'is waiting for approval',
  endorsed: 'is waiting for approval',
  'changes-requested':
    'was sent back with changes requested: name a new version with the changes and submit that',
  approved: 'is approved already',
  frozen: 'is frozen',
};

/** 'the original' for document revision 0, 'Rev.2' for 2. */
export function revisionInWords(documentRevision: number): string {
  return documentRevision === 0 ? 'the original' : `Rev.${documentRevision}`;
}

/** The version, or a NotFoundError saying that no version has this id here. */
export function requireVersion(meeting: ScheduledMeeting, versionId: string): Version {
  const version = meeting.versions.get(versionId);
  if (version !== undefined) return version;
  throw new NotFoundError(
    'version',
    'This meeting has no such version: name the revision of the draft first.',
    versionId,
  );
}

/** Refuses to `doing` while the draft is frozen: nothing moves until the chair reopens it. */
export function requireNotFrozen(meeting: ScheduledMeeting, doing: string): void {
  if (meeting.frozen === undefined) return;
  const version = meeting.versions.get(meeting.frozen.versionId);
  const at =
    version === undefined ? '' : ` at ${versionInSentence(version, meeting.versions.values())}`;
  throw new IllegalStateError(
    `The draft is frozen${at}: to ${doing}, the chair first reopens it, which starts ` +
      `${revisionInWords(meeting.documentRevision + 1)}.`,
  );
}

/** Refuses a version of an earlier document revision: that revision was frozen, and is closed. */
export function requireCurrent(meeting: ScheduledMeeting, version: Version): void {
  if (version.documentRevision === meeting.documentRevision) return;
  throw new IllegalStateError(
    `${capitalised(versionInSentence(version, meeting.versions.values()))} belongs to ${revisionInWords(version.documentRevision)}, ` +
      `which was frozen and then reopened as ${revisionInWords(meeting.documentRevision)}: ` +
      `name a version of ${revisionInWords(meeting.documentRevision)} instead.`,
  );
}

/**
 * Refuses unless the version is in one of the `allowed` states; `only` says which, in words, and
 * `among` are the meeting's versions, to tell namesakes apart.
 */
export function requireStatus(
  version: Version,
  allowed: readonly VersionStatus[],
  refusal: { readonly only: string; readonly among: Iterable<Version> },
): void {
  if (allowed.includes(version.status)) return;
  const named = versionInSentence(version, refusal.among);
  throw new IllegalStateError(`${refusal.only}; ${named} ${STANDING[version.status]}.`);
}

/**
 * Refuses an endorsement by the person who submitted the version: an endorsement is a second
 * pair of eyes, so whoever asked for approval cannot also vouch for it.
 */
export function requireNotSubmitter(
  version: Version,
  personId: string,
  among: Iterable<Version> = [],
): void {
  if (version.submitted?.by.personId !== personId) return;
  throw new ForbiddenError(
    'endorse',
    `You submitted ${versionInSentence(version, among)} for approval, so you cannot endorse it: ` +
      'a vice-chair who did not submit it endorses it.',
  );
}

/** The sentence's first letter in capitals: 'Version "Draft" is...'. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
