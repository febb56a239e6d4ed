import type { MeetingDocument } from '../document/document.js';
import type { Role } from '../permissions/roles.js';
import type { FrozenDraft, Version } from '../version/version.js';

/** A person taking part in a meeting, with their role in it. */
export type Participant = {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
};

/** A meeting whose stream has begun. Maps keep insertion order: invitations, registrations, namings. */
export type ScheduledMeeting = {
  readonly kind: 'scheduled';
  readonly meetingId: string;
  readonly title: string;
  readonly symbol: string;
  readonly date: string;
  /** By personId. Exactly one participant is the chair. */
  readonly participants: ReadonlyMap<string, Participant>;
  /** By documentId. */
  readonly documents: ReadonlyMap<string, MeetingDocument>;
  /** By versionId, every version named in any document revision. */
  readonly versions: ReadonlyMap<string, Version>;
  /** The seal while the draft is frozen; undefined while it can be edited. */
  readonly frozen: FrozenDraft | undefined;
  /** 0 for the original, then 1 for Rev.1 after the first reopening, and so on. */
  readonly documentRevision: number;
};

/** What the meeting decider knows: nothing yet, or a scheduled meeting. */
export type MeetingState = { readonly kind: 'unscheduled' } | ScheduledMeeting;
