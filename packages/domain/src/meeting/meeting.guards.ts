import { ForbiddenError, NotFoundError, ValidationError } from '../errors.js';
import { authorize, type Action } from '../permissions/permissions.js';
import { roleGrantRefusal } from '../permissions/role-grants.js';
import type { Role } from '../permissions/roles.js';
import { requireEmail, requireId, requireInstant, requireText } from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import { roleOf } from './meeting.js';
import type { MeetingState, Participant, ScheduledMeeting } from './meeting.state.js';
import type { Actor } from '../command.js';
import type { RecordedActor } from '../event.js';
import type { PersonDetails } from './meeting.commands.js';

// The administrator runs the platform: they set meetings up and fix their rosters, but they do
// not take part in the drafting, so no other action is theirs.
const ADMINISTRATOR_ACTIONS: readonly Action[] = ['manage-participants'];

/** Checks the time and the actor every command carries; gives the actor as the log keeps it. */
export function requireStamp(data: { readonly at: unknown; readonly by: Actor }): {
  readonly at: string;
  readonly by: RecordedActor;
} {
  const at = requireInstant('at', data.at);
  return {
    at,
    by: { personId: requireId('by.personId', data.by.personId), admin: data.by.admin === true },
  };
}

/** The meeting, or a NotFoundError when its stream has not begun. */
export function requireScheduled(state: MeetingState): ScheduledMeeting {
  if (state.kind === 'scheduled') return state;
  throw new NotFoundError(
    'meeting',
    'This meeting has not been scheduled: an administrator schedules it, with its chair, before anything else.',
  );
}

/** Throws a ForbiddenError unless the actor's role (or the administrator flag) allows `action`. */
export function authorizeIn(meeting: ScheduledMeeting, by: RecordedActor, action: Action): void {
  if (by.admin && ADMINISTRATOR_ACTIONS.includes(action)) return;
  authorize(roleOf(meeting, by.personId), action);
}

/**
 * Throws a ForbiddenError when `by` may not give `role` to `personId`: the chair and vice-chair
 * seats are the chair's (or an administrator's) to give, and nobody gives themselves a role.
 */
export function authorizeRoleGrant(
  meeting: ScheduledMeeting,
  by: RecordedActor,
  grant: { readonly personId: string; readonly role: Role },
): void {
  const refusal = roleGrantRefusal(
    { personId: by.personId, role: roleOf(meeting, by.personId), admin: by.admin },
    grant.personId,
    grant.role,
  );
  if (refusal !== undefined) throw new ForbiddenError('manage-participants', refusal);
}

/** The participant, or a NotFoundError saying they must be invited first. */
export function requireParticipant(meeting: ScheduledMeeting, personId: string): Participant {
  const participant = meeting.participants.get(personId);
  if (participant !== undefined) return participant;
  throw new NotFoundError(
    'participant',
    'This person is not a participant in this meeting: invite them first.',
    personId,
  );
}

/** Someone's id, name and email, validated and trimmed; `field` prefixes the names ('chair'). */
export function requirePerson(field: string, value: unknown): PersonDetails {
  if (typeof value !== 'object' || value === null) {
    throw new ValidationError(field, `${field} is required: give their personId, name and email.`);
  }
  const person = value as Partial<Record<keyof PersonDetails, unknown>>;
  const prefix = field === '' ? '' : `${field}.`;
  return {
    personId: requireId(`${prefix}personId`, person.personId),
    name: requireText(`${prefix}name`, person.name, LIMITS.name),
    email: requireEmail(`${prefix}email`, person.email),
  };
}

/** A participant as a sentence names them, by name and never by id: 'Prof. Vladimir Minkin'. */
export function nameOf(participant: Pick<Participant, 'name'>): string {
  return participant.name;
}
