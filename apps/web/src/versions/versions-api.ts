import { readerOf, ReopenedSchema } from '@rapporteur/api-contract';

import { request, type ApiResult } from '../api/http.js';
import { parseMeeting, type Meeting } from '../meeting/meeting-api.js';
import type { VersionRecord } from './version-record.js';
import { parseVersionRecord, parseVersionRecords } from './versions-parse.js';

const meetingPath = (meetingId: string, rest: string): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/${rest}`;
const versionPath = (meetingId: string, versionId: string, rest: string): string =>
  meetingPath(meetingId, `versions/${encodeURIComponent(versionId)}/${rest}`);

/** The meeting's versions, oldest first, and the ETag of the meeting they were read from. */
export interface VersionList {
  readonly records: readonly VersionRecord[];
  /** Sent back as If-Match by the steps taken on these versions; absent from an older server. */
  readonly etag: string | undefined;
}

/** The meeting's versions, oldest first, with the meeting's ETag. */
export async function fetchVersionList(
  meetingId: string,
  signal: AbortSignal,
): Promise<ApiResult<VersionList>> {
  const result = await request(meetingPath(meetingId, 'versions'), {
    signal,
    parse: parseVersionRecords,
  });
  return result.ok ? { ok: true, value: { records: result.value, etag: result.etag } } : result;
}

/** A step of the approval that takes nothing but the version: its answer is the version after. */
export type VersionStepName = 'submit' | 'endorse' | 'approve' | 'freeze';

/**
 * Takes a step: submit for approval, endorse, approve, or freeze the draft at the version. A
 * freeze is refused (409) when the draft moved on after the approval; the detail says so.
 */
export function takeVersionStep(
  meetingId: string,
  step: {
    readonly versionId: string;
    readonly name: VersionStepName;
    readonly ifMatch?: string;
    /** What the person says with the step; none when blank. */
    readonly comment?: string;
  },
): Promise<ApiResult<VersionRecord>> {
  const comment = step.comment?.trim() ?? '';
  return request(versionPath(meetingId, step.versionId, step.name), {
    method: 'POST',
    ifMatch: step.ifMatch,
    ...(comment === '' ? {} : { body: { comment } }),
    parse: parseVersionRecord,
  });
}

/** Sends a version back with what to change. */
export function requestChanges(
  meetingId: string,
  changes: { readonly versionId: string; readonly comment: string; readonly ifMatch?: string },
): Promise<ApiResult<VersionRecord>> {
  return request(versionPath(meetingId, changes.versionId, 'request-changes'), {
    method: 'POST',
    ifMatch: changes.ifMatch,
    body: { comment: changes.comment },
    parse: parseVersionRecord,
  });
}

/** Reopens a frozen draft as the next revision of the document; answers which one. */
export function reopenDraft(
  meetingId: string,
  reason: string,
  ifMatch?: string,
): Promise<ApiResult<{ readonly documentRevision: number }>> {
  return request(meetingPath(meetingId, 'reopen'), {
    method: 'POST',
    ifMatch,
    body: reason.trim() === '' ? {} : { reason: reason.trim() },
    parse: readerOf(ReopenedSchema),
  });
}

export type ExportFormat = 'md' | 'html' | 'docx' | 'pdf';

/** Where a version is downloaded as Markdown, a standalone HTML page, or Word. */
export function exportUrl(
  meetingId: string,
  version: { readonly versionId: string; readonly format: ExportFormat },
): string {
  return `${versionPath(meetingId, version.versionId, 'export')}?format=${version.format}`;
}

/**
 * Where the changes between two points come as a Word document with tracked changes. A point is
 * a version id or a revision number; `to` defaults to the live draft.
 */
export function changesUrl(
  meetingId: string,
  points: { readonly from: string; readonly to?: string },
): string {
  const query = new URLSearchParams({ from: points.from, to: points.to ?? 'head' });
  return meetingPath(meetingId, `diff.docx?${query.toString()}`);
}

/** The chair sets how many vice-chairs must endorse a version before it can be approved. */
export function changeEndorsementsRequired(
  meetingId: string,
  endorsementsRequired: number,
): Promise<ApiResult<Meeting>> {
  return request(meetingPath(meetingId, 'settings'), {
    method: 'PATCH',
    body: { endorsementsRequired },
    parse: parseMeeting,
  });
}
