import {
  MeetingReader,
  MeetingSummaryReader,
  ParticipantSchema,
  readerOf,
  type FrozenDraft as FrozenDraftShape,
  type Reopening as ReopeningShape,
  type Immutable,
  type MeetingDocumentRef as MeetingDocumentShape,
  type MeetingRead,
  type Participant as ParticipantShape,
  type MeetingSummaryRead,
} from '@rapporteur/api-contract';

import { request, type ApiResult } from '../api/http.js';

// Meetings as this app reads them, with the API contract's schemas (declared once, for the
// server's routes too): a role this app does not know reads as none, so it offers less, never
// more; a server from before versions sends an original draft, never frozen.

export type FrozenDraft = Immutable<FrozenDraftShape>;
export type Reopening = Immutable<ReopeningShape>;
export type MeetingDocumentRef = Immutable<MeetingDocumentShape>;
export type Participant = Immutable<ParticipantShape>;
/** A meeting as the list shows it: `GET /api/meetings` gives one per meeting of yours. */
export type MeetingSummary = MeetingSummaryRead;
/** A meeting, as `GET /api/meetings/:meetingId` gives it. */
export type Meeting = MeetingRead;

export const parseSummary = readerOf(MeetingSummaryReader);
export const parseSummaries = readerOf(MeetingSummaryReader.array());
export const parseParticipant = readerOf(ParticipantSchema);
export const parseMeeting = readerOf(MeetingReader);

/** Fetches a meeting; a 404 means it does not exist or is not yours. */
export function fetchMeeting(meetingId: string, signal: AbortSignal): Promise<ApiResult<Meeting>> {
  return request(`/api/meetings/${encodeURIComponent(meetingId)}`, {
    signal,
    parse: parseMeeting,
  });
}

/** "2019-09-25" -> "25 September 2019", the way the reports date themselves; other text as is. */
export function formatMeetingDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match.map(Number);
  const utc = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(utc.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(utc);
}
