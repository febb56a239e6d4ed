import { request, type ApiResult } from '../api/http.js';
import {
  parseDraftAt,
  parseDraftAuthors,
  parseDraftDiff,
  parseHistoryPage,
  parseVersion,
  parseVersions,
} from './history-parse.js';
import type { DraftAt, DraftAuthors, DraftDiff, HistoryPage, Version } from './history-types.js';

const meetingPath = (meetingId: string, rest: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/${rest}`;

/**
 * The timeline in sessions, newest first, one page at a time: `cursor` is the previous page's
 * `nextCursor`.
 */
export function fetchHistory(
  meetingId: string,
  page: { readonly cursor?: string | undefined; readonly limit?: number },
  signal: AbortSignal,
): Promise<ApiResult<HistoryPage>> {
  const query = new URLSearchParams({ group: 'sessions', limit: String(page.limit ?? 30) });
  if (page.cursor !== undefined) query.set('cursor', page.cursor);
  return request(meetingPath(meetingId, `history?${query.toString()}`), {
    signal,
    parse: parseHistoryPage,
  });
}

/** The draft as it was at `revision`, rendered with its paragraph numbers. */
export function fetchDraftAt(
  meetingId: string,
  revision: number,
  signal: AbortSignal,
): Promise<ApiResult<DraftAt>> {
  return request(meetingPath(meetingId, `draft?at=${revision}`), { signal, parse: parseDraftAt });
}

/**
 * What changed between two points. A point is what the server takes: a revision number, a
 * version id, or `head` for the live draft.
 */
export function fetchDiff(
  meetingId: string,
  points: { readonly from: string; readonly to: string },
  signal: AbortSignal,
): Promise<ApiResult<DraftDiff>> {
  const query = new URLSearchParams({ from: points.from, to: points.to });
  return request(meetingPath(meetingId, `diff?${query.toString()}`), {
    signal,
    parse: parseDraftDiff,
  });
}

/** Who wrote each run of the live draft's text. */
export function fetchAuthors(
  meetingId: string,
  signal: AbortSignal,
): Promise<ApiResult<DraftAuthors>> {
  return request(meetingPath(meetingId, 'authors'), { signal, parse: parseDraftAuthors });
}

/** The meeting's named versions, oldest first. */
export function fetchVersions(
  meetingId: string,
  signal: AbortSignal,
): Promise<ApiResult<readonly Version[]>> {
  return request(meetingPath(meetingId, 'versions'), { signal, parse: parseVersions });
}

/** Names the draft's head revision (chair, vice-chairs and secretariat). */
export function nameVersion(meetingId: string, name: string): Promise<ApiResult<Version>> {
  return request(meetingPath(meetingId, 'versions'), {
    method: 'POST',
    body: { name },
    parse: parseVersion,
  });
}
