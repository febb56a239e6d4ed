import { documentLabel, isSameRevision } from '../document/document.js';
import { ForbiddenError, IllegalStateError } from '../errors.js';
import {
  requireDate,
  requireId,
  requireRevision,
  requireSymbol,
  requireText,
} from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import { evolve, initialState } from './meeting.js';
import type { MeetingState, ScheduledMeeting } from './meeting.state.js';
import type { MeetingCommand, RegisterDocument, ScheduleMeeting } from './meeting.commands.js';
import type { DocumentRegistered, MeetingEvent, MeetingScheduled } from './meeting.events.js';
import { authorizeIn, requirePerson, requireScheduled, requireStamp } from './meeting.guards.js';
import { changeRole, invite, remove } from './meeting.roster.js';
import {
  DEFAULT_DOCUMENT_SETTINGS,
  requireDocumentSettings,
  type DocumentSettingsChanged,
} from './document-settings.js';
import { changeDocumentSettings } from './document-settings.decide.js';
import { editDocument } from './edit-document.decide.js';
import type { Decider } from '../decider.js';
import { nameVersion, submitVersion } from '../version/version.decide.js';
import { freezeDraft, reopenDraft } from '../version/version.freeze.js';
import { approveVersion, endorseVersion, requestChanges } from '../version/version.review.js';
import {
  addComment,
  reopenComment,
  replyToComment,
  resolveComment,
} from '../review/comments.decide.js';
import { changeEndorsementsRequired } from '../review/endorsements.js';
import {
  acceptSuggestion,
  proposeSuggestion,
  rejectSuggestion,
} from '../review/suggestions.decide.js';

/** A command on a meeting that is already scheduled: all but ScheduleMeeting. */
type CommandOnMeeting = Exclude<MeetingCommand, ScheduleMeeting>;
type CommandOnMeetingOf = { readonly [C in CommandOnMeeting as C['type']]: C };

// Which function decides each command on a scheduled meeting; the mapped type makes the table
// complete, as a switch over the union would.
const DECIDE_ON_MEETING: {
  readonly [T in keyof CommandOnMeetingOf]: (
    meeting: ScheduledMeeting,
    command: CommandOnMeetingOf[T],
  ) => readonly MeetingEvent[];
} = {
  InviteParticipant: invite,
  ChangeRole: changeRole,
  RemoveParticipant: remove,
  RegisterDocument: register,
  EditDocument: editDocument,
  NameVersion: nameVersion,
  SubmitVersion: submitVersion,
  EndorseVersion: endorseVersion,
  RequestChanges: requestChanges,
  ApproveVersion: approveVersion,
  FreezeDraft: freezeDraft,
  ReopenDraft: reopenDraft,
  AddComment: addComment,
  ReplyToComment: replyToComment,
  ResolveComment: resolveComment,
  ReopenComment: reopenComment,
  ProposeSuggestion: proposeSuggestion,
  AcceptSuggestion: acceptSuggestion,
  RejectSuggestion: rejectSuggestion,
  ChangeEndorsementsRequired: changeEndorsementsRequired,
  ChangeDocumentSettings: changeDocumentSettings,
};

/**
 * Decides a meeting command against the meeting's state: the events to append, or a domain
 * error (ValidationError, NotFoundError, ForbiddenError, IllegalStateError, ConcurrencyError)
 * and no event.
 */
export function decide(command: MeetingCommand, state: MeetingState): readonly MeetingEvent[] {
  if (command.type === 'ScheduleMeeting') return schedule(state, command);
  return decideOnMeeting(requireScheduled(state), command.type, command);
}

// Generic over the command's type so that the table's entry and the command agree (TypeScript's
// correlated-union pattern).
function decideOnMeeting<T extends keyof CommandOnMeetingOf>(
  meeting: ScheduledMeeting,
  type: T,
  command: CommandOnMeetingOf[T],
): readonly MeetingEvent[] {
  return DECIDE_ON_MEETING[type](meeting, command);
}

/** The meeting decider: `decide`, `evolve` and `initialState` of a `meeting-<id>` stream. */
export const meetingDecider: Decider<MeetingState, MeetingCommand, MeetingEvent> = Object.freeze({
  decide,
  evolve,
  initialState,
});

function schedule(
  state: MeetingState,
  command: ScheduleMeeting,
): readonly (MeetingScheduled | DocumentSettingsChanged)[] {
  const { at, by } = requireStamp(command.data);
  if (state.kind === 'scheduled') {
    throw new IllegalStateError(
      `This meeting is already scheduled as ${state.symbol}, "${state.title}", on ${state.date}: ` +
        'schedule another meeting under a new id.',
    );
  }
  // Anyone signed in may open a meeting and chair it; only an administrator opens one for
  // another chair.
  if (!by.admin && command.data.chair.personId !== by.personId) {
    throw new ForbiddenError(
      'schedule-meeting',
      'Only an administrator may schedule a meeting for another chair; schedule it with yourself as the chair.',
    );
  }
  const data = {
    meetingId: requireId('meetingId', command.data.meetingId),
    title: requireText('title', command.data.title, LIMITS.title),
    symbol: requireSymbol('symbol', command.data.symbol),
    date: requireDate('date', command.data.date),
    chair: requirePerson('chair', command.data.chair),
  };
  const given = command.data.documentSettings;
  // Settings given at creation are recorded at once, in the same append as the meeting.
  const settings =
    given === undefined
      ? undefined
      : requireDocumentSettings({ ...DEFAULT_DOCUMENT_SETTINGS, ...given });
  return [
    { type: 'MeetingScheduled', data: { ...data, at, by } },
    ...(settings === undefined
      ? []
      : [{ type: 'DocumentSettingsChanged' as const, data: { ...settings, at, by } }]),
  ];
}

// Registering documents is part of writing the summary, which cites contributions by symbol:
// whoever may edit the draft (chair, vice-chairs, secretariat) may register the contribution
// they are about to cite. It is not 'manage-participants' (that would shut out the
// vice-chairs, who draft sections too) and the administrator, who does not draft, may not.
function register(
  meeting: ScheduledMeeting,
  command: RegisterDocument,
): readonly DocumentRegistered[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'edit');
  const document = {
    documentId: requireId('documentId', command.data.documentId),
    symbol: requireSymbol('symbol', command.data.symbol),
    title: requireText('title', command.data.title, LIMITS.documentTitle),
    source: requireText('source', command.data.source, LIMITS.source),
    revision: requireRevision('revision', command.data.revision),
  };
  const sameId = meeting.documents.get(document.documentId);
  if (sameId !== undefined) {
    throw new IllegalStateError(
      `${documentLabel(sameId)} is already in the register under the same id: give ${documentLabel(document)} an id of its own, as each revision is a document of its own.`,
    );
  }
  const sameRevision = [...meeting.documents.values()].find((registered) =>
    isSameRevision(registered, document),
  );
  if (sameRevision !== undefined) {
    throw new IllegalStateError(
      `${documentLabel(sameRevision)} is already in the register: ` +
        'register a later revision with the next revision number.',
    );
  }
  return [{ type: 'DocumentRegistered', data: { ...document, at, by } }];
}
