import type { z } from '@hono/zod-openapi';
import { mayAct, type Action, type Actor, type ScheduledMeeting } from '@rapporteur/domain';
import type { User } from '../accounts/accounts.js';
import { meetingFacts, readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { MayNotActError } from '../meetings/may-not-act.js';

/** The signed-in person and the meeting they may read, or a 401 / 404. */
export async function reviewerIn(
  catalog: MeetingCatalog,
  user: User | undefined,
  meetingId: string,
): Promise<{ user: User; meeting: ScheduledMeeting }> {
  const signed = signedIn(user);
  const { meeting } = await readableMeeting(catalog, signed, meetingId);
  return { user: signed, meeting };
}

/**
 * Refuses before any work when the person may not do `action` now (403, or 423 when frozen):
 * a delegate's accept is refused as such, not for an anchor it would never get to use.
 */
export function mayDo(meeting: ScheduledMeeting, user: User, action: Action): void {
  const verdict = mayAct(meetingFacts(meeting, user.id), action);
  if (!verdict.allowed) throw new MayNotActError(verdict);
}

/** The actor a command records for this person. */
export function actorOf(user: User): Actor {
  return { personId: user.id, admin: user.admin };
}

/** A JSON request body for a route; optional ones may be absent altogether. */
export function jsonBody<T extends z.ZodType>(schema: T, required = true) {
  return { content: { 'application/json': { schema } }, required };
}

/** A JSON answer of a route. */
export function jsonAnswer<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}
