import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  chainHash,
  chainHashOfDigests,
  GENESIS_HASH,
  sha256,
  type HashedFields,
} from './hash-chain.js';

const base: HashedFields = {
  previousHash: GENESIS_HASH,
  stream: 'draft-1',
  revision: 0,
  eventId: 'e-1',
  type: 'DraftUpdated',
  dataKind: 'binary',
  data: Buffer.from([1, 2, 3]),
  metadata: Buffer.from('{"actor":"chair"}'),
  recordedAt: '2026-11-28T10:00:00.000Z',
  seal: null,
};

describe('chainHash', () => {
  it('is a stable sha256 of the fields', () => {
    expect(chainHash(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(base)).toBe(chainHash({ ...base, data: Buffer.from([1, 2, 3]) }));
  });

  it.each([
    ['previousHash', { previousHash: 'f'.repeat(64) }],
    ['stream', { stream: 'draft-2' }],
    ['revision', { revision: 1 }],
    ['eventId', { eventId: 'e-2' }],
    ['type', { type: 'DraftFrozen' }],
    ['dataKind', { dataKind: 'json' as const }],
    ['data', { data: Buffer.from([1, 2, 4]) }],
    ['metadata', { metadata: Buffer.from('{"actor":"vice"}') }],
    ['recordedAt', { recordedAt: '2026-11-28T10:00:00.001Z' }],
    ['seal', { seal: 'seal' as const }],
  ])('changes when %s changes', (_, change) => {
    expect(chainHash({ ...base, ...change })).not.toBe(chainHash(base));
  });

  it('cannot be fooled by moving bytes from one field to the next', () => {
    expect(chainHash({ ...base, stream: 'draft-1x', eventId: 'e-1' })).not.toBe(
      chainHash({ ...base, stream: 'draft-1', eventId: 'xe-1' }),
    );
  });

  // Logs already written hold these hashes: a faster encoding must give exactly the same.
  it('gives the v1 hashes that stored logs hold', () => {
    expect(chainHash(base)).toBe(
      '3d5e77bd7b2380af4a112a4954005e3516581b887e8f7789a204abbdcae07e2a',
    );
    const unusual: HashedFields = {
      ...base,
      stream: 'brouillon-é-草稿',
      type: 'Ünïcode',
      seal: 'seal',
      revision: 123456,
      dataKind: 'json',
      data: Buffer.from('{"a":"ß"}'),
    };
    expect(chainHash(unusual)).toBe(
      'f621d431e1c8cc56980394bb178f5df174a2a37642cce36c69d33c6aa4babdcc',
    );
  });

  it('agrees with the v1 format written out field by field, long and non-ASCII fields too', () => {
    const samples: HashedFields[] = [
      base,
      { ...base, stream: 'x'.repeat(5000), eventId: '😀'.repeat(100), seal: 'unseal' },
      { ...base, type: '\u00e9\u4e2d', metadata: Buffer.alloc(70_000, 1), data: Buffer.alloc(0) },
    ];
    for (const fields of samples) expect(chainHash(fields)).toBe(referenceV1(fields));
  });

  it('gives the same hash from digests computed beforehand', () => {
    expect(
      chainHashOfDigests({
        ...base,
        dataDigest: sha256(base.data),
        metadataDigest: sha256(base.metadata),
      }),
    ).toBe(chainHash(base));
  });
});

/** Format v1 as decision 2 states it: sha256 over each field behind its 4-byte length. */
function referenceV1(fields: HashedFields): string {
  const digest = (bytes: Uint8Array): Buffer => createHash('sha256').update(bytes).digest();
  const parts = [
    'v1',
    fields.previousHash,
    fields.stream,
    String(fields.revision),
    fields.eventId,
    fields.type,
    fields.dataKind,
    digest(fields.data),
    digest(fields.metadata),
    fields.recordedAt,
    fields.seal ?? '',
  ].map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part));
  const outer = createHash('sha256');
  for (const part of parts) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(part.byteLength);
    outer.update(length).update(part);
  }
  return outer.digest('hex');
}
