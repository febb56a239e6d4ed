// The front door of @rapporteur/domain: the rules of Rapporteur, pure, importing nothing.

export {
  ConcurrencyError,
  DomainError,
  ForbiddenError,
  IllegalStateError,
  isDomainError,
  NotFoundError,
  ValidationError,
  type Conflict,
  type DomainErrorCode,
} from './errors.js';
export { describeRole, isRole, roleInSentence, ROLES, type Role } from './permissions/roles.js';
export {
  ACTIONS,
  authorize,
  roleRefusal,
  can,
  describeAction,
  PERMISSIONS,
  whoMay,
  type Action,
} from './permissions/permissions.js';
export { roleGrantRefusal, rolesGivable, type RoleGiver } from './permissions/role-grants.js';
export {
  mayAct,
  type ActVerdict,
  type MeetingFacts,
  type RefusalCode,
} from './permissions/may-act.js';
export { replay, type Decider } from './decider.js';
export { LIMITS } from './validation/limits.js';
export { documentLabel, type MeetingDocument } from './document/document.js';
export {
  findSymbols,
  formatSymbol,
  parseSymbol,
  type FoundSymbol,
  type ItuSymbol,
} from './document/itu-symbol.js';
export {
  DEFAULT_LINK_TEMPLATE,
  documentHref,
  requireLinkTemplate,
} from './document/document-link.js';
export { meetingDecider } from './meeting/meeting.decide.js';
export {
  DEFAULT_DOCUMENT_SETTINGS,
  type ChangeDocumentSettings,
  type DocumentSettings,
  type DocumentSettingsChanged,
} from './meeting/document-settings.js';
export { VERSION_STEPS, type VersionStep } from './version/version-steps.js';
export { chairOf, roleOf } from './meeting/meeting.js';
export type { MeetingState, Participant, ScheduledMeeting } from './meeting/meeting.state.js';
export type { Actor } from './command.js';
export type { RecordedActor } from './event.js';
export type {
  ChangeRole,
  InviteParticipant,
  MeetingCommand,
  PersonDetails,
  RegisterDocument,
  EditDocument,
  RemoveParticipant,
  ScheduleMeeting,
} from './meeting/meeting.commands.js';
export type {
  DocumentRegistered,
  DocumentEdited,
  MeetingEvent,
  MeetingEventType,
  MeetingScheduled,
  ParticipantInvited,
  ParticipantRemoved,
  ParticipantRoleChanged,
} from './meeting/meeting.events.js';
export { isFrozen, versionOf } from './version/version.queries.js';
export {
  documentRevisionLabel,
  versionDocumentLabel,
  versionInSentence,
  type FrozenDraft,
  type Stamp,
  type Step,
  type Version,
  type VersionStatus,
} from './version/version.js';
export type {
  ApproveVersion,
  EndorseVersion,
  FreezeDraft,
  NameVersion,
  ReopenDraft,
  RequestChanges,
  SubmitVersion,
  VersionCommand,
} from './version/version.commands.js';
export type {
  ChangesRequested,
  DraftFrozen,
  DraftReopened,
  NamedRevision,
  VersionApproved,
  VersionEndorsed,
  VersionEvent,
  VersionNamed,
  VersionSubmitted,
} from './version/version.events.js';
export {
  DISPOSITIONS,
  SUGGESTION_KINDS,
  type Anchor,
  type CommentReply,
  type Disposition,
  type ReviewComment,
  type ReviewSuggestion,
  type SuggestionKind,
} from './review/review.state.js';
export {
  endorsementsNeeded,
  isUnderReview,
  pendingEndorsers,
  versionUnderReview,
} from './review/review.queries.js';
export type {
  AcceptSuggestion,
  AddComment,
  ChangeEndorsementsRequired,
  ProposeSuggestion,
  RejectSuggestion,
  ReopenComment,
  ReplyToComment,
  ResolveComment,
  ReviewCommand,
} from './review/review.commands.js';
export type {
  CommentAdded,
  CommentReopened,
  CommentReplied,
  CommentResolved,
  EndorsementsRequiredChanged,
  ReviewEvent,
  SuggestionAccepted,
  SuggestionProposed,
  SuggestionRejected,
} from './review/review.events.js';
