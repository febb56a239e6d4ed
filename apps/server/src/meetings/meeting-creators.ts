import type { User } from '../accounts/accounts.js';
import { ProblemError } from '../http/problem-error.js';

/**
 * Who may create meetings (MEETING_CREATORS): the administrators only (the default), or every
 * account. Anyone could otherwise plant a meeting, with any title, in a stranger's list.
 */
export const MEETING_CREATORS = ['administrators', 'everyone'] as const;
export type MeetingCreators = (typeof MEETING_CREATORS)[number];

export function mayCreateMeetings(user: User, creators: MeetingCreators): boolean {
  return creators === 'everyone' || user.admin;
}

/** Throws 403 `meeting_creation_forbidden` unless `user` may create meetings. */
export function authorizeMeetingCreation(user: User, creators: MeetingCreators): void {
  if (mayCreateMeetings(user, creators)) return;
  throw new ProblemError(403, {
    code: 'meeting_creation_forbidden',
    title: 'Only administrators create meetings',
    detail:
      'Only an administrator creates meetings on this installation: ask one to create it; they can then hand the chair over to you.',
  });
}
