import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { encodeSyncMessage, SYNC_STEP_1, SYNC_STEP_2, SYNC_UPDATE } from './protocol.js';
import { carriesUpdate } from './update-frame.js';

describe('carriesUpdate', () => {
  it('recognises a sync step 2 or update by its header, whatever its update part holds', () => {
    const garbage = new Uint8Array(100).fill(0xff);
    expect(carriesUpdate(encodeSyncMessage(SYNC_STEP_2, garbage))).toBe(true);
    expect(carriesUpdate(encodeSyncMessage(SYNC_UPDATE, garbage))).toBe(true);
  });

  it('leaves out the empty update, a sync step 1, other message types and unreadable headers', () => {
    expect(carriesUpdate(encodeSyncMessage(SYNC_STEP_2, new Uint8Array([0, 0])))).toBe(false);
    expect(carriesUpdate(encodeSyncMessage(SYNC_STEP_1, new Uint8Array([0])))).toBe(false);
    expect(carriesUpdate(new Uint8Array([1, 0]))).toBe(false);
    expect(carriesUpdate(new Uint8Array([]))).toBe(false);
    const unfinished = encoding.createEncoder();
    encoding.writeVarUint(unfinished, 0);
    expect(carriesUpdate(encoding.toUint8Array(unfinished))).toBe(false);
  });
});
