import type { MeetingDocument } from '../document/document.js';
import type { DocumentSettingsChanged } from './document-settings.js';
import type { Event } from '../event.js';
import type { Role } from '../permissions/roles.js';
import type { VersionEvent } from '../version/version.events.js';
import type { PersonDetails } from './meeting.commands.js';
import type { ReviewEvent } from '../review/review.events.js';

// Event data is plain JSON (type aliases, no optional fields, no Map) so that it is stored as
// it is: `{ type, data }` is exactly what the event store appends.

/** The meeting exists, with its chair as its first participant. */
export type MeetingScheduled = Event<
  'MeetingScheduled',
  {
    readonly meetingId: string;
    readonly title: string;
    readonly symbol: string;
    readonly date: string;
    readonly chair: PersonDetails;
  }
>;

/** A person joined the meeting with a role. */
export type ParticipantInvited = Event<
  'ParticipantInvited',
  PersonDetails & { readonly role: Role }
>;

/** A participant's role changed from `previousRole` to `role`. */
export type ParticipantRoleChanged = Event<
  'ParticipantRoleChanged',
  { readonly personId: string; readonly previousRole: Role; readonly role: Role }
>;

/** A participant left the meeting; they can read nothing of it any more. */
export type ParticipantRemoved = Event<'ParticipantRemoved', { readonly personId: string }>;

/** A contribution was registered for the meeting. */
export type DocumentRegistered = Event<'DocumentRegistered', MeetingDocument>;

/** A registered document was corrected: the document as it now stands. */
export type DocumentEdited = Event<'DocumentEdited', MeetingDocument>;

/** Every event of a `meeting-<id>` stream that this package knows. */
export type MeetingEvent =
  | MeetingScheduled
  | ParticipantInvited
  | ParticipantRoleChanged
  | ParticipantRemoved
  | DocumentRegistered
  | DocumentEdited
  | DocumentSettingsChanged
  | VersionEvent
  | ReviewEvent;

/** The `type` of a meeting event. */
export type MeetingEventType = MeetingEvent['type'];
