/** Why an import was refused; stable, so the server can map each to a problem response. */
export type ImportErrorCode =
  'empty_document' | 'not_text' | 'too_large' | 'too_deep' | 'unknown_format';

/**
 * What the importer cannot read, with a stable `code`, a sentence a person can act on, and the
 * 1-based source line when one is to blame.
 *
 * @example new ImportError({ code: 'too_deep', line: 12, message: 'line 12: ...' })
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly line?: number;

  constructor(options: { code: ImportErrorCode; message: string; line?: number }) {
    super(options.message);
    this.code = options.code;
    if (options.line !== undefined) this.line = options.line;
  }
}
