import { RapporteurError } from '@rapporteur/errors';
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
export class MeetingCreationForbiddenError extends RapporteurError {
  override readonly name = 'MeetingCreationForbiddenError';
  readonly code = 'meeting_creation_forbidden';
  readonly kind = 'forbidden';
  override readonly title = 'Only administrators create meetings';

  constructor() {
    super(
      'Only an administrator creates meetings on this installation: ask one to create it; they can then hand the chair over to you.',
    );
  }
}

/** Throws a MeetingCreationForbiddenError (403) unless `user` may create meetings. */
export function authorizeMeetingCreation(user: User, creators: MeetingCreators): void {
  if (mayCreateMeetings(user, creators)) return;
  throw new MeetingCreationForbiddenError();
}
