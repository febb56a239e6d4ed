import {
  MeetingDocumentSchema,
  readerOf,
  type DocumentPatch,
  type NewDocument,
} from '@rapporteur/api-contract';
import type { DocumentSettings } from '@rapporteur/domain';

import { request, type ApiResult } from '../api/http.js';
import { parseMeeting, type Meeting, type MeetingDocumentRef } from '../meeting/meeting-api.js';

const documentsPath = (meetingId: string, rest = ''): string =>
  `/api/meetings/${encodeURIComponent(meetingId)}/documents${rest}`;
const parseDocument = readerOf(MeetingDocumentSchema);

/** Registers a contribution; the server decides who may. */
export function addDocument(
  meetingId: string,
  document: NewDocument,
): Promise<ApiResult<MeetingDocumentRef>> {
  return request(documentsPath(meetingId), {
    method: 'POST',
    body: document,
    parse: parseDocument,
  });
}

/** Corrects a registered contribution. */
export function editDocument(
  meetingId: string,
  { documentId, patch }: { documentId: string; patch: DocumentPatch },
): Promise<ApiResult<MeetingDocumentRef>> {
  return request(documentsPath(meetingId, `/${encodeURIComponent(documentId)}`), {
    method: 'PATCH',
    body: patch,
    parse: parseDocument,
  });
}

/** Sets any of the meeting's document settings (the chair's). */
export function changeDocumentSettings(
  meetingId: string,
  settings: Partial<DocumentSettings>,
): Promise<ApiResult<Meeting>> {
  return request(`/api/meetings/${encodeURIComponent(meetingId)}/document-settings`, {
    method: 'PATCH',
    body: settings,
    parse: parseMeeting,
  });
}
