import type { DocumentSettings } from './document-settings.js';
import type { MeetingDocument } from '../document/document.js';
import type { Role } from '../permissions/roles.js';
import type { ReviewComment, ReviewSuggestion } from '../review/review.state.js';
import type { FrozenDraft, Stamp, Version } from '../version/version.js';

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
  /** The latest reopening, with the chair's reason (null if none given); undefined before any. */
  readonly reopened: (Stamp & { readonly reason: string | null }) | undefined;
  /** By commentId, in the order they were made. */
  readonly comments: ReadonlyMap<string, ReviewComment>;
  /** By suggestionId, in the order they were proposed. */
  readonly suggestions: ReadonlyMap<string, ReviewSuggestion>;
  /** The chair's setting; null for the default rule (1 with a vice-chair, else 0): see `endorsementsNeeded`. */
  readonly endorsementsRequired: number | null;
  /** How many comments and suggestions were ever made: the next one is numbered reviewItems + 1. */
  readonly reviewItems: number;
  /** The summary's own symbol, its language and the meeting's time zone, for exports. */
  readonly documentSettings: DocumentSettings;
};

/** What the meeting decider knows: nothing yet, or a scheduled meeting. */
export type MeetingState = { readonly kind: 'unscheduled' } | ScheduledMeeting;
