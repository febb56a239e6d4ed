import { RapporteurError } from '@rapporteur/errors';

/** Why an import was refused; stable, so that clients can tell a person what to change. */
export type ImportErrorCode =
  'empty_document' | 'not_text' | 'too_large' | 'too_deep' | 'unknown_format';

/**
 * What the importer cannot read, with a stable `code`, a sentence a person can act on, and the
 * 1-based source line when one is to blame. Every code is of kind `unprocessable`: the request
 * arrived whole, its content is what cannot be used.
 *
 * @example new ImportError({ code: 'too_deep', line: 12, message: 'line 12: ...' })
 */
export class ImportError extends RapporteurError {
  override readonly name = 'ImportError';
  readonly kind = 'unprocessable';
  override readonly title = 'Cannot import';
  readonly code: ImportErrorCode;
  readonly line?: number;

  constructor(options: { code: ImportErrorCode; message: string; line?: number }) {
    super(options.message);
    this.code = options.code;
    if (options.line !== undefined) this.line = options.line;
  }
}
