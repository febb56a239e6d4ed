import type { EventStore } from '@rapporteur/event-store';
import { Hono } from 'hono';
import type { AuthEnv } from '../auth/auth-context.js';
import { readableMeeting, signedIn } from '../meetings/meeting-access.js';
import type { MeetingCatalog } from '../meetings/meeting-catalog.js';
import { verifyMeeting } from './verify-meeting.js';

/**
 * GET /api/meetings/:meetingId/verify, for anyone who may read the meeting: both chains and
 * every version's hashes recomputed from the log. 200 with `ok: true`, or 200 with `ok: false`
 * and the first broken link of each stream (the answer is a report, not an error).
 */
export function verifyRoutes({ store, catalog }: { store: EventStore; catalog: MeetingCatalog }) {
  return new Hono<AuthEnv>().get('/meetings/:meetingId/verify', async (c) => {
    const { meeting } = await readableMeeting(
      catalog,
      signedIn(c.get('user')),
      c.req.param('meetingId'),
    );
    return c.json(await verifyMeeting(store, meeting));
  });
}
