import type { ExportCover } from '../src/index.js';

/** A whole chain hash, as exports print it. */
export const FINGERPRINT = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

/** The cover of the approved summary of CWG-WSIS&SDG 34; `changes` replace fields. */
export function exampleCover(changes: Partial<ExportCover> = {}): ExportCover {
  return {
    meetingTitle: 'Council Working Group on WSIS & SDG, 34th meeting',
    documentLabel: 'S19-CWGWSIS34-C-0001 Rev.1',
    meetingDate: '2019-09-25',
    versionName: 'Text approved by the Chairman',
    status: 'Approved',
    approvedBy: 'Vladimir Minkin',
    approvedAt: '2019-09-26T10:15:00Z',
    fingerprint: FINGERPRINT,
    draftRevision: 1834,
    ...changes,
  };
}
