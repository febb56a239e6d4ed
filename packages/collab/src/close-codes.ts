/**
 * Every WebSocket close code the collaboration endpoint uses, in one table. `retry` says whether
 * a client should reconnect by itself. y-websocket providers follow the same convention: codes
 * 4400-4499 are final (the server decided; reconnecting cannot fix it), every other code is
 * transient and they reconnect with backoff.
 */
export const CLOSE_CODES = {
  /**
   * The server is shutting down (a restart, a deploy), or is draining and takes no new sockets:
   * reconnect to another instance or after the restart.
   */
  goingAway: { code: 1001, retry: true, reason: 'The server is shutting down; reconnect shortly.' },
  /** A message was larger than the configured limit. */
  tooBig: { code: 1009, retry: true, reason: 'The message is larger than the server accepts.' },
  /** Saving failed on the server; the client keeps its edits and resends them on reconnect. */
  internalError: {
    code: 1011,
    retry: true,
    reason: 'The server could not save; reconnect to resend unsaved edits.',
  },
  /**
   * Too many messages, or too many new connections, from one address: wait, then reconnect.
   * Limits are per address and per instance (SOCKET_* settings of the server).
   */
  rateLimited: {
    code: 1008,
    retry: true,
    reason: 'Too much traffic from your address; reconnect in a few seconds.',
  },
  /**
   * More document bytes than the server stores per second, from this person or into this draft
   * (SOCKET_*_BYTE* settings): nothing of the refused update was stored. Reconnect after a few
   * seconds; the client resends its unsaved edits then.
   */
  byteRate: {
    code: 4029,
    retry: true,
    reason: 'You are saving faster than the server allows; reconnect in a few seconds.',
  },
  /** The database cannot be reached: nothing can be saved or loaded; reconnect shortly. */
  unavailable: {
    code: 1013,
    retry: true,
    reason: 'The draft cannot be loaded right now; reconnect shortly.',
  },
  /** A message could not be decoded; nothing of it was applied. A client that sends one is broken. */
  malformed: {
    code: 4400,
    retry: false,
    reason: 'A message could not be decoded and was ignored.',
  },
  /**
   * An update does not fit the document's schema (an unknown node, attribute or mark, or a node
   * where it cannot stand): nothing of it was saved. The editor never sends one; a client that
   * does is broken or hostile, and resending cannot fix it.
   */
  unfitUpdate: {
    code: 4422,
    retry: false,
    reason: 'The update does not fit the editor’s document; nothing of it was saved.',
  },
  /** No valid credentials: do not retry until the person signs in again. */
  unauthenticated: { code: 4401, retry: false, reason: 'Sign in to open this draft.' },
  /**
   * The person may not open this draft: not a participant of its meeting (or removed from it),
   * or, for anyone but an administrator, there is no such meeting: the two are not told apart.
   */
  forbidden: {
    code: 4403,
    retry: false,
    reason: 'You are not a participant of a meeting with this id.',
  },
  /**
   * The draft has reached its size limit (MAX_DRAFT_BYTES): nothing more can be stored in it, so
   * reconnecting cannot help; an administrator can raise the limit.
   */
  draftFull: {
    code: 4413,
    retry: false,
    reason: 'This draft has reached its size limit; your change was not saved.',
  },
  /** There is no draft with this id (told only to administrators, who may open any meeting). */
  notFound: { code: 4404, retry: false, reason: 'There is no draft with this id.' },
} as const satisfies Record<string, { code: number; retry: boolean; reason: string }>;

export type CloseCodeName = keyof typeof CLOSE_CODES;
