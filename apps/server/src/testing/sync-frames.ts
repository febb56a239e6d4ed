import { MESSAGE_AUTH, MESSAGE_SYNC } from '@rapporteur/collab';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

// y-protocols' sync steps: 0 asks for what is missing, 1 answers it, 2 is an update.
const SYNC_UPDATE = 2;
const PERMISSION_DENIED = 0;

/**
 * A sync frame (type 0) of `step` around `payload`, exactly as a raw client sends it; the payload
 * need not be a Yjs update at all.
 */
export function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** A sync update frame (type 0, step 2) around `update`, as y-websocket sends an edit. */
export function updateFrame(update: Uint8Array): Uint8Array {
  return syncFrame(SYNC_UPDATE, update);
}

/** The reason of a y-protocols permission-denied message, or undefined for any other message. */
export function permissionDeniedReason(message: Uint8Array): string | undefined {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_AUTH) return undefined;
  if (decoding.readVarUint(decoder) !== PERMISSION_DENIED) return undefined;
  return decoding.readVarString(decoder);
}
