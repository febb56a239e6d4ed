import { IllegalStateError } from '../errors.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { authorizeIn, requireStamp } from '../meeting/meeting.guards.js';
import {
  optionalParagraphs,
  requireId,
  requireSha256,
  requireStreamRevision,
  requireText,
} from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import type { NameVersion, SubmitVersion } from './version.commands.js';
import type { VersionNamed, VersionSubmitted } from './version.events.js';
import { VERSION_STEPS } from './version-steps.js';
import {
  capitalised,
  requireCurrent,
  requireNotFrozen,
  requireStatus,
  requireVersion,
  revisionInWords,
} from './version.guards.js';
import { versionInSentence } from './version.js';
import { versionUnderReview } from '../review/review.queries.js';

/** Decides naming a revision of the draft: a new id, and a revision after any frozen one. */
export function nameVersion(
  meeting: ScheduledMeeting,
  command: NameVersion,
): readonly VersionNamed[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'name-version');
  const version = {
    versionId: requireId('versionId', command.data.versionId),
    name: requireText('name', command.data.name, LIMITS.versionName),
    draftRevision: requireStreamRevision('draftRevision', command.data.draftRevision),
    contentHash: requireSha256('contentHash', command.data.contentHash),
    chainHash: requireSha256('chainHash', command.data.chainHash),
  };
  requireNotFrozen(meeting, 'name a version');
  const existing = meeting.versions.get(version.versionId);
  if (existing !== undefined) {
    throw new IllegalStateError(
      `There is already ${versionInSentence(existing)}, at draft revision ${existing.draftRevision}, ` +
        'under the same id: give the new version an id of its own.',
    );
  }
  const lastFrozen = [...meeting.versions.values()]
    .filter((named) => named.status === 'frozen')
    .reduce<number>((latest, frozen) => Math.max(latest, frozen.draftRevision), -1);
  // A reopened document goes on from where it was frozen: what came before belongs to the
  // revision that was frozen, not to this one.
  if (version.draftRevision <= lastFrozen) {
    throw new IllegalStateError(
      `Draft revision ${version.draftRevision} comes before the reopening: ` +
        `${revisionInWords(meeting.documentRevision - 1)} was frozen at draft revision ${lastFrozen}, ` +
        `so a version of ${revisionInWords(meeting.documentRevision)} names a later revision.`,
    );
  }
  const documentRevision = meeting.documentRevision;
  return [{ type: 'VersionNamed', data: { ...version, documentRevision, at, by } }];
}

/** Decides putting a named version before the chair. */
export function submitVersion(
  meeting: ScheduledMeeting,
  command: SubmitVersion,
): readonly VersionSubmitted[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'submit-version');
  const versionId = requireId('versionId', command.data.versionId);
  const draftRevision = requireStreamRevision('draftRevision', command.data.draftRevision);
  const contentHash = requireSha256('contentHash', command.data.contentHash);
  const chainHash = requireSha256('chainHash', command.data.chainHash);
  const comment = optionalParagraphs('comment', command.data.comment, LIMITS.comment);
  requireNotFrozen(meeting, 'submit a version');
  const version = requireVersion(meeting, versionId);
  requireCurrent(meeting, version);
  requireStatus(version, VERSION_STEPS.submit.from, {
    only: 'Only a version that is named and not yet submitted can be submitted',
    among: meeting.versions.values(),
  });
  // One review at a time: two versions under review would each claim the draft's edits.
  const underReview = versionUnderReview(meeting);
  if (underReview !== undefined) {
    throw new IllegalStateError(
      `${capitalised(versionInSentence(underReview, meeting.versions.values()))} is under review (${underReview.status}): ` +
        'it is approved and frozen, or sent back with changes requested, before another version is submitted.',
    );
  }
  return [
    {
      type: 'VersionSubmitted',
      data: { versionId, draftRevision, contentHash, chainHash, comment, at, by },
    },
  ];
}
