import * as encoding from 'lib0/encoding';

/** Concatenates byte arrays and numbers (single bytes) into one frame. */
export function bytes(...parts: readonly (Uint8Array | number | readonly number[])[]): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const part of parts) {
    if (typeof part === 'number') encoding.writeUint8(encoder, part);
    else if (part instanceof Uint8Array) encoding.writeUint8Array(encoder, part);
    else for (const byte of part) encoding.writeUint8(encoder, byte);
  }
  return encoding.toUint8Array(encoder);
}

/** A lib0 variable-length unsigned integer (7 bits per byte, high bit = more follows). */
export function varUint(value: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
}

/** A length-prefixed byte array, as y-protocols writes payloads. */
export function varBytes(payload: Uint8Array): Uint8Array {
  return bytes(varUint(payload.byteLength), payload);
}

/** A length-prefixed UTF-8 string. */
export function varString(text: string): Uint8Array {
  return varBytes(new TextEncoder().encode(text));
}

/**
 * Lengths a decoder must not trust: past the end of any frame, past 32 bits, past the 53 bits
 * a JavaScript number holds exactly, and a varint that never ends within 64 bits.
 */
export const HUGE_VARUINTS: readonly Uint8Array[] = [
  varUint(2 ** 31 - 1),
  varUint(2 ** 32),
  varUint(2 ** 53 - 1),
  Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]),
];

/** One of HUGE_VARUINTS, the index taken modulo their number. */
export function hugeVarUint(index: number): Uint8Array {
  return HUGE_VARUINTS[index % HUGE_VARUINTS.length] ?? varUint(2 ** 53 - 1);
}

/** The frame as hex, cut after `max` bytes so that a report stays readable. */
export function hex(frame: Uint8Array, max = 256): string {
  const shown = Buffer.from(frame.subarray(0, max)).toString('hex');
  return frame.byteLength > max ? `${shown}… (${frame.byteLength} bytes)` : shown;
}
