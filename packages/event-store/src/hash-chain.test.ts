import { describe, expect, it } from 'vitest';
import { chainHash, GENESIS_HASH, type HashedFields } from './hash-chain.js';

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
});
