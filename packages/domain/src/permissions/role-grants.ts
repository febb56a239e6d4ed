import { can } from './permissions.js';
import { ROLES, roleInSentence, type Role } from './roles.js';

/** Who gives a role: their id, their role in the meeting, and the administrator flag. */
export interface RoleGiver {
  readonly personId: string;
  readonly role: Role | undefined;
  readonly admin: boolean;
}

// Separation of duties: vice-chairs endorse and the chair approves, so those seats are the
// chair's to give (or an administrator's, who sets meetings up); and nobody gives themselves a
// role, or the secretariat could make itself vice-chair and endorse its own submission.
const CHAIRS_TO_GIVE: readonly Role[] = ['chair', 'vice-chair'];

/**
 * Why `by` may not give `role` to the person `to` (a participant, or someone being invited), or
 * undefined when they may. It assumes `by` may manage participants; `authorize` says so first.
 */
export function roleGrantRefusal(by: RoleGiver, to: string, role: Role): string | undefined {
  if (to === by.personId)
    return 'Nobody changes their own role: ask the chair (or the secretariat) to change it.';
  if (!CHAIRS_TO_GIVE.includes(role) || by.admin || by.role === 'chair') return undefined;
  const you =
    by.role === undefined ? 'you are not a participant' : `you are ${roleInSentence(by.role)}`;
  return role === 'chair'
    ? 'Only the chair or an administrator may appoint a chair; the chair hands over by making another participant chair.'
    : `Only the chair or an administrator may make someone a vice-chair; ${you}.`;
}

/**
 * The roles `by` may give the person `to` (`undefined`: someone not yet invited), chair first:
 * what a roster offers, so that it shows nothing the server would refuse. Example: the
 * secretariat is offered `['secretariat', 'delegate']` for a delegate, and nothing for itself.
 */
export function rolesGivable(by: RoleGiver, to: string | undefined): readonly Role[] {
  if (!(by.admin || can(by.role, 'manage-participants'))) return [];
  return ROLES.filter((role) => roleGrantRefusal(by, to ?? '', role) === undefined);
}
