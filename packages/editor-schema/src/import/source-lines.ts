import { ImportError } from './import-error.js';

/** The largest source the importer reads: 2 MiB of UTF-8, far above any meeting summary. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** One line of the source, with its 1-based number as an editor would show it. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, DEL,
// and the replacement character a decoder leaves for bytes that were not UTF-8.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPICIOUS = /[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g;
// Above this share (and count) of suspicious characters the input is binary, not text with a
// few stray bytes that a short document can also carry.
const BINARY_SHARE = 0.01;
const BINARY_MIN_COUNT = 8;

/**
 * Checks that the source is text the importer can read and splits it into lines: line endings
 * of every platform, no byte-order mark, stray control characters dropped (with a warning).
 */
export function readSourceLines(source: unknown, warnings: string[]): SourceLine[] {
  if (typeof source !== 'string') {
    throw new ImportError({ code: 'not_text', message: 'The import must be text.' });
  }
  // A string of more code units than the limit is over it in UTF-8 too: no need to encode it.
  if (
    source.length > MAX_IMPORT_BYTES ||
    new TextEncoder().encode(source).length > MAX_IMPORT_BYTES
  ) {
    throw new ImportError({
      code: 'too_large',
      message: `The import is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MiB; split the document.`,
    });
  }
  const text = source.replace(/^\ufeff/, '');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const line = lineAt(text, nul);
    throw new ImportError({
      code: 'not_text',
      line,
      message: `line ${line}: the input holds a NUL byte, so it is binary (a .docx or .pdf?), not text. Export it as plain text or Markdown first.`,
    });
  }
  const suspicious = text.match(SUSPICIOUS)?.length ?? 0;
  if (suspicious > BINARY_MIN_COUNT && suspicious > text.length * BINARY_SHARE) {
    throw new ImportError({
      code: 'not_text',
      message: `The input is binary or not UTF-8 (${suspicious} control or undecodable characters). Save it as UTF-8 text first.`,
    });
  }
  if (suspicious > 0) {
    warnings.push(
      `line ${lineAt(text, text.search(SUSPICIOUS))}: ${suspicious} control or undecodable character(s) dropped`,
    );
  }

  const lines = text
    .replace(SUSPICIOUS, '')
    // Word's manual line break and page break: inside a paragraph, they read as a space.
    .replace(/[\v\f]/g, ' ')
    .split(/\r\n|\r|\n/)
    .map((line, i) => ({ text: line, line: i + 1 }));
  if (lines.every((line) => line.text.trim() === '')) {
    throw new ImportError({
      code: 'empty_document',
      message: 'The import is empty: there is no text to read.',
    });
  }
  return lines;
}

/** Collapses runs of spaces and tabs and trims, as a reader of a line sees it. */
export function cleanText(text: string): string {
  return text.replace(/[ \t]+/g, ' ').trim();
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split(/\r\n|\r|\n/).length;
}
