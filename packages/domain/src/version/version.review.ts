import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { authorizeIn, requireStamp } from '../meeting/meeting.guards.js';
import type { Action } from '../permissions/permissions.js';
import {
  optionalParagraphs,
  requireId,
  requireParagraphs,
  requireSha256,
  requireStreamRevision,
} from '../validation/fields.js';
import { requireEndorsements } from '../review/endorsements.js';
import { LIMITS } from '../validation/limits.js';
import type { ApproveVersion, EndorseVersion, RequestChanges } from './version.commands.js';
import type { ChangesRequested, VersionApproved, VersionEndorsed } from './version.events.js';
import { VERSION_STEPS } from './version-steps.js';
import {
  requireCurrent,
  requireNotFrozen,
  requireNotSubmitter,
  requireStatus,
  requireVersion,
} from './version.guards.js';
import type { Version, VersionStatus } from './version.js';

// Endorsing, sending back and approving all act on a version waiting for approval: submitted,
// endorsed by some, neither approved nor sent back yet.
const WAITING: readonly VersionStatus[] = VERSION_STEPS.approve.from;

/**
 * Decides an endorsement. Idempotent: a person who endorsed the version already records
 * nothing more, so a repeated click or a retried request is harmless.
 */
export function endorseVersion(
  meeting: ScheduledMeeting,
  command: EndorseVersion,
): readonly VersionEndorsed[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'endorse');
  const versionId = requireId('versionId', command.data.versionId);
  const comment = optionalParagraphs('comment', command.data.comment, LIMITS.comment);
  const version = requireWaiting(meeting, versionId, 'endorse');
  requireNotSubmitter(version, by.personId, meeting.versions.values());
  if (version.endorsements.some((endorsement) => endorsement.by.personId === by.personId)) {
    return [];
  }
  return [{ type: 'VersionEndorsed', data: { versionId, comment, at, by } }];
}

/** Decides sending a version back with a comment; a new version is named to continue. */
export function requestChanges(
  meeting: ScheduledMeeting,
  command: RequestChanges,
): readonly ChangesRequested[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'request-changes');
  const versionId = requireId('versionId', command.data.versionId);
  const comment = requireParagraphs('comment', command.data.comment, LIMITS.comment);
  requireWaiting(meeting, versionId, 'request-changes');
  return [{ type: 'ChangesRequested', data: { versionId, comment, at, by } }];
}

/** Decides the chair's approval of a version waiting for it. */
export function approveVersion(
  meeting: ScheduledMeeting,
  command: ApproveVersion,
): readonly VersionApproved[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'approve');
  const versionId = requireId('versionId', command.data.versionId);
  const draftRevision = requireStreamRevision('draftRevision', command.data.draftRevision);
  const contentHash = requireSha256('contentHash', command.data.contentHash);
  const chainHash = requireSha256('chainHash', command.data.chainHash);
  const comment = optionalParagraphs('comment', command.data.comment, LIMITS.comment);
  const version = requireWaiting(meeting, versionId, 'approve');
  requireEndorsements(meeting, version);
  return [
    {
      type: 'VersionApproved',
      data: { versionId, draftRevision, contentHash, chainHash, comment, at, by },
    },
  ];
}

type Review = Extract<Action, 'endorse' | 'request-changes' | 'approve'>;

const ONLY: { readonly [A in Review]: string } = {
  endorse: 'Only a version waiting for approval can be endorsed',
  'request-changes': 'Only a version waiting for approval can be sent back with changes requested',
  approve: 'Only a submitted version can be approved',
};
const DOING: { readonly [A in Review]: string } = {
  endorse: 'endorse a version',
  'request-changes': 'request changes',
  approve: 'approve a version',
};

// The state the three share: a draft that is not frozen, and a version of the current document
// revision that waits for approval.
function requireWaiting(meeting: ScheduledMeeting, versionId: string, review: Review): Version {
  requireNotFrozen(meeting, DOING[review]);
  const version = requireVersion(meeting, versionId);
  requireCurrent(meeting, version);
  requireStatus(version, WAITING, { only: ONLY[review], among: meeting.versions.values() });
  return version;
}
