import { RapporteurError, type ErrorKind, type RefusalType } from '@rapporteur/errors';

// Every refusal of this package, in one table: the code programs switch on, its kind (all
// `unprocessable`: the request arrived whole, what it points at in the draft is the problem),
// and a title. The sentences are made where the refusal is, with the facts a person needs.
export const ANCHOR_REFUSALS = {
  paragraphNotFound: ['paragraph_not_found', 'unprocessable', 'No such paragraph'],
  quoteNotFound: ['quote_not_found', 'unprocessable', 'Quote not found'],
  quoteAmbiguous: ['quote_ambiguous', 'unprocessable', 'Quote ambiguous'],
  anchorMalformed: ['anchor_malformed', 'unprocessable', 'Malformed anchor'],
  anchorOutOfRange: ['anchor_out_of_range', 'unprocessable', 'Anchor out of range'],
  anchorOrphaned: ['anchor_orphaned', 'unprocessable', 'Anchored text gone'],
  multiParagraph: ['multi_paragraph', 'unprocessable', 'Several paragraphs'],
} as const satisfies Record<string, RefusalType>;

type AnchorRefusal = (typeof ANCHOR_REFUSALS)[keyof typeof ANCHOR_REFUSALS];

/** The stable codes of `AnchorError`: 'paragraph_not_found', 'quote_ambiguous'... */
export type AnchorErrorCode = AnchorRefusal[0];

/**
 * What cannot be anchored, resolved or applied in a draft, with a stable `code` and a sentence
 * a person can act on.
 *
 * @example new AnchorError(ANCHOR_REFUSALS.quoteNotFound, 'Paragraph 8.2.1.1 does not contain "x".')
 */
export class AnchorError extends RapporteurError {
  override readonly name = 'AnchorError';
  readonly code: AnchorErrorCode;
  readonly kind: ErrorKind;
  override readonly title: string;

  constructor(type: AnchorRefusal, message: string) {
    super(message);
    [this.code, this.kind, this.title] = type;
  }
}
