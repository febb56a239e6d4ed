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
 * The chain hash of one event (format "v1", see docs/decisions/0002-hash-chain-format.md):
 * sha256 over length-prefixed fields, so that no two different events can share an encoding.
 * Data and metadata enter as their own sha256, which lets a verifier check a chain from the
 * digests alone.
 */
export function chainHash(fields: HashedFields): string {
  const parts: Uint8Array[] = [
    text('v1'),
    text(fields.previousHash),
    text(fields.stream),
    text(String(fields.revision)),
    text(fields.eventId),
    text(fields.type),
    text(fields.dataKind),
    sha256(fields.data),
    sha256(fields.metadata),
    text(fields.recordedAt),
    text(fields.seal ?? ''),
  ];
  // One buffer and one digest: this runs for every event appended and every event verified.
  const framed = Buffer.allocUnsafe(parts.reduce((total, part) => total + 4 + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    offset = framed.writeUInt32BE(part.byteLength, offset);
    framed.set(part, offset);
    offset += part.byteLength;
  }
  return hash('sha256', framed, 'hex');
}

function text(value: string): Buffer {
  return Buffer.from(value, 'utf8');
}

function sha256(bytes: Uint8Array): Buffer {
  return hash('sha256', bytes, 'buffer');
}
