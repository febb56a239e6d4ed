import type {
  Actor,
  ChangeRole,
  InviteParticipant,
  PersonDetails,
  RemoveParticipant,
  Role,
} from '../src/index.js';
import { as, AT, people } from './meeting-fixtures.js';

const chair = as(people.minkin);

/** `by` (the chair unless said) invites `person` with `role`. */
export function invite(person: PersonDetails, role: Role, by: Actor = chair): InviteParticipant {
  return { type: 'InviteParticipant', data: { ...person, role, at: AT, by } };
}

/** `by` (the chair unless said) gives `person` the role `role`. */
export function changeRole(person: PersonDetails, role: Role, by: Actor = chair): ChangeRole {
  return { type: 'ChangeRole', data: { personId: person.personId, role, at: AT, by } };
}

/** `by` (the chair unless said) removes `person`. */
export function remove(person: PersonDetails, by: Actor = chair): RemoveParticipant {
  return { type: 'RemoveParticipant', data: { personId: person.personId, at: AT, by } };
}
