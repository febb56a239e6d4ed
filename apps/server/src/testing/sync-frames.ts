import {
  AUTH_PERMISSION_DENIED,
  encodeSyncMessage,
  MESSAGE_AUTH,
  SYNC_UPDATE,
} from '@rapporteur/collab/protocol';
import * as decoding from 'lib0/decoding';

/** A sync update frame (type 0, kind 2) around `update`, as y-websocket sends an edit. */
export function updateFrame(update: Uint8Array): Uint8Array {
  return encodeSyncMessage(SYNC_UPDATE, update);
}

/** The reason of a y-protocols permission-denied message, or undefined for any other message. */
export function permissionDeniedReason(message: Uint8Array): string | undefined {
  const decoder = decoding.createDecoder(message);
  if (decoding.readVarUint(decoder) !== MESSAGE_AUTH) return undefined;
  if (decoding.readVarUint(decoder) !== AUTH_PERMISSION_DENIED) return undefined;
  return decoding.readVarString(decoder);
}
