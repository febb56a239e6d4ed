import type { Logger } from './logger.js';

/** What `observeRequests` leaves on every request for the handlers and for `onError`. */
export interface RequestVariables {
  /** The request's id: the caller's `x-request-id` when sane, else a new one; echoed back. */
  requestId: string;
  /** The server's logger with `requestId` bound: log through it so lines can be correlated. */
  log: Logger;
}

export const REQUEST_ID_HEADER = 'x-request-id';
