import * as decoding from 'lib0/decoding';
import { MESSAGE_SYNC, SYNC_STEP_2, SYNC_UPDATE } from './protocol.js';

/** The empty Yjs update (no structs, no deletions): what a client with nothing new sends. */
const EMPTY_UPDATE = [0, 0];

/**
 * Whether a frame is a sync step 2 or update message carrying something, read from its header
 * and length only: the Yjs update inside is not decoded. A room refuses such a frame from a
 * read-only connection at this cost, however large or garbled its update (issue #12: a
 * delegate's refused 1 MB frames were fully decoded first, and slowed everyone's saves).
 * False for any other frame, for the empty update, and for a frame whose header does not read.
 */
export function carriesUpdate(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return false;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return false;
    const length = decoding.readVarUint(decoder);
    if (length !== EMPTY_UPDATE.length) return true;
    return EMPTY_UPDATE.some((byte, index) => frame[decoder.pos + index] !== byte);
  } catch {
    return false;
  }
}
