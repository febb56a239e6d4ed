import { can, type Role, type ScheduledMeeting } from '@rapporteur/domain';
import type { User } from '../accounts/accounts.js';
import { notFound, unauthenticated } from '../http/problem-error.js';
import type { MeetingCatalog } from './meeting-catalog.js';

/** The signed-in person, or a 401 problem. */
export function signedIn(user: User | undefined): User {
  if (user === undefined) throw unauthenticated();
  return user;
}

/**
 * The meeting, if this person may read it (a participant, or an administrator), with their
 * role in it; otherwise a 404 that does not tell whether the meeting exists.
 */
export function readableMeeting(
  catalog: MeetingCatalog,
  user: User,
  meetingId: string,
): { meeting: ScheduledMeeting; role: Role | undefined } {
  const meeting = catalog.get(meetingId);
  const role = catalog.roleOf(meetingId, user.id);
  if (meeting === undefined || !(user.admin || can(role, 'read')))
    throw notFound(`meeting "${meetingId}" of yours`);
  return { meeting, role };
}
