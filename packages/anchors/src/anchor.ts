import * as Y from 'yjs';

import { ANCHOR_REFUSALS, AnchorError } from './anchor-error.js';

/**
 * Where a comment or suggestion points in the draft: two Yjs relative positions into one
 * Y.XmlText, each `Y.encodeRelativePosition` then base64 (standard alphabet, padded). For an
 * insertion point `start === end`. Opaque to everyone but this package.
 */
export interface Anchor {
  readonly start: string;
  readonly end: string;
}

/** The decoded positions of an anchor. */
export interface AnchorPositions {
  readonly start: Y.RelativePosition;
  readonly end: Y.RelativePosition;
}

/** The longest encoded position the domain stores (review spec: 512 characters each). */
export const MAX_ANCHOR_PART = 512;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The anchor of the characters [fromIndex, toIndex) of a Y.XmlText, or of the insertion point
 * there when both are equal. The start sticks to the range's first character and the end to its
 * last, so text typed just before or just after the range stays out of it, and text typed inside
 * stays in; an insertion point sticks to the character after it (assoc 0).
 *
 * @example anchorOf(ytext, 4, 9) // { start: 'AQ...', end: 'AQ...' }
 */
export function anchorOf(ytext: Y.XmlText, fromIndex: number, toIndex: number): Anchor {
  const length = ytext.length;
  const valid =
    Number.isInteger(fromIndex) &&
    Number.isInteger(toIndex) &&
    fromIndex >= 0 &&
    fromIndex <= toIndex &&
    toIndex <= length;
  if (!valid) {
    throw new AnchorError(
      ANCHOR_REFUSALS.anchorOutOfRange,
      `An anchor needs 0 <= from <= to <= ${length} (the text's length); got from ${fromIndex}, to ${toIndex}.`,
    );
  }
  if (fromIndex === toIndex) {
    const point = encode(Y.createRelativePositionFromTypeIndex(ytext, fromIndex, 0));
    return { start: point, end: point };
  }
  return {
    start: encode(Y.createRelativePositionFromTypeIndex(ytext, fromIndex, 0)),
    end: encode(Y.createRelativePositionFromTypeIndex(ytext, toIndex, -1)),
  };
}

/**
 * The positions of an anchor received from outside, checked: two strings of base64 (at most
 * 512 characters each) that each decode to a relative position and encode back to the same
 * bytes. Anything else is an AnchorError `anchor_malformed`.
 */
export function decodeAnchor(anchor: unknown): AnchorPositions {
  if (typeof anchor !== 'object' || anchor === null) {
    throw malformed('An anchor is an object { start, end } of two base64 strings.');
  }
  const { start, end } = anchor as Record<string, unknown>;
  return { start: decodePosition('start', start), end: decodePosition('end', end) };
}

function decodePosition(part: 'start' | 'end', value: unknown): Y.RelativePosition {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ANCHOR_PART) {
    throw malformed(
      `The anchor's ${part} must be a non-empty base64 string of at most ${MAX_ANCHOR_PART} characters; take anchors as the server or the editor gave them.`,
    );
  }
  if (!BASE64.test(value)) {
    throw malformed(`The anchor's ${part} is not base64 (standard alphabet, with padding).`);
  }
  const bytes = fromBase64(value);
  let position: Y.RelativePosition;
  try {
    position = Y.decodeRelativePosition(bytes);
  } catch {
    throw malformed(`The anchor's ${part} does not decode to a position in a document.`);
  }
  // Decoding reads only what it needs and invents nothing: bytes that encode back differently
  // (trailing garbage, an impossible field) were not made by encodeRelativePosition.
  if (!sameBytes(Y.encodeRelativePosition(position), bytes)) {
    throw malformed(`The anchor's ${part} does not decode to a position in a document.`);
  }
  return position;
}

function encode(position: Y.RelativePosition): string {
  let binary = '';
  for (const byte of Y.encodeRelativePosition(position)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

function malformed(sentence: string): AnchorError {
  return new AnchorError(ANCHOR_REFUSALS.anchorMalformed, sentence);
}
