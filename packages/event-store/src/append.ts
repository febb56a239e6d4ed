import { ConcurrencyError, StreamSealedError } from './errors.js';
import { checkExpectedRevision } from './expected-revision.js';
import { chainHashOfDigests, GENESIS_HASH } from './hash-chain.js';
import { findOriginalAppend } from './idempotent-retry.js';
import type { PreparedEvent, PreparedStreamAppend } from './prepared-append.js';
import type {
  AppendAttempt,
  HeadRow,
  LastPositions,
  NewEventRow,
  SqlDialect,
} from './storage/sql-dialect.js';
import type { AppendResult } from './types.js';

// Optimistic attempts before an append takes the streams' locks; contention is rare (one
// server room writes a draft), so the first attempt nearly always succeeds.
const OPTIMISTIC_ATTEMPTS = 3;
const MAX_ATTEMPTS = 8;

/**
 * Appends to one or more streams atomically. A retry that repeats a stored append exactly
 * returns its original result; anything else that clashes is a typed error.
 */
export async function appendAtomically(
  dialect: SqlDialect,
  appends: readonly PreparedStreamAppend[],
  clock: () => Date,
): Promise<readonly AppendResult[]> {
  const streams = appends.map((append) => append.stream);
  for (let attempt = 1; ; attempt += 1) {
    const mode: AppendAttempt =
      attempt === 1 ? 'cached' : attempt <= OPTIMISTIC_ATTEMPTS ? 'fresh' : 'locked';
    let rows: NewEventRow[] = [];
    try {
      const positions = await dialect.appendOnce(streams, mode, (heads) => {
        rows = buildRows(appends, heads, clock().toISOString());
        return rows;
      });
      dialect.notifier.notify();
      return results(appends, rows, positions);
    } catch (error) {
      const violation = dialect.uniqueViolation(error);
      const clash = error instanceof ConcurrencyError || error instanceof StreamSealedError;
      // A head from the cache may be stale: decide again on the database's own heads first.
      if (clash && mode === 'cached' && dialect.cachesHeads) continue;
      if (clash || violation === 'event_id') {
        const original = await findOriginalAppend(dialect, appends);
        if (original !== undefined) return original;
      }
      // Another writer took the revision first: decide again on top of its head.
      if (violation !== 'stream_revision' || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** Checks each stream's expectation and seal against its head, and chains the new rows onto it. */
function buildRows(
  appends: readonly PreparedStreamAppend[],
  heads: ReadonlyMap<string, HeadRow>,
  recordedAt: string,
): NewEventRow[] {
  const rows: NewEventRow[] = [];
  for (const append of appends) {
    const head = heads.get(append.stream);
    checkExpectedRevision(append.stream, append.expectedRevision, head?.revision);
    if (head?.sealed === true && !mayAppendWhileSealed(append))
      throw new StreamSealedError(append.stream, head.revision);
    let previousHash = head?.hash ?? GENESIS_HASH;
    let revision = head?.revision ?? -1;
    const last = append.events.length - 1;
    for (let index = 0; index <= last; index += 1) {
      const event = append.events[index] as PreparedEvent;
      revision += 1;
      // The seal rides on the last event of the append, so the log itself proves where it was sealed.
      const seal = index === last ? append.seal : null;
      const hash = chainHashOfDigests({
        previousHash,
        stream: append.stream,
        revision,
        eventId: event.eventId,
        type: event.type,
        dataKind: event.dataKind,
        dataDigest: event.dataDigest,
        metadataDigest: event.metadataDigest,
        recordedAt,
        seal,
      });
      rows.push({
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
      });
      previousHash = hash;
    }
  }
  return rows;
}

/**
 * Whether an append may go into a sealed stream: an unsealing one opens it; a sealing one that
 * expects the exact head adds to it and leaves it sealed (a draft under review takes the
 * server's accepted suggestions and then its freeze, decision 36). Anything else is refused.
 */
function mayAppendWhileSealed(append: PreparedStreamAppend): boolean {
  if (append.seal === 'unseal') return true;
  return append.seal === 'seal' && typeof append.expectedRevision === 'number';
}

/** One result per stream: rows were built stream by stream, in the order of `appends`. */
function results(
  appends: readonly PreparedStreamAppend[],
  rows: readonly NewEventRow[],
  positions: LastPositions,
): AppendResult[] {
  let index = 0;
  return appends.map((append) => {
    const first = rows[index];
    index += append.events.length;
    const last = rows[index - 1];
    const position = positions.get(append.stream);
    if (first === undefined || last === undefined || position === undefined) {
      throw new Error('The database did not report the position of every stream the append wrote.');
    }
    return {
      stream: append.stream,
      firstRevision: Number(first.revision),
      nextExpectedRevision: Number(last.revision),
      position,
      hash: last.hash,
    };
  });
}
