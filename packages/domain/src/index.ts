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
  can,
  describeAction,
  PERMISSIONS,
  whoMay,
  type Action,
} from './permissions/permissions.js';
export { roleGrantRefusal, rolesGivable, type RoleGiver } from './permissions/role-grants.js';
export { replay, type Decider } from './decider.js';
export { LIMITS } from './validation/limits.js';
export { documentLabel, type MeetingDocument } from './document/document.js';
export { meetingDecider } from './meeting/meeting.decide.js';
export { VERSION_STEPS, type VersionStep } from './version/version-steps.js';
export {
  chairOf,
  roleOf,
  type MeetingState,
  type Participant,
  type ScheduledMeeting,
} from './meeting/meeting.js';
export type {
  Actor,
  ChangeRole,
  InviteParticipant,
  MeetingCommand,
  PersonDetails,
  RegisterDocument,
  RemoveParticipant,
  ScheduleMeeting,
} from './meeting/meeting.commands.js';
export type {
  DocumentRegistered,
  MeetingEvent,
  MeetingEventType,
  MeetingScheduled,
  ParticipantInvited,
  ParticipantRemoved,
  ParticipantRoleChanged,
  RecordedActor,
} from './meeting/meeting.events.js';
export {
  documentRevisionLabel,
  isFrozen,
  versionDocumentLabel,
  versionOf,
  type FrozenDraft,
  type Stamp,
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
