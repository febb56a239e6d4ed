import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import {
  decodeAckBody,
  decodeMessage,
  encodeAck,
  encodeAwarenessMessage,
  encodeSyncMessage,
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
    expect(decodeMessage(encodeAwarenessMessage(Uint8Array.of(9)))).toEqual({
      kind: 'awareness',
      update: Uint8Array.of(9),
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
});

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
