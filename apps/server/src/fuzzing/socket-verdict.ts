import { CLOSE_CODES } from '@rapporteur/collab';
import type { FuzzFrame, SocketTarget } from './frame-arbitraries.js';
import type { SocketOutcome } from './fuzz-socket.js';
import { UNFIT_KIND } from './schema-breaking-arbitraries.js';
import { SELF_REFERRING_KIND } from './self-referring-arbitraries.js';

const TABLE = new Set<number>(Object.values(CLOSE_CODES).map((entry) => entry.code));

/** What the server must answer when the connection itself is refused. */
const REFUSAL: Partial<Record<SocketTarget, number>> = {
  // Not told apart from a meeting the person is not in (only administrators learn it is missing).
  'missing-meeting': CLOSE_CODES.forbidden.code,
  'not-a-participant': CLOSE_CODES.forbidden.code,
  'bad-token': CLOSE_CODES.unauthenticated.code,
  'no-credentials': CLOSE_CODES.unauthenticated.code,
};

/**
 * The closes a frame on an open draft socket may cause: too big, malformed, not fitting the
 * editor schema, written under a Yjs client id another person owns, or past the sender's byte
 * budget. Never "could not save" (the database is fine), a full draft (its limit is far away)
 * nor a shutdown code.
 */
const FRAME_CLOSES = new Set<number>([
  CLOSE_CODES.tooBig.code,
  CLOSE_CODES.malformed.code,
  CLOSE_CODES.unfitUpdate.code,
  CLOSE_CODES.forbidden.code,
  CLOSE_CODES.byteRate.code,
]);

/** The closes a valid update may cause, and only for someone who may edit. */
const EDITOR_UPDATE_CLOSES = new Set<number>([
  CLOSE_CODES.forbidden.code,
  CLOSE_CODES.byteRate.code,
]);

/** Why an outcome breaks a property, or undefined when it is fine. */
export function connectionViolation(
  target: SocketTarget,
  outcome: SocketOutcome,
): string | undefined {
  if (target === 'bad-path') {
    return outcome.refusedUpgrade === 'HTTP 404'
      ? undefined
      : `expected a plain 404 to the upgrade, got ${describe(outcome)}`;
  }
  const refusal = REFUSAL[target];
  if (refusal === undefined) return undefined;
  return outcome.closed?.code === refusal
    ? undefined
    : `expected close ${refusal}, got ${describe(outcome)}`;
}

/** Why the outcome of one frame on a draft socket breaks a property, or undefined. */
export function frameViolation(
  frame: FuzzFrame,
  context: { readonly mayEdit: boolean; readonly outcome: SocketOutcome },
): string | undefined {
  const { outcome } = context;
  if (outcome.refusedUpgrade !== undefined)
    return `the upgrade was refused (${outcome.refusedUpgrade})`;
  const closed = outcome.closed;
  if (closed !== undefined && !TABLE.has(closed.code)) {
    return `close code ${closed.code} ("${closed.reason}") is not in CLOSE_CODES`;
  }
  if (closed !== undefined && !FRAME_CLOSES.has(closed.code)) {
    return `close code ${closed.code} ("${closed.reason}") is not one a frame may cause`;
  }
  if (frame.kind === 'over-size-limit' && closed?.code !== CLOSE_CODES.tooBig.code) {
    return `a frame over the size limit must close with ${CLOSE_CODES.tooBig.code}, got ${describe(outcome)}`;
  }
  if ((frame.kind === 'text' || frame.kind === 'text-not-utf8') && closed === undefined) {
    return 'a text frame left the socket open';
  }
  if (frame.kind.startsWith(UNFIT_KIND)) return unfitViolation(context.mayEdit, closed);
  // Refused from its own bytes, before its sender's budget or the room's state come into it.
  if (
    frame.kind === SELF_REFERRING_KIND &&
    context.mayEdit &&
    closed?.code !== CLOSE_CODES.malformed.code
  ) {
    return `an update naming a later clock of its own client must close with ${CLOSE_CODES.malformed.code}, got ${describe(outcome)}`;
  }
  // A valid update never closes the socket, except when its client id belongs to someone else
  // or its sender's byte budget is spent; a reader's is refused by its header, never closed.
  if (
    (frame.kind === 'update' || frame.kind === 'byte-flood') &&
    closed !== undefined &&
    !(context.mayEdit && EDITOR_UPDATE_CLOSES.has(closed.code))
  ) {
    return `a valid update closed the socket: ${describe(outcome)}`;
  }
  // Forged presence is dropped, never a reason to close (y-websocket clients echo others').
  if (frame.kind.startsWith('presence-forged') && closed !== undefined) {
    return `forged presence closed the socket: ${describe(outcome)}`;
  }
  return undefined;
}

/** An editor's schema-breaking update is refused with 4422; a reader's never gets that far. */
function unfitViolation(mayEdit: boolean, closed: SocketOutcome['closed']): string | undefined {
  const code = closed?.code;
  // Its bytes count against the sender's budget before its shape is judged, so a spent budget
  // (4029) may refuse it first.
  if (mayEdit && code !== CLOSE_CODES.unfitUpdate.code && !EDITOR_UPDATE_CLOSES.has(code ?? 0))
    return `an update that does not fit the editor schema must close with ${CLOSE_CODES.unfitUpdate.code}, got ${closed === undefined ? 'an open socket' : `close ${code}`}`;
  if (!mayEdit && code === CLOSE_CODES.unfitUpdate.code)
    return 'a reader’s update was checked against the schema instead of refused for its role';
  return undefined;
}

function describe(outcome: SocketOutcome): string {
  if (outcome.refusedUpgrade !== undefined)
    return `an upgrade refused with ${outcome.refusedUpgrade}`;
  if (outcome.closed === undefined) return 'an open socket';
  return `close ${outcome.closed.code} ("${outcome.closed.reason}")`;
}
