import { ValidationError } from '../errors.js';
import { requireParagraphs, requireText } from '../validation/fields.js';
import { LIMITS } from '../validation/limits.js';
import {
  DISPOSITIONS,
  SUGGESTION_KINDS,
  type Anchor,
  type Disposition,
  type SuggestionKind,
} from './review.state.js';

// Tabs and line breaks occur in quoted text; other control characters are not text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f]/;
// Base64 has no spaces and no control characters; the domain checks no more of an anchor,
// which is opaque here (the server decodes it against the draft).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_IN_POSITION = /[\s\u0000-\u001f\u007f]/;
// '8.2.1.1' is as deep as summaries go; a paragraph number longer than this is not one.
const PARAGRAPH_MAX = 32;

/** An anchor: two encoded positions of at most LIMITS.anchor characters each, kept as they are. */
export function requireAnchor(field: string, value: unknown): Anchor {
  if (typeof value !== 'object' || value === null) {
    throw new ValidationError(field, `${field} is required: give its start and end positions.`);
  }
  const anchor = value as Partial<Record<keyof Anchor, unknown>>;
  return {
    start: requirePosition(`${field}.start`, anchor.start),
    end: requirePosition(`${field}.end`, anchor.end),
  };
}

function requirePosition(field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new ValidationError(field, `${field} is required: an encoded position in the draft.`);
  if (value.length > LIMITS.anchor)
    throw new ValidationError(
      field,
      `${field} is ${value.length} characters long; the limit is ${LIMITS.anchor}.`,
    );
  if (NOT_IN_POSITION.test(value))
    throw new ValidationError(
      field,
      `${field} must be a position encoded in base64, without spaces or control characters.`,
    );
  return value;
}

/**
 * Text quoted from the draft or proposed for it, kept exactly (not trimmed: it must match the
 * draft): '' allowed, at most LIMITS.suggestionText characters.
 */
export function requireDraftText(field: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new ValidationError(field, `${field} is required and must be text ('' for none).`);
  if (value.length > LIMITS.suggestionText)
    throw new ValidationError(
      field,
      `${field} is ${value.length} characters long; the limit is ${LIMITS.suggestionText}.`,
    );
  if (CONTROL_IN_TEXT.test(value))
    throw new ValidationError(field, `${field} must be text, without control characters.`);
  return value;
}

/** A paragraph number as the editor shows it ('8.2.1.1'), or null for unnumbered text. */
export function requireParagraphNumber(field: string, value: unknown): string | null {
  if (value === null) return null;
  return requireText(field, value, PARAGRAPH_MAX);
}

/** An optional text of a few paragraphs (a reason, a note): blank or absent gives null. */
export function optionalParagraphs(field: string, value: unknown): string | null {
  const blank =
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  return blank ? null : requireParagraphs(field, value, LIMITS.comment);
}

/** One of DISPOSITIONS. */
export function requireDisposition(field: string, value: unknown): Disposition {
  const found = DISPOSITIONS.find((disposition) => disposition === value);
  if (found !== undefined) return found;
  throw new ValidationError(field, `${field} must be one of ${DISPOSITIONS.join(', ')}.`);
}

/** One of SUGGESTION_KINDS. */
export function requireSuggestionKind(field: string, value: unknown): SuggestionKind {
  const found = SUGGESTION_KINDS.find((kind) => kind === value);
  if (found !== undefined) return found;
  throw new ValidationError(field, `${field} must be one of ${SUGGESTION_KINDS.join(', ')}.`);
}
