import {
  ImportedSchema,
  ImportPreviewSchema,
  readerOf,
  type Immutable,
  type Imported,
  type ImportPreview as ImportPreviewShape,
} from '@rapporteur/api-contract';
import { request, type ApiResult } from '../api/http.js';

/** What the import would make of a file: `POST /api/meetings/:id/import/preview`. */
export type ImportPreview = Immutable<ImportPreviewShape>;

const parsePreview = readerOf(ImportPreviewSchema);
const parseImported = readerOf(ImportedSchema);

const importPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}/import`;

/** Asks the server what `file` would become, storing nothing. */
export function previewImport(
  meetingId: string,
  file: { readonly type: string; readonly data: Blob },
  signal?: AbortSignal,
): Promise<ApiResult<ImportPreview>> {
  return request(`${importPath(meetingId)}/preview`, {
    method: 'POST',
    raw: file,
    ...(signal === undefined ? {} : { signal }),
    parse: parsePreview,
  });
}

/**
 * Fills the empty draft with `file`; a draft someone wrote in is refused with a sentence. The
 * text itself arrives through the draft's room, as anyone's edit does.
 */
export function importFile(
  meetingId: string,
  file: { readonly type: string; readonly data: Blob },
): Promise<ApiResult<Immutable<Imported>>> {
  return request(importPath(meetingId), { method: 'POST', raw: file, parse: parseImported });
}
