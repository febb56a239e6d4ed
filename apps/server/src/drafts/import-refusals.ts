import { Refusal, type RefusalType } from '@rapporteur/errors';

// What the import route refuses before the importer reads a line (the importer's own refusals
// are @rapporteur/editor-schema's ImportError), and the draft it will not overwrite.
const IMPORT_REFUSALS = {
  unsupportedFormat: ['unsupported_format', 'unsupported_media_type', 'Unsupported format'],
  tooLarge: ['too_large', 'too_large', 'Too large'],
  notText: ['not_text', 'unprocessable', 'Not text'],
  draftNotEmpty: ['draft_not_empty', 'conflict', 'Draft already started'],
  wordDamaged: ['damaged_document', 'unprocessable', 'Damaged Word file'],
  wordTooLarge: ['too_large', 'too_large', 'Too large'],
} as const satisfies Record<string, RefusalType>;

/** The body is neither text/plain nor text/markdown. */
export const unsupportedFormat = (): Refusal =>
  new Refusal(
    IMPORT_REFUSALS.unsupportedFormat,
    'Send the document as text/plain or text/markdown (UTF-8), or as a Word file (.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document), in the request body.',
  );

/** The body is over the import's byte limit. */
export const importTooLarge = (maxBytes: number): Refusal =>
  new Refusal(
    IMPORT_REFUSALS.tooLarge,
    `An import may hold at most ${maxBytes} bytes; split the document.`,
  );

/** The .docx is not a zip, or a part of it is damaged; `why` says which. */
export const wordDamaged = (why: string): Refusal =>
  new Refusal(
    IMPORT_REFUSALS.wordDamaged,
    `This Word file cannot be read: ${why}. Open it in Word or LibreOffice, save it again as .docx, and send that.`,
  );

/** The .docx unpacks past the reader's limits (a zip bomb, or a document far beyond a summary). */
export const wordTooLarge = (why: string): Refusal =>
  new Refusal(
    IMPORT_REFUSALS.wordTooLarge,
    `This Word file is too large once unpacked: ${why}. Remove images and embedded files, or split the document.`,
  );

/** The body does not decode as UTF-8. */
export const notText = (): Refusal =>
  new Refusal(
    IMPORT_REFUSALS.notText,
    'The body is not UTF-8 text: save the document as UTF-8 and send it again.',
  );

/** The draft has a history already: an import only fills an empty one. */
export const draftNotEmpty = (): Refusal =>
  new Refusal(
    IMPORT_REFUSALS.draftNotEmpty,
    'This meeting already has a draft; an import only fills an empty one, so nothing anyone wrote is overwritten.',
  );
