import { StreamSealedError, ConcurrencyError } from './errors.js';
import { checkExpectedRevision } from './expected-revision.js';
import { chainHash, GENESIS_HASH } from './hash-chain.js';
import { findOriginalAppend } from './idempotent-retry.js';
import type { PreparedStreamAppend } from './prepared-append.js';
import type { Kysely } from 'kysely';
import type { Database } from './storage/schema.js';
import type { NewEventRow, SqlDialect } from './storage/sql-dialect.js';
import type { AppendResult } from './types.js';

// A racing creator of the same new stream, or a racing retry of the same ids, is resolved by
// running the append again: the second run sees the winner's head and decides from there.
const MAX_ATTEMPTS = 5;

/**
 * Appends to one or more streams in one transaction. Retries that repeat a stored append
 * exactly return its original result; anything else that clashes is a typed error.
 */
export async function appendAtomically(
  dialect: SqlDialect,
  appends: readonly PreparedStreamAppend[],
  clock: () => Date,
): Promise<readonly AppendResult[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const results = await dialect.writeTransaction((trx) => writeAppends({ dialect, clock }, trx, appends));
      dialect.notifier.notify();
      return results;
    } catch (error) {
      const violation = dialect.uniqueViolation(error);
      const mayBeRetry = error instanceof ConcurrencyError || error instanceof StreamSealedError || violation === 'event_id';
      if (mayBeRetry) {
        const original = await findOriginalAppend(dialect, appends);
        if (original !== undefined) return original;
      }
      if (violation === undefined || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

async function writeAppends(
  { dialect, clock }: { dialect: SqlDialect; clock: () => Date },
  trx: Kysely<Database>,
  appends: readonly PreparedStreamAppend[],
): Promise<AppendResult[]> {
  const heads = await dialect.lockHeads(trx, appends.map((append) => append.stream));
  const recordedAt = clock().toISOString();
  const rows: NewEventRow[] = [];
  const ranges: { first: number; last: number; lastRow: NewEventRow }[] = [];
  for (const append of appends) {
    const head = heads.get(append.stream);
    checkExpectedRevision(append.stream, append.expectedRevision, head?.revision);
    if (head?.sealed === true && append.seal !== 'unseal') throw new StreamSealedError(append.stream, head.revision);
    let previousHash = head?.hash ?? GENESIS_HASH;
    let revision = head?.revision ?? -1;
    const first = revision + 1;
    let lastRow: NewEventRow | undefined;
    append.events.forEach((event, index) => {
      revision += 1;
      // The seal rides on the last event of the append, so the log itself proves where it was sealed.
      const seal = index === append.events.length - 1 ? append.seal : null;
      const hash = chainHash({ ...event, previousHash, stream: append.stream, revision, recordedAt, seal });
      lastRow = {
        stream_id: append.stream,
        revision,
        event_id: event.eventId,
        type: event.type,
        data_kind: event.dataKind,
        data: event.data,
        metadata: event.metadata,
        recorded_at: recordedAt,
        seal,
        previous_hash: previousHash,
        hash,
      };
      rows.push(lastRow);
      previousHash = hash;
    });
    if (lastRow === undefined) throw new Error('prepareAppends lets no append through without events.');
    ranges.push({ first, last: revision, lastRow });
  }
  const positions = await dialect.insertEvents(trx, rows);
  const positionOf = new Map(rows.map((row, index) => [row, positions[index]]));
  return ranges.map((range) => {
    const position = positionOf.get(range.lastRow);
    if (position === undefined) throw new Error('The database returned fewer positions than rows inserted.');
    return {
      stream: range.lastRow.stream_id,
      firstRevision: range.first,
      nextExpectedRevision: range.last,
      position,
      hash: range.lastRow.hash,
    };
  });
}
