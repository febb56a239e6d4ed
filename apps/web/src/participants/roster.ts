import {
  can,
  roleInSentence,
  rolesGivable,
  ROLES,
  type Role,
  type RoleGiver,
} from '@rapporteur/domain';

import type { Participant } from '../meeting/meeting-api.js';

/**
 * Whether the roster's controls are shown: to those whose role may manage participants, and to
 * the platform's administrator, whom the domain lets fix any meeting's roster. The server
 * decides in the end; this only spares people controls that would be refused.
 */
export function mayManageParticipants(role: Role | null, admin: boolean): boolean {
  return admin || can(role ?? undefined, 'manage-participants');
}

/**
 * What a participant's role select offers you: the roles the domain lets you give them, and
 * their current role (shown even when you may not give it). Not `changeable` when you may give
 * them nothing else, such as your own row, or the chair's, who stays chair until handing over
 * (the domain's roster invariant): the row then shows the role without a menu.
 */
export function roleChoices(
  you: RoleGiver,
  participant: Participant,
): { readonly roles: readonly Role[]; readonly changeable: boolean } {
  const givable = participant.role === 'chair' ? [] : rolesGivable(you, participant.personId);
  return {
    roles: ROLES.filter((role) => role === participant.role || givable.includes(role)),
    changeable: givable.some((role) => role !== participant.role),
  };
}

/**
 * Whether a row offers to remove the participant: anyone but the chair, whom the domain keeps
 * until they hand over, so that a meeting never loses its chair (nor the chair themselves).
 * The panel is shown only to those who may manage participants (`mayManageParticipants`).
 */
export function mayRemove(participant: Participant): boolean {
  return participant.role !== 'chair';
}

/**
 * What the panel says after an invitation: an account is in the list now; an email without one
 * waits for the link the inviter sends (decision 40).
 */
export function describeInvitation(answer: {
  readonly email: string;
  readonly role: Role;
  readonly outcome: 'joined' | 'pending';
  readonly invitation: { readonly expiresAt: string } | null;
}): string {
  const as = roleInSentence(answer.role);
  if (answer.outcome === 'joined') return `${answer.email} is now in the list, as ${as}.`;
  const until =
    answer.invitation === null ? '' : ` It works until ${dayOf(answer.invitation.expiresAt)}.`;
  return `${answer.email} has no account yet: send them the link below to join as ${as}.${until}`;
}

/** "14 December 2026", as the server words it in its refusals. */
export function dayOf(instant: string): string {
  return new Date(instant).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The roster as the panel lists it: by role (chair first), then by name; you among them. */
export function sortParticipants(participants: readonly Participant[]): Participant[] {
  return [...participants].sort(
    (a, b) =>
      ROLES.indexOf(a.role) - ROLES.indexOf(b.role) ||
      a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) ||
      a.personId.localeCompare(b.personId),
  );
}
