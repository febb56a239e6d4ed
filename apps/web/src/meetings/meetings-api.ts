import { request, type ApiResult } from '../api/http.js';
import {
  parseList,
  parseMeeting,
  parseSummary,
  type Meeting,
  type MeetingSummary,
} from '../meeting/meeting-api.js';

/** The meetings you take part in (all of them, for an administrator). */
export function fetchMeetings(signal: AbortSignal): Promise<ApiResult<MeetingSummary[]>> {
  return request('/api/meetings', { signal, parse: (body) => parseList(body, parseSummary) });
}

export interface NewMeeting {
  readonly title: string;
  readonly symbol: string;
  /** YYYY-MM-DD. */
  readonly date: string;
}

/** Schedules a meeting; whoever schedules it is its chair. */
export function createMeeting(meeting: NewMeeting): Promise<ApiResult<Meeting>> {
  return request('/api/meetings', { method: 'POST', body: meeting, parse: parseMeeting });
}
