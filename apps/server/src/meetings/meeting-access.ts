import {
  can,
  isFrozen,
  isUnderReview,
  roleOf,
  type MeetingFacts,
  type Role,
  type ScheduledMeeting,
} from '@rapporteur/domain';
import type { User } from '../accounts/accounts.js';
import { notFound, unauthenticated } from '../http/problem-error.js';
import type { MeetingCatalog } from './meeting-catalog.js';
import { MEETING_ID } from './meeting-events.js';

/** The signed-in person, or a 401 problem. */
export function signedIn(user: User | undefined): User {
  if (user === undefined) throw unauthenticated();
  return user;
}

/**
 * The meeting, if this person may read it (a participant, or an administrator), with their
 * role in it; otherwise a 404 that does not tell whether the meeting exists. The catalog follows
 * the log a moment behind (longer while another writer's transaction is open): a meeting it does
 * not show this person yet, created or joined a moment ago through another instance, is read
 * from its stream before the answer is no.
 */
export async function readableMeeting(
  catalog: MeetingCatalog,
  user: User,
  meetingId: string,
): Promise<{ meeting: ScheduledMeeting; role: Role | undefined }> {
  let readable = readableNow(catalog, user, meetingId);
  if (readable === undefined && MEETING_ID.test(meetingId)) {
    await catalog.refresh(meetingId);
    readable = readableNow(catalog, user, meetingId);
  }
  if (readable === undefined) throw notFound('such meeting of yours');
  return readable;
}

/**
 * What `mayAct` asks of a meeting about a person: their role in it, whether the draft is frozen,
 * and whether a version is under review (direct edits wait; suggestions do not).
 */
export function meetingFacts(
  meeting: ScheduledMeeting | undefined,
  personId: string,
): MeetingFacts {
  return meeting === undefined
    ? { role: undefined, frozen: false }
    : {
        role: roleOf(meeting, personId),
        frozen: isFrozen(meeting),
        underReview: isUnderReview(meeting),
      };
}

/** Whether this person may read the meeting, as far as the catalog knows now (no reading). */
export function mayReadNow(catalog: MeetingCatalog, user: User, meetingId: string): boolean {
  return readableNow(catalog, user, meetingId) !== undefined;
}

function readableNow(
  catalog: MeetingCatalog,
  user: User,
  meetingId: string,
): { meeting: ScheduledMeeting; role: Role | undefined } | undefined {
  const meeting = catalog.get(meetingId);
  const role = catalog.roleOf(meetingId, user.id);
  if (meeting === undefined || !(user.admin || can(role, 'read'))) return undefined;
  return { meeting, role };
}
