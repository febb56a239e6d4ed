import type { NewMeeting as NewMeetingBody } from '@rapporteur/api-contract';

import { request, type ApiResult } from '../api/http.js';
import {
  parseMeeting,
  parseSummaries,
  type Meeting,
  type MeetingSummary,
} from '../meeting/meeting-api.js';

/** The meetings you take part in (all of them, for an administrator). */
export function fetchMeetings(signal: AbortSignal): Promise<ApiResult<readonly MeetingSummary[]>> {
  return request('/api/meetings', { signal, parse: parseSummaries });
}

/**
 * What the new-meeting form fills in; its date is YYYY-MM-DD. The document settings are set
 * later, on the meeting's page, so the form leaves them to their defaults.
 */
export type NewMeeting = Omit<NewMeetingBody, 'documentSettings'>;

/** Schedules a meeting; whoever schedules it is its chair. */
export function createMeeting(meeting: NewMeeting): Promise<ApiResult<Meeting>> {
  return request('/api/meetings', { method: 'POST', body: meeting, parse: parseMeeting });
}
