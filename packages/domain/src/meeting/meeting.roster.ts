import { IllegalStateError } from '../errors.js';
import { roleInSentence } from '../permissions/roles.js';
import { requireId, requireRole } from '../validation/fields.js';
import { chairOf } from './meeting.js';
import type { ScheduledMeeting } from './meeting.state.js';
import type { ChangeRole, InviteParticipant, RemoveParticipant } from './meeting.commands.js';
import type {
  ParticipantInvited,
  ParticipantRemoved,
  ParticipantRoleChanged,
} from './meeting.events.js';
import {
  authorizeIn,
  authorizeRoleGrant,
  nameOf,
  requireParticipant,
  requirePerson,
  requireStamp,
} from './meeting.guards.js';

// The roster's invariant: a scheduled meeting has exactly one chair. The chair seat changes
// only by a hand-over (ChangeRole of another participant to 'chair'), never by removing or
// demoting the chair. Since the chair may manage participants, the meeting can never lose its
// last person able to manage participants either.

/** Decides an invitation: a new person, a new email, and never a second chair. */
export function invite(
  meeting: ScheduledMeeting,
  command: InviteParticipant,
): readonly ParticipantInvited[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'manage-participants');
  const person = requirePerson('', command.data);
  const role = requireRole('role', command.data.role);
  const existing = meeting.participants.get(person.personId);
  if (existing !== undefined) {
    throw new IllegalStateError(
      `${nameOf(existing)} is already a participant, as ${roleInSentence(existing.role)}: change their role instead of inviting them again.`,
    );
  }
  const email = person.email.toLowerCase();
  const sameEmail = [...meeting.participants.values()].find((p) => p.email.toLowerCase() === email);
  if (sameEmail !== undefined) {
    throw new IllegalStateError(
      `${person.email} is already the email of participant ${nameOf(sameEmail)}: is it the same person?`,
    );
  }
  if (role === 'chair') {
    const chair = chairOf(meeting);
    if (chair !== undefined) {
      throw new IllegalStateError(
        `${nameOf(chair)} is the chair of this meeting, and a meeting has one chair: invite ${person.name} ` +
          'with another role, then hand the chair over by changing their role to chair.',
      );
    }
  }
  authorizeRoleGrant(meeting, by, { personId: person.personId, role });
  return [{ type: 'ParticipantInvited', data: { ...person, role, at, by } }];
}

/** Decides a role change; to 'chair' it is a hand-over that makes the former chair a vice-chair. */
export function changeRole(
  meeting: ScheduledMeeting,
  command: ChangeRole,
): readonly ParticipantRoleChanged[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'manage-participants');
  const personId = requireId('personId', command.data.personId);
  const role = requireRole('role', command.data.role);
  const participant = requireParticipant(meeting, personId);
  // Idempotent: choosing the role a person already has records nothing.
  if (participant.role === role) return [];
  if (participant.role === 'chair') {
    throw new IllegalStateError(
      `${nameOf(participant)} is the chair and stays so until they hand over: change another participant's role ` +
        'to chair, and the former chair becomes a vice-chair.',
    );
  }
  authorizeRoleGrant(meeting, by, { personId, role });
  const promoted: ParticipantRoleChanged = {
    type: 'ParticipantRoleChanged',
    data: { personId, previousRole: participant.role, role, at, by },
  };
  if (role !== 'chair') return [promoted];
  const chair = chairOf(meeting);
  if (chair === undefined) return [promoted];
  // The former chair steps down first, so that no state between the two events has two chairs.
  const demoted: ParticipantRoleChanged = {
    type: 'ParticipantRoleChanged',
    data: { personId: chair.personId, previousRole: 'chair', role: 'vice-chair', at, by },
  };
  return [demoted, promoted];
}

/** Decides a removal; the chair cannot be removed before handing over. */
export function remove(
  meeting: ScheduledMeeting,
  command: RemoveParticipant,
): readonly ParticipantRemoved[] {
  const { at, by } = requireStamp(command.data);
  authorizeIn(meeting, by, 'manage-participants');
  const personId = requireId('personId', command.data.personId);
  const participant = requireParticipant(meeting, personId);
  if (participant.role === 'chair') {
    throw new IllegalStateError(
      `${nameOf(participant)} is the chair and cannot be removed: the chair first hands over to another ` +
        'participant (changing their role to chair), then the former chair can be removed.',
    );
  }
  return [{ type: 'ParticipantRemoved', data: { personId, at, by } }];
}
