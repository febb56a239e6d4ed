import { RapporteurError } from '@rapporteur/errors';

// What the import route refuses before the importer reads a line (the importer's own refusals
// are @rapporteur/editor-schema's ImportError), and the draft it will not overwrite.

/** The body is neither text/plain nor text/markdown. */
export class UnsupportedFormatError extends RapporteurError {
  override readonly name = 'UnsupportedFormatError';
  readonly code = 'unsupported_format';
  readonly kind = 'unsupported_media_type';
  override readonly title = 'Unsupported format';

  constructor() {
    super('Send the document as text/plain or text/markdown (UTF-8) in the request body.');
  }
}

/** The body is over the import's byte limit. */
export class ImportTooLargeError extends RapporteurError {
  override readonly name = 'ImportTooLargeError';
  readonly code = 'too_large';
  readonly kind = 'too_large';
  override readonly title = 'Too large';

  constructor(readonly maxBytes: number) {
    super(`An import may hold at most ${maxBytes} bytes; split the document.`);
  }
}

/** The body does not decode as UTF-8. */
export class NotTextError extends RapporteurError {
  override readonly name = 'NotTextError';
  readonly code = 'not_text';
  readonly kind = 'unprocessable';
  override readonly title = 'Not text';

  constructor() {
    super('The body is not UTF-8 text: save the document as UTF-8 and send it again.');
  }
}

/** The draft has a history already: an import only fills an empty one. */
export class DraftNotEmptyError extends RapporteurError {
  override readonly name = 'DraftNotEmptyError';
  readonly code = 'draft_not_empty';
  readonly kind = 'conflict';
  override readonly title = 'Draft already started';

  constructor() {
    super(
      'This meeting already has a draft; an import only fills an empty one, so nothing anyone wrote is overwritten.',
    );
  }
}
