import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import {
  decodeAckBody,
  decodeMessage,
  encodeAck,
  encodeAwarenessMessage,
  encodeSyncMessage,
  MAX_AWARENESS_DEPTH,
  MESSAGE_ACK,
} from './protocol.js';

describe('decodeMessage', () => {
  it('reads the three kinds of sync message', () => {
    expect(decodeMessage(encodeSyncMessage(0, Uint8Array.of(1, 2)))).toEqual({
      kind: 'sync-step-1',
      stateVector: Uint8Array.of(1, 2),
    });
    expect(decodeMessage(encodeSyncMessage(1, Uint8Array.of(3)))).toEqual({
      kind: 'update',
      update: Uint8Array.of(3),
    });
    expect(decodeMessage(encodeSyncMessage(2, Uint8Array.of(4)))).toEqual({
      kind: 'update',
      update: Uint8Array.of(4),
    });
  });

  it('reads awareness and awareness queries', () => {
    const presence = awarenessUpdate('{"user":{"name":"A"}}');
    expect(decodeMessage(encodeAwarenessMessage(presence))).toEqual({
      kind: 'awareness',
      update: presence,
    });
    expect(decodeMessage(Uint8Array.of(3))).toEqual({ kind: 'query-awareness' });
  });

  it.each([
    ['an empty frame', Uint8Array.of()],
    ['an unknown type', Uint8Array.of(42)],
    ['an unknown sync step', Uint8Array.of(0, 7, 0)],
    ['a payload longer than the frame', Uint8Array.of(0, 2, 10, 1)],
    ['trailing bytes', Uint8Array.of(0, 2, 1, 1, 99)],
  ])('calls %s malformed instead of throwing', (_, frame) => {
    expect(decodeMessage(frame).kind).toBe('malformed');
  });

  // Found by the fuzzer (apps/server/src/fuzzing): y-protocols applies the entries before a bad
  // one, and a state nested thousands deep made every later join fail (JSON.stringify overflowed).
  it.each([
    ['a state that is not JSON', awarenessUpdate('{"user":')],
    ['a count above the entries that follow', Uint8Array.of(5, 1, 1, 2, 0x7b, 0x7d)],
    ['a state nested 5,000 levels deep', awarenessUpdate(`${'['.repeat(5000)}${']'.repeat(5000)}`)],
    ['trailing bytes after the states', Uint8Array.of(...awarenessUpdate('null'), 0)],
  ])('calls an awareness update with %s malformed', (_, update) => {
    expect(decodeMessage(encodeAwarenessMessage(update)).kind).toBe('malformed');
  });

  it('accepts presence nested as deep as cursors need', () => {
    const nested = `${'{"a":'.repeat(MAX_AWARENESS_DEPTH - 1)}null${'}'.repeat(MAX_AWARENESS_DEPTH - 1)}`;
    expect(decodeMessage(encodeAwarenessMessage(awarenessUpdate(nested))).kind).toBe('awareness');
  });
});

/** One awareness entry (client 1, clock 1) with the given state text, as y-protocols encodes it. */
function awarenessUpdate(state: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, state);
  return encoding.toUint8Array(encoder);
}

describe('acknowledgements', () => {
  it('carry each client clock', () => {
    const message = encodeAck(
      new Map([
        [12345, 17],
        [1, 0],
      ]),
    );
    const decoder = decoding.createDecoder(message);
    expect(decoding.readVarUint(decoder)).toBe(MESSAGE_ACK);
    expect(decodeAckBody(decoder)).toEqual(
      new Map([
        [12345, 17],
        [1, 0],
      ]),
    );
  });
});
