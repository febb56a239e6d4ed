// The front door of @rapporteur/errors: the one error family, importing nothing.

export { ERROR_KINDS, type ErrorKind } from './error-kind.js';
export { isRapporteurError, RapporteurError } from './rapporteur-error.js';
export { Refusal, type RefusalType } from './refusal.js';
