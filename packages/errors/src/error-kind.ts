/**
 * What kind of refusal an error is, the one thing the server needs to choose an HTTP status:
 * the kinds are few and stable, the codes many. The statuses live in the server, not here.
 */
export const ERROR_KINDS = [
  'invalid',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  // A write made on a stale read that the client named (If-Match): the commands of issue #13.
  'precondition_failed',
  'too_large',
  'unsupported_media_type',
  'unprocessable',
  'locked',
  'too_many',
] as const;

/** One of `ERROR_KINDS`: `'invalid'`, `'not_found'`, `'conflict'`, `'locked'`... */
export type ErrorKind = (typeof ERROR_KINDS)[number];
