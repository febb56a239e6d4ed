import { ValidationError } from '../errors.js';
import { isRole, ROLES, type Role } from '../permissions/roles.js';
import { LIMITS } from './limits.js';

// Control characters (newlines, tabs, NUL...) have no place in a one-line value.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
// Letters and digits joined by single '-', '&' or '/': 'CWG-WSIS&SDG-34', 'S19-CWGWSIS34-C-0019',
// and the Council's short form 'C19/12' (the register keeps symbols without their suffixes).
const SYMBOL = /^[A-Z0-9]+([&/-][A-Z0-9]+)*$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Tabs and line breaks are how a comment of several paragraphs is written; other control
// characters are not text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_IN_PARAGRAPHS = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const SHA256 = /^[0-9a-f]{64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

function requireString(field: string, value: unknown): string {
  if (typeof value !== 'string')
    throw new ValidationError(field, `${field} is required and must be text.`);
  return value;
}

// Every text field says the same when it is empty or past its limit.
function requireLength(field: string, text: string, max: number): string {
  if (text.length === 0) throw new ValidationError(field, `${field} must not be empty.`);
  if (text.length > max)
    throw new ValidationError(
      field,
      `${field} is ${text.length} characters long; the limit is ${max}.`,
    );
  return text;
}

/** An id: non-empty, no spaces, at most LIMITS.id characters. Returned unchanged. */
export function requireId(field: string, value: unknown): string {
  const id = requireLength(field, requireString(field, value), LIMITS.id);
  if (/\s/.test(id) || CONTROL.test(id))
    throw new ValidationError(field, `${field} must not contain spaces or control characters.`);
  return id;
}

/** One line of text, trimmed: non-empty, at most `max` characters, no control characters. */
export function requireText(field: string, value: unknown, max: number): string {
  const text = requireLength(field, requireString(field, value).trim(), max);
  if (CONTROL.test(text))
    throw new ValidationError(field, `${field} must fit on one line, without control characters.`);
  return text;
}

/** Text of one or more paragraphs, trimmed, with '\n' line ends: non-empty, at most `max` characters. */
export function requireParagraphs(field: string, value: unknown, max: number): string {
  const paragraphs = requireString(field, value).replace(/\r\n?/g, '\n').trim();
  const text = requireLength(field, paragraphs, max);
  if (CONTROL_IN_PARAGRAPHS.test(text))
    throw new ValidationError(field, `${field} must be text, without control characters.`);
  return text;
}

/**
 * Optional paragraphs, as a form's optional field gives them: absent, null or blank is null,
 * anything else is `requireParagraphs`.
 */
export function optionalParagraphs(field: string, value: unknown, max: number): string | null {
  const blank =
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  return blank ? null : requireParagraphs(field, value, max);
}

/** A SHA-256 digest as the event store writes it: 64 lowercase hexadecimal digits. */
export function requireSha256(field: string, value: unknown): string {
  const digest = requireString(field, value);
  if (SHA256.test(digest)) return digest;
  // Not echoed: a wrong value can be long, and the digits say nothing to a person.
  const got =
    digest.length === 64
      ? 'it has other characters (capital letters are refused too)'
      : `it has ${digest.length} characters`;
  throw new ValidationError(
    field,
    `${field} must be a SHA-256 digest written as 64 lowercase hexadecimal digits (0-9, a-f); ${got}.`,
  );
}

/** A stream revision: 0 for a stream's first event, as EventStoreDB counts (decision 0005). */
export function requireStreamRevision(field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError(
      field,
      `${field} must be a stream revision, a whole number from 0 (the stream's first event); got ${shown(value)}.`,
    );
  }
  return value;
}

/** An email address of the usual shape name@example.org, trimmed. */
export function requireEmail(field: string, value: unknown): string {
  const email = requireText(field, value, LIMITS.email);
  if (!EMAIL.test(email))
    throw new ValidationError(
      field,
      `${field} "${email}" is not an email address like name@example.org.`,
    );
  return email;
}

/** One of ROLES. */
export function requireRole(field: string, value: unknown): Role {
  if (isRole(value)) return value;
  throw new ValidationError(
    field,
    `${field} must be one of ${ROLES.join(', ')}; got ${shown(value)}.`,
  );
}

/** A meeting or document symbol, trimmed: letters and digits joined by '-' or '&'. */
export function requireSymbol(field: string, value: unknown): string {
  const symbol = requireText(field, value, LIMITS.symbol);
  if (!SYMBOL.test(symbol)) {
    throw new ValidationError(
      field,
      `${field} "${symbol}" must be letters and digits joined by '-' or '&', like S19-CWGWSIS34-C-0019 ` +
        '(a revision such as Rev.4 is given separately).',
    );
  }
  return symbol;
}

/** A revision number: 0 for the original, 1 for Rev.1, and so on. */
export function requireRevision(field: string, value: unknown): number {
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < 0 ||
    value > LIMITS.revision
  ) {
    throw new ValidationError(
      field,
      `${field} must be a whole number from 0 (the original) to ${LIMITS.revision}; got ${shown(value)}.`,
    );
  }
  return value;
}

/** A calendar date written YYYY-MM-DD that exists (no 2019-02-30). */
export function requireDate(field: string, value: unknown): string {
  return requireOnCalendar(field, value, {
    pattern: DATE,
    mustBe: 'a date that exists, written YYYY-MM-DD, like 2019-09-25',
  });
}

/** A moment written in ISO 8601 with its offset: '2019-09-25T09:30:00Z'. */
export function requireInstant(field: string, value: unknown): string {
  return requireOnCalendar(field, value, {
    pattern: INSTANT,
    mustBe: 'an ISO 8601 time with its offset, like 2019-09-25T09:30:00Z',
  });
}

// A date and an instant are checked alike: their written shape, then that their day exists.
function requireOnCalendar(
  field: string,
  value: unknown,
  shape: { readonly pattern: RegExp; readonly mustBe: string },
): string {
  const text = requireString(field, value);
  if (!shape.pattern.test(text) || !isCalendarDay(...dayOf(text))) {
    throw new ValidationError(field, `${field} "${text}" must be ${shape.mustBe}.`);
  }
  return text;
}

// Both shapes start with YYYY-MM-DD.
function dayOf(text: string): [number, number, number] {
  return [Number(text.slice(0, 4)), Number(text.slice(5, 7)), Number(text.slice(8, 10))];
}

function shown(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined || value === null ? 'nothing' : `a value of type ${typeof value}`;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return year >= 1 && days !== undefined && day >= 1 && day <= days;
}
