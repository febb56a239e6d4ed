import { isRole, type Role } from '@rapporteur/domain';

import { isRecord, request, type ApiResult } from '../api/http.js';

/** A meeting as the list shows it: `GET /api/meetings` gives one per meeting of yours. */
export interface MeetingSummary {
  readonly id: string;
  readonly title: string;
  readonly symbol: string;
  readonly date: string;
  /** Your role in it; null for an administrator who is not a participant. */
  readonly role: Role | null;
}

/** Someone taking part in a meeting, with their role in it. */
export interface Participant {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
}

/** A contribution registered for the meeting, as the summary cites it (`label`). */
export interface MeetingDocumentRef {
  readonly documentId: string;
  readonly symbol: string;
  readonly title: string;
  readonly source: string;
  readonly revision: number;
  readonly label: string;
}

/** The seal on a frozen draft: the version it was frozen at, when, and by whom (a person id). */
export interface FrozenDraft {
  readonly versionId: string;
  readonly versionName: string;
  readonly at: string;
  readonly by: string;
}

/** A meeting, as `GET /api/meetings/:meetingId` gives it. */
export interface Meeting extends MeetingSummary {
  readonly participants: readonly Participant[];
  readonly documents: readonly MeetingDocumentRef[];
  /** The summary's own label with its revision: 'CWG-WSIS&SDG-34', after a reopening '… Rev.1'. */
  readonly documentLabel: string;
  /** 0 for the original, 1 for Rev.1: each reopening of a frozen draft starts the next. */
  readonly documentRevision: number;
  /** Set while nobody may edit the draft, until the chair reopens it. */
  readonly frozen: FrozenDraft | null;
}

export function parseSummary(body: unknown): MeetingSummary | undefined {
  if (!isRecord(body)) return undefined;
  const { id, title, symbol, date, role } = body;
  if (
    typeof id !== 'string' ||
    typeof title !== 'string' ||
    typeof symbol !== 'string' ||
    typeof date !== 'string'
  ) {
    return undefined;
  }
  // A role this version of the app does not know reads as none: it then offers less, never more.
  return { id, title, symbol, date, role: isRole(role) ? role : null };
}

export function parseParticipant(body: unknown): Participant | undefined {
  if (!isRecord(body)) return undefined;
  const { personId, name, email, role } = body;
  if (
    typeof personId !== 'string' ||
    typeof name !== 'string' ||
    typeof email !== 'string' ||
    !isRole(role)
  ) {
    return undefined;
  }
  return { personId, name, email, role };
}

function parseDocument(body: unknown): MeetingDocumentRef | undefined {
  if (!isRecord(body)) return undefined;
  const { documentId, symbol, title, source, revision, label } = body;
  if (
    typeof documentId !== 'string' ||
    typeof symbol !== 'string' ||
    typeof title !== 'string' ||
    typeof source !== 'string' ||
    typeof revision !== 'number'
  ) {
    return undefined;
  }
  return {
    documentId,
    symbol,
    title,
    source,
    revision,
    label: typeof label === 'string' ? label : symbol,
  };
}

/** Every item read by `parse`, or undefined when one of them cannot be read. */
export function parseList<T>(
  body: unknown,
  parse: (item: unknown) => T | undefined,
): T[] | undefined {
  if (!Array.isArray(body)) return undefined;
  const items: T[] = [];
  for (const item of body) {
    const parsed = parse(item);
    if (parsed === undefined) return undefined;
    items.push(parsed);
  }
  return items;
}

function parseFrozen(body: unknown): FrozenDraft | null | undefined {
  if (body === null || body === undefined) return null;
  if (!isRecord(body)) return undefined;
  const { versionId, versionName, at, by } = body;
  if (
    typeof versionId !== 'string' ||
    typeof versionName !== 'string' ||
    typeof at !== 'string' ||
    typeof by !== 'string'
  ) {
    return undefined;
  }
  return { versionId, versionName, at, by };
}

export function parseMeeting(body: unknown): Meeting | undefined {
  const summary = parseSummary(body);
  if (summary === undefined || !isRecord(body)) return undefined;
  const participants = parseList(body['participants'] ?? [], parseParticipant);
  const documents = parseList(body['documents'] ?? [], parseDocument);
  const frozen = parseFrozen(body['frozen']);
  if (participants === undefined || documents === undefined || frozen === undefined)
    return undefined;
  // A server from before versions sends neither: the original document, never frozen.
  const { documentLabel, documentRevision } = body;
  return {
    ...summary,
    participants,
    documents,
    documentLabel: typeof documentLabel === 'string' ? documentLabel : summary.symbol,
    documentRevision: Number.isInteger(documentRevision) ? Number(documentRevision) : 0,
    frozen,
  };
}

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
