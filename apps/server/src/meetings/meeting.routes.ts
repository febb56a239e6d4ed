import { Hono } from 'hono';
import { problem } from '../problem.js';
import type { MeetingDirectory } from './meeting-directory.js';

/** What the editor needs now: a meeting's heading. Listing and creating arrive with accounts (#4). */
export function meetingRoutes(meetings: MeetingDirectory) {
  return new Hono().get('/:meetingId', async (c) => {
    const meetingId = c.req.param('meetingId');
    const meeting = /^[A-Za-z0-9_-]{1,64}$/.test(meetingId) ? await meetings.get(meetingId) : undefined;
    if (meeting === undefined) {
      return problem(404, { code: 'meeting_not_found', title: 'No such meeting', detail: `There is no meeting "${meetingId}".` });
    }
    return c.json(meeting);
  });
}
