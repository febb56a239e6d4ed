import { importDocument, MAX_IMPORT_BYTES, type ImportResult } from '@rapporteur/editor-schema';
import { importTooLarge, notText, unsupportedFormat } from './import-refusals.js';

// The media types an import reads, and how the importer reads each.
const FORMATS: Record<string, 'text' | 'markdown'> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
};

/**
 * What the import and its preview read from a request body: the structured document, its title
 * and warnings. Throws the route's refusals (unsupportedFormat, importTooLarge, notText) and the
 * importer's ImportError (422, its own code) for what it cannot read; one onError maps them.
 */
export async function readImportSource(
  contentType: string | undefined,
  bytes: Uint8Array,
): Promise<ImportResult> {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const format = FORMATS[mediaType];
  if (format === undefined) throw unsupportedFormat();
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw importTooLarge(MAX_IMPORT_BYTES);
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
  // Async although text needs no waiting: a DOCX reader (unzipping) shares this signature.
  return Promise.resolve(importDocument(source, { format }));
}
