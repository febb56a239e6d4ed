import { ConcurrencyError, IllegalStateError } from '../errors.js';
import type { ScheduledMeeting } from '../meeting/meeting.state.js';
import { authorizeIn, requireStamp } from '../meeting/meeting.guards.js';
import { optionalParagraphs, requireId, requireStreamRevision } from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import type { FreezeDraft, ReopenDraft } from './version.commands.js';
import type { DraftFrozen, DraftReopened } from './version.events.js';
import { VERSION_STEPS } from './version-steps.js';
import {
  requireCurrent,
  requireStatus,
  requireVersion,
  revisionInWords,
} from './version.guards.js';
import { versionInSentence, type Version } from './version.js';

/**
 * Decides freezing the draft at an approved version. The version must be the draft's head as
 * the server read it (`draftHead`): if anyone edited after the approval, freezing would seal
 * text nobody approved, so it is a ConcurrencyError naming the revision expected.
 */
export function freezeDraft(
  meeting: ScheduledMeeting,
  command: FreezeDraft,
): readonly DraftFrozen[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'freeze');
  const versionId = requireId('versionId', command.data.versionId);
  const draftHead = requireStreamRevision('draftHead', command.data.draftHead);
  const comment = optionalParagraphs('comment', command.data.comment, LIMITS.comment);
  if (meeting.frozen !== undefined) {
    const frozen = meeting.versions.get(meeting.frozen.versionId);
    throw new IllegalStateError(
      `The draft is frozen already${frozen === undefined ? '' : `, at ${versionInSentence(frozen, meeting.versions.values())}`}: ` +
        'the chair reopens it before it can be frozen again.',
    );
  }
  const version = requireVersion(meeting, versionId);
  requireCurrent(meeting, version);
  requireStatus(version, VERSION_STEPS.freeze.from, {
    only: 'Only an approved version can be frozen',
    among: meeting.versions.values(),
  });
  if (draftHead !== version.draftRevision) throw moved(version, draftHead, meeting);
  const { draftRevision, chainHash, documentRevision } = version;
  return [
    {
      type: 'DraftFrozen',
      data: { versionId, draftRevision, chainHash, documentRevision, comment, at, by },
    },
  ];
}

/** Decides reopening a frozen draft as the next document revision: Rev.1 after the original. */
export function reopenDraft(
  meeting: ScheduledMeeting,
  command: ReopenDraft,
): readonly DraftReopened[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'reopen');
  // The reason is optional: a form's empty field gives none.
  const reason = optionalParagraphs('reason', command.data.reason, LIMITS.comment);
  if (meeting.frozen === undefined) {
    throw new IllegalStateError(
      `The draft of ${revisionInWords(meeting.documentRevision)} is not frozen: it can be edited ` +
        'as it is, and only a frozen draft is reopened.',
    );
  }
  const documentRevision = meeting.documentRevision + 1;
  return [{ type: 'DraftReopened', data: { documentRevision, reason, at, by } }];
}

// No revision numbers in the sentence: the version's beside the draft's read as two numbers
// contradicting each other. The conflict's `expected` and `actual` keep them for machines.
function moved(version: Version, draftHead: number, meeting: ScheduledMeeting): ConcurrencyError {
  const expected = version.draftRevision;
  const named = versionInSentence(version, meeting.versions.values());
  const message =
    draftHead > expected
      ? `The draft changed after ${named} was approved: someone edited it since. Name a version ` +
        'of the draft as it is now, have it approved, then freeze that.'
      : `The draft as read is older than ${named}, which was approved: read the draft again and retry.`;
  return new ConcurrencyError({ subject: 'the draft', expected, actual: draftHead, message });
}
