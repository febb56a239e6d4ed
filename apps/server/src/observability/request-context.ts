import type { Logger } from './logger.js';

/** What `observeRequests` leaves on every request for the handlers and for `onError`. */
export interface RequestVariables {
  /** The request's id: the caller's `x-request-id` when sane, else a new one; echoed back. */
  requestId: string;
  /** The server's logger with `requestId` bound: log through it so lines can be correlated. */
  log: Logger;
}

export const REQUEST_ID_HEADER = 'x-request-id';

// A caller's id is kept only if it is a short token: it goes into every log line and header.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's `x-request-id` when it is a short token, else a new id. */
export function requestIdOf(given: string | readonly string[] | undefined): string {
  return typeof given === 'string' && SANE_REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
