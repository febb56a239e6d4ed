import type { ErrorKind } from './error-kind.js';
import { RapporteurError } from './rapporteur-error.js';

/** One kind of refusal of an area: its stable code, the kind that picks the status, a title. */
export type RefusalType = readonly [code: string, kind: ErrorKind, title: string];

/**
 * An error of the family that carries nothing but its type and its sentence: the type comes from
 * its area's table, the sentence from where it is made. Areas keep one table and one small
 * function per refusal instead of a class each.
 *
 * @example const AUTH = { tokenExpired: ['token_expired', 'unauthenticated', 'Token expired'] } as const;
 * throw new Refusal(AUTH.tokenExpired, 'This API token expired; sign in and create a new one.');
 */
export class Refusal extends RapporteurError {
  override readonly name = 'Refusal';
  readonly code: string;
  readonly kind: ErrorKind;
  override readonly title: string;

  constructor(type: RefusalType, message: string) {
    super(message);
    [this.code, this.kind, this.title] = type;
  }
}
