import type { ChangeDocumentSettings, DocumentSettings } from './document-settings.js';
import type { Command } from '../command.js';
import type { Role } from '../permissions/roles.js';
import type { ReviewCommand } from '../review/review.commands.js';
import type { VersionCommand } from '../version/version.commands.js';

/** Who someone is, as the summary and the invitation need it. */
export type PersonDetails = {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
};

/** Opens a meeting's stream with its chair: the actor chairs it, or an administrator names the chair. */
export type ScheduleMeeting = Command<
  'ScheduleMeeting',
  {
    readonly meetingId: string;
    readonly title: string;
    /** 'CWG-WSIS&SDG-34'. */
    readonly symbol: string;
    /** The day of the meeting, YYYY-MM-DD. */
    readonly date: string;
    readonly chair: PersonDetails;
    /** The summary's symbol, language and time zone, when known at creation (else the defaults). */
    readonly documentSettings?: { readonly [K in keyof DocumentSettings]?: DocumentSettings[K] };
  }
>;

/** Adds a person to the meeting with a role. */
export type InviteParticipant = Command<
  'InviteParticipant',
  PersonDetails & { readonly role: Role }
>;

/** Gives a participant another role; to 'chair', it hands the chair over. */
export type ChangeRole = Command<'ChangeRole', { readonly personId: string; readonly role: Role }>;

/** Takes a participant out of the meeting. */
export type RemoveParticipant = Command<'RemoveParticipant', { readonly personId: string }>;

/** Records a contribution the summary may cite. */
export type RegisterDocument = Command<
  'RegisterDocument',
  {
    readonly documentId: string;
    /** 'S19-CWGWSIS34-C-0019', without the revision. */
    readonly symbol: string;
    readonly title: string;
    /** Who submitted it: 'Saudi Arabia'. */
    readonly source: string;
    /** 0 for the original, 1 for Rev.1, and so on. */
    readonly revision: number;
  }
>;

/** Corrects a registered document: any of its symbol, title, source and revision. */
export type EditDocument = Command<
  'EditDocument',
  {
    readonly documentId: string;
    readonly symbol?: string;
    readonly title?: string;
    readonly source?: string;
    readonly revision?: number;
  }
>;

/** Every command the meeting decider accepts. */
export type MeetingCommand =
  | ScheduleMeeting
  | InviteParticipant
  | ChangeRole
  | RemoveParticipant
  | RegisterDocument
  | EditDocument
  | ChangeDocumentSettings
  | VersionCommand
  | ReviewCommand;
