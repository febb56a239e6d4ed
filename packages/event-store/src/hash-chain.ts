import { hash } from 'node:crypto';

/** The hash before the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

/** The stored fields of one event that its chain hash covers, exactly as stored. */
export interface HashedFields {
  readonly previousHash: string;
  readonly stream: string;
  readonly revision: number;
  readonly eventId: string;
  readonly type: string;
  readonly dataKind: 'json' | 'binary';
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
  readonly recordedAt: string;
  readonly seal: 'seal' | 'unseal' | null;
}

/**
 * The same fields with data and metadata already reduced to their sha256, each a `Digest`:
 * the 32 bytes as a latin1 string, the cheapest form Node hands a digest back in (a Buffer
 * costs three times as much, and this runs twice for every event).
 */
export interface DigestedFields extends Omit<HashedFields, 'data' | 'metadata'> {
  readonly dataDigest: Digest;
  readonly metadataDigest: Digest;
}

/** A sha256 digest as a latin1 string of 32 characters, one per byte. */
export type Digest = string & { readonly __brand: 'Digest' };

/**
 * The chain hash of one event (format "v1", see docs/decisions/0002-hash-chain-format.md):
 * sha256 over length-prefixed fields, so that no two different events can share an encoding.
 * Data and metadata enter as their own sha256, which lets a verifier check a chain from the
 * digests alone.
 */
export function chainHash(fields: HashedFields): string {
  return chainHashOfDigests({
    ...fields,
    dataDigest: sha256(fields.data),
    metadataDigest: sha256(fields.metadata),
  });
}

const DIGEST_BYTES = 32;
// Eleven fields, each behind a four-byte length.
const FRAMING_BYTES = 11 * 4;
// Reused by every call: the function is synchronous, so no two calls ever share it at once.
let scratch = Buffer.allocUnsafe(1024);

/**
 * `chainHash` for a caller that has the digests already: an append digests each payload once
 * and identical metadata once (decision 52). Fields are written straight into one reused
 * buffer, in the exact framing of v1, and hashed with one call.
 */
export function chainHashOfDigests(fields: DigestedFields): string {
  const seal = fields.seal ?? '';
  const revision = String(fields.revision);
  // A UTF-16 code unit is at most three UTF-8 bytes: room for the worst case, so no write truncates.
  const texts =
    2 +
    fields.previousHash.length +
    fields.stream.length +
    revision.length +
    fields.eventId.length +
    fields.type.length +
    fields.dataKind.length +
    fields.recordedAt.length +
    seal.length;
  const bound = FRAMING_BYTES + 2 * DIGEST_BYTES + 3 * texts;
  if (scratch.byteLength < bound) scratch = Buffer.allocUnsafe(2 * bound);
  const frame = scratch;
  let offset = writeText(frame, 0, 'v1');
  offset = writeText(frame, offset, fields.previousHash);
  offset = writeText(frame, offset, fields.stream);
  offset = writeText(frame, offset, revision);
  offset = writeText(frame, offset, fields.eventId);
  offset = writeText(frame, offset, fields.type);
  offset = writeText(frame, offset, fields.dataKind);
  offset = writeDigest(frame, offset, fields.dataDigest);
  offset = writeDigest(frame, offset, fields.metadataDigest);
  offset = writeText(frame, offset, fields.recordedAt);
  offset = writeText(frame, offset, seal);
  return hash('sha256', frame.subarray(0, offset), 'hex');
}

// Module-level helpers rather than closures made on every call: this runs for every event.
// ASCII (every field of a usual event) is copied in JavaScript, cheaper for such short strings
// than a call into Buffer#write; the first other character hands the field to UTF-8 encoding.
function writeText(frame: Buffer, offset: number, value: string): number {
  const start = offset + 4;
  const length = value.length;
  let index = 0;
  for (; index < length; index += 1) {
    const code = value.charCodeAt(index);
    if (code > 0x7f) break;
    frame[start + index] = code;
  }
  const written = index === length ? length : frame.write(value, start, 'utf8');
  frame.writeUInt32BE(written, offset);
  return start + written;
}

function writeDigest(frame: Buffer, offset: number, digest: Digest): number {
  frame.writeUInt32BE(DIGEST_BYTES, offset);
  frame.write(digest, offset + 4, DIGEST_BYTES, 'latin1');
  return offset + 4 + DIGEST_BYTES;
}

/** The sha256 of `bytes`, as the chain hash takes data and metadata. */
export function sha256(bytes: Uint8Array): Digest {
  // 'binary' is Node's name for latin1 here.
  return hash('sha256', bytes, 'binary') as Digest;
}
