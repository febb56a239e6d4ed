import { importDocument, type ImportResult, MAX_IMPORT_BYTES } from '@rapporteur/editor-schema';

import { importTooLarge, notText, unsupportedFormat } from './import-refusals.js';
import { readLimitedBody } from './read-limited-body.js';
import { readDocx } from './word/read-docx.js';

/** The Content-Type of a Word file (.docx). */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The largest .docx accepted: the API's body limit (app.ts) already holds every body to about
 * MAX_IMPORT_BYTES, and a summary with a logo and a table or two is well under it (the fixture
 * as .docx is 13 KB). Its text is then held to DOCX_LIMITS once unpacked.
 */
export const MAX_DOCX_BYTES = MAX_IMPORT_BYTES;

/** What each accepted Content-Type is, and the most bytes it may have. */
export const IMPORT_FORMATS = {
  'text/plain': { format: 'text', maxBytes: MAX_IMPORT_BYTES },
  'text/markdown': { format: 'markdown', maxBytes: MAX_IMPORT_BYTES },
  [DOCX_TYPE]: { format: 'docx', maxBytes: MAX_DOCX_BYTES },
} as const satisfies Record<string, { format: string; maxBytes: number }>;

/** The accepted format of a Content-Type header ('text/markdown; charset=utf-8'), if any. */
export function importFormat(contentType: string | undefined) {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return Object.hasOwn(IMPORT_FORMATS, media)
    ? IMPORT_FORMATS[media as keyof typeof IMPORT_FORMATS]
    : undefined;
}

/**
 * An import's body read as a document: text and Markdown as UTF-8, a .docx by the Word reader.
 * Throws the import's refusals (unsupportedFormat, importTooLarge, notText, the Word file's)
 * or ImportError; reads nothing else and stores nothing.
 */
export async function readImportSource(
  contentType: string | undefined,
  bytes: Uint8Array,
): Promise<ImportResult> {
  const accepted = importFormat(contentType);
  if (accepted === undefined) throw unsupportedFormat();
  if (bytes.byteLength > accepted.maxBytes) throw importTooLarge(accepted.maxBytes);
  if (accepted.format === 'docx') return Promise.resolve(readDocx(bytes));
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
  // What the importer cannot read is an ImportError (422, its own code) for the one onError.
  return Promise.resolve(importDocument(source, { format: accepted.format }));
}

/**
 * An import request's body read as a document, refusing an unknown type before reading a byte
 * and reading no more than the format's limit: what the import and its preview both do.
 */
export async function readImportRequest(request: Request): Promise<ImportResult> {
  const contentType = request.headers.get('content-type') ?? undefined;
  const accepted = importFormat(contentType);
  if (accepted === undefined) throw unsupportedFormat();
  return readImportSource(contentType, await readLimitedBody(request, accepted.maxBytes));
}
