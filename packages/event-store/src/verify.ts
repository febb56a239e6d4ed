import { chainHash, GENESIS_HASH } from './hash-chain.js';
import type { EventRow } from './storage/schema.js';
import type { SqlDialect } from './storage/sql-dialect.js';
import type { VerifyResult } from './types.js';

const PAGE = 1000;

/**
 * Recomputes a stream's hash chain from the stored bytes, revision by revision, and names the
 * first revision that does not follow. Like every hash chain it cannot see events cut off the
 * end: a version's fingerprint (its chain hash at a revision) pins that (decision 2).
 */
export async function verifyStream(dialect: SqlDialect, stream: string): Promise<VerifyResult> {
  let previousHash = GENESIS_HASH;
  let expectedRevision = 0;
  for (;;) {
    const rows = (await dialect.db
      .selectFrom('events')
      .selectAll()
      .where('stream_id', '=', stream)
      .where('revision', '>=', expectedRevision)
      .orderBy('revision')
      .limit(PAGE)
      .execute()) as EventRow[];
    for (const row of rows) {
      const broken = checkLink(row, expectedRevision, previousHash);
      if (broken !== undefined)
        return { ok: false, stream, brokenAt: expectedRevision, reason: broken };
      previousHash = row.hash;
      expectedRevision += 1;
    }
    if (rows.length < PAGE) break;
  }
  const lastRevision = expectedRevision - 1;
  if (lastRevision === -1)
    return { ok: false, stream, brokenAt: 0, reason: 'the stream does not exist' };
  return { ok: true, stream, revision: lastRevision, hash: previousHash };
}

function checkLink(row: EventRow, revision: number, previousHash: string): string | undefined {
  if (Number(row.revision) !== revision) return `revision ${revision} is missing from the log`;
  if (row.previous_hash !== previousHash)
    return 'its previous hash is not the hash of the revision before it';
  const recomputed = chainHash({
    previousHash: row.previous_hash,
    stream: row.stream_id,
    revision,
    eventId: row.event_id,
    type: row.type,
    dataKind: row.data_kind as 'json' | 'binary',
    data: row.data,
    metadata: row.metadata,
    recordedAt: row.recorded_at,
    seal: row.seal as 'seal' | 'unseal' | null,
  });
  if (recomputed !== row.hash)
    return 'its stored bytes do not give its stored hash: the event was altered';
  return undefined;
}
