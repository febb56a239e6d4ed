import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The y-websocket message types (y-protocols framing), and the one of our own. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/**
 * Durable acknowledgement: sent only to clients that connect with `?ack=1`, so that plain
 * y-websocket clients never see a type they do not know. Body: a count, then pairs of
 * (Yjs client id, clock) saying that every update of that client up to that clock is stored.
 */
export const MESSAGE_ACK = 100;

/** y-protocols' auth message kind that refuses a write (its only kind so far). */
export const AUTH_PERMISSION_DENIED = 0;

/** y-protocols' sync message kinds: ask with a state vector, answer it, or send an update. */
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** Encodes an acknowledgement of these clients' clocks. */
export function encodeAck(clocks: ReadonlyMap<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ACK);
  encoding.writeVarUint(encoder, clocks.size);
  for (const [client, clock] of clocks) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}

/** Decodes the body of an acknowledgement (after its message type). */
export function decodeAckBody(decoder: decoding.Decoder): Map<number, number> {
  const clocks = new Map<number, number>();
  const count = decoding.readVarUint(decoder);
  for (let index = 0; index < count; index += 1) {
    const client = decoding.readVarUint(decoder);
    clocks.set(client, decoding.readVarUint(decoder));
  }
  return clocks;
}

/** An auth message refusing a write, as y-protocols/auth writes it (clients log the reason). */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

/** A sync message (type 0) of `step` around `payload`, as y-protocols frames it. */
export function encodeSyncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** A message as the room understands it, or why it cannot be understood. */
export type IncomingMessage =
  | { readonly kind: 'sync-step-1'; readonly stateVector: Uint8Array }
  | { readonly kind: 'update'; readonly update: Uint8Array }
  | { readonly kind: 'awareness'; readonly update: Uint8Array }
  | { readonly kind: 'query-awareness' }
  | { readonly kind: 'auth' }
  | { readonly kind: 'malformed'; readonly reason: string };

/** Reads one frame; anything that does not decode completely is 'malformed', never a throw. */
export function decodeMessage(frame: Uint8Array): IncomingMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    const message = decodeBody(type, decoder);
    if (message.kind !== 'malformed' && decoding.hasContent(decoder)) {
      return { kind: 'malformed', reason: 'trailing bytes after the message' };
    }
    return message;
  } catch {
    return { kind: 'malformed', reason: 'the frame ends before the message does' };
  }
}

function decodeBody(type: number, decoder: decoding.Decoder): IncomingMessage {
  switch (type) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP_1) return { kind: 'sync-step-1', stateVector: payload };
      if (step === SYNC_STEP_2 || step === SYNC_UPDATE) return { kind: 'update', update: payload };
      return { kind: 'malformed', reason: `unknown sync step ${step}` };
    }
    case MESSAGE_AWARENESS: {
      const update = decoding.readVarUint8Array(decoder);
      const problem = awarenessProblem(update);
      return problem === undefined
        ? { kind: 'awareness', update }
        : { kind: 'malformed', reason: problem };
    }
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'query-awareness' };
    case MESSAGE_AUTH:
      // Clients have nothing to say on the auth channel; read and ignore the rest.
      decoding.readTailAsUint8Array(decoder);
      return { kind: 'auth' };
    default:
      return { kind: 'malformed', reason: `unknown message type ${type}` };
  }
}

/** How deep a presence state may nest: cursors and names need a handful of levels. */
export const MAX_AWARENESS_DEPTH = 32;

/**
 * Why an awareness update must be refused before y-protocols applies it, or undefined. Applying
 * stops at the first bad entry with the entries before it already applied; and a state nested
 * thousands deep parses, but every later encoding of the room's presence overflows the stack.
 */
function awarenessProblem(update: Uint8Array): string | undefined {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    for (let index = 0; index < count; index += 1) {
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (depthOf(state) > MAX_AWARENESS_DEPTH)
        return `an awareness state nests deeper than ${MAX_AWARENESS_DEPTH} levels`;
    }
    return decoding.hasContent(decoder) ? 'trailing bytes after the awareness update' : undefined;
  } catch {
    return 'the awareness update does not decode';
  }
}

/** The nesting depth of a parsed JSON value, walked without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_AWARENESS_DEPTH) return deepest;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return deepest;
}
