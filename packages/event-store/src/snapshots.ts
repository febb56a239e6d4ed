import { ValidationError } from './errors.js';
import type { SqlDialect } from './storage/sql-dialect.js';
import type { Snapshot } from './types.js';

/**
 * Snapshots are a cache of a stream's encoded state at a revision, never a source: each one is
 * tied to the chain hash of the history it was built from, and one whose history no longer
 * matches the log is ignored. Deleting them all changes no answer, only speed.
 */
export async function saveSnapshot(
  dialect: SqlDialect,
  stream: string,
  snapshot: { revision: number; state: Uint8Array; createdAt: string },
): Promise<Snapshot> {
  const { createdAt } = snapshot;
  if (!Number.isSafeInteger(snapshot.revision) || snapshot.revision < 0) {
    throw new ValidationError(
      `A snapshot's revision must be a whole number of 0 or more, not ${String(snapshot.revision)}.`,
      'revision',
    );
  }
  if (!(snapshot.state instanceof Uint8Array))
    throw new ValidationError('A snapshot state must be a Uint8Array.', 'state');
  const event = await dialect.db
    .selectFrom('events')
    .select('hash')
    .where('stream_id', '=', stream)
    .where('revision', '=', snapshot.revision)
    .executeTakeFirst();
  if (event === undefined) {
    throw new ValidationError(
      `Stream "${stream}" has no revision ${snapshot.revision}: snapshot only what is stored.`,
      'revision',
    );
  }
  const row = {
    stream_id: stream,
    revision: snapshot.revision,
    state: Buffer.from(snapshot.state),
    chain_hash: event.hash,
    created_at: createdAt,
  };
  await dialect.db
    .insertInto('snapshots')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['stream_id', 'revision'])
        .doUpdateSet({ state: row.state, chain_hash: row.chain_hash, created_at: createdAt }),
    )
    .execute();
  return {
    stream,
    revision: snapshot.revision,
    state: row.state,
    chainHash: event.hash,
    createdAt,
  };
}

export async function loadSnapshot(
  dialect: SqlDialect,
  stream: string,
  atOrBefore: number | undefined,
): Promise<Snapshot | undefined> {
  let query = dialect.db
    .selectFrom('snapshots')
    .innerJoin('events', (join) =>
      join
        .onRef('events.stream_id', '=', 'snapshots.stream_id')
        .onRef('events.revision', '=', 'snapshots.revision'),
    )
    .select([
      'snapshots.revision',
      'snapshots.state',
      'snapshots.chain_hash',
      'snapshots.created_at',
    ])
    .where('snapshots.stream_id', '=', stream)
    .whereRef('events.hash', '=', 'snapshots.chain_hash');
  if (atOrBefore !== undefined) query = query.where('snapshots.revision', '<=', atOrBefore);
  const row = await query.orderBy('snapshots.revision', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return undefined;
  return {
    stream,
    revision: Number(row.revision),
    state: new Uint8Array(row.state.buffer, row.state.byteOffset, row.state.byteLength),
    chainHash: row.chain_hash,
    createdAt: row.created_at,
  };
}
