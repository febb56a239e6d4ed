import type { ErrorKind } from './error-kind.js';

/**
 * The base of every error Rapporteur means to show: a stable `code` that programs switch on,
 * a `kind` that the server turns into a status, and a message a person can act on. Anything
 * thrown that is not one is unexpected (a 500 that shows no internals).
 *
 * @example class StreamSealedError extends RapporteurError {
 *   readonly code = 'stream_sealed';
 *   readonly kind = 'locked';
 * }
 */
export abstract class RapporteurError extends Error {
  abstract readonly code: string;
  abstract readonly kind: ErrorKind;
  /**
   * A short summary of the problem, the same for every error of this code (RFC 9457's `title`);
   * when a class gives none, the server uses the one of its kind.
   */
  readonly title?: string;
}

/** Tells the errors of the family (safe to show, with a stable code) from unexpected ones. */
export function isRapporteurError(error: unknown): error is RapporteurError {
  return error instanceof RapporteurError;
}
