import { chainHash, GENESIS_HASH } from './hash-chain.js';
import type { EventRow } from './storage/schema.js';
import type { SqlDialect } from './storage/sql-dialect.js';
import type { VerifyResult } from './types.js';

const PAGE = 1000;

/**
 * Recomputes a stream's hash chain from the stored bytes, revision by revision, and checks that
 * the stream's head row agrees with the log. Names the first revision that does not follow.
 */
export async function verifyStream(dialect: SqlDialect, stream: string): Promise<VerifyResult> {
  let previousHash = GENESIS_HASH;
  let expectedRevision = 0;
  let sealed = false;
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
      if (broken !== undefined) return { ok: false, stream, brokenAt: expectedRevision, reason: broken };
      previousHash = row.hash;
      expectedRevision += 1;
      if (row.seal !== null) sealed = row.seal === 'seal';
    }
    if (rows.length < PAGE) break;
  }
  const head = await dialect.db.selectFrom('streams').selectAll().where('stream_id', '=', stream).executeTakeFirst();
  const lastRevision = expectedRevision - 1;
  if (head === undefined) {
    if (lastRevision === -1) return { ok: false, stream, brokenAt: 0, reason: 'the stream does not exist' };
    return { ok: false, stream, brokenAt: lastRevision, reason: 'the stream has events but no head row' };
  }
  if (Number(head.revision) !== lastRevision || head.hash !== previousHash) {
    return {
      ok: false,
      stream,
      brokenAt: Math.min(Number(head.revision), lastRevision + 1),
      reason: `the head says revision ${String(head.revision)} but the log ends at revision ${lastRevision}`,
    };
  }
  if (Boolean(head.sealed) !== sealed) {
    return { ok: false, stream, brokenAt: lastRevision, reason: 'the head is sealed differently from the log' };
  }
  return { ok: true, stream, revision: lastRevision, hash: previousHash };
}

function checkLink(row: EventRow, revision: number, previousHash: string): string | undefined {
  if (Number(row.revision) !== revision) return `revision ${revision} is missing from the log`;
  if (row.previous_hash !== previousHash) return 'its previous hash is not the hash of the revision before it';
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
  if (recomputed !== row.hash) return 'its stored bytes do not give its stored hash: the event was altered';
  return undefined;
}
