import { Refusal, type RefusalType } from '@rapporteur/errors';
import type { User } from '../accounts/accounts.js';

/**
 * Who may create meetings (MEETING_CREATORS): the administrators only (the default), or every
 * account. Anyone could otherwise plant a meeting, with any title, in a stranger's list.
 */
export const MEETING_CREATORS = ['administrators', 'everyone'] as const;
export type MeetingCreators = (typeof MEETING_CREATORS)[number];

export function mayCreateMeetings(user: User, creators: MeetingCreators): boolean {
  return creators === 'everyone' || user.admin;
}

/** This installation lets only administrators create meetings, and the person is none. */
const MEETING_CREATION_FORBIDDEN: RefusalType = [
  'meeting_creation_forbidden',
  'forbidden',
  'Only administrators create meetings',
];

/** Throws `meeting_creation_forbidden` (403) unless `user` may create meetings. */
export function authorizeMeetingCreation(user: User, creators: MeetingCreators): void {
  if (mayCreateMeetings(user, creators)) return;
  throw new Refusal(
    MEETING_CREATION_FORBIDDEN,
    'Only an administrator creates meetings on this installation: ask one to create it; they can then hand the chair over to you.',
  );
}
