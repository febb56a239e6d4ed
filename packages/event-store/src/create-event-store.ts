import { Migrator } from 'kysely';
import { sql } from 'kysely';
import { appendAtomically } from './append.js';
import { ValidationError } from './errors.js';
import { MetadataEncoder } from './metadata-encoder.js';
import { migrationProvider } from './migrations/migrations.js';
import { checkName, DEFAULT_LIMITS, prepareAppends, type EventLimits } from './prepared-append.js';
import { loadSnapshot, saveSnapshot } from './snapshots.js';
import { openPostgresDialect } from './storage/postgres-dialect.js';
import { toRecordedEvent } from './storage/rows.js';
import type { EventRow } from './storage/schema.js';
import type { SqlDialect } from './storage/sql-dialect.js';
import { openSqliteDialect } from './storage/sqlite-dialect.js';
import { createSubscription, type PageReader } from './subscription.js';
import type {
  EventStore,
  Position,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
} from './types.js';
import { verifyStream } from './verify.js';

export const DEFAULT_URL = 'sqlite:./data/rapporteur.sqlite';

export interface EventStoreOptions {
  /** `sqlite:<path>` (default `sqlite:./data/rapporteur.sqlite`), `sqlite::memory:` or `postgres://...`. */
  readonly url?: string;
  /** PostgreSQL only: the schema holding the tables (default `public`). */
  readonly schema?: string;
  /** PostgreSQL only: connections in the pool (default 10). */
  readonly poolSize?: number;
  readonly limits?: Partial<EventLimits>;
  /** The clock that stamps `recorded_at`; tests pass a fixed one. */
  readonly clock?: () => Date;
}

const DEFAULT_READ_LIMIT = 1000;
const MAX_READ_LIMIT = 10_000;

/**
 * Opens the event store at `url`, creating and migrating its tables on first use.
 *
 * @example
 * const store = await createEventStore({ url: 'sqlite:./data/rapporteur.sqlite' });
 * await store.append('draft-1', [{ type: 'DraftUpdated', payload: update }], { expectedRevision: 'any' });
 */
export async function createEventStore(options: EventStoreOptions = {}): Promise<EventStore> {
  const dialect = openDialect(options);
  try {
    await migrate(dialect, options.schema);
  } catch (error) {
    await dialect.close();
    throw error;
  }
  return eventStoreOn(dialect, options);
}

function openDialect(options: EventStoreOptions): SqlDialect {
  const url = options.url ?? DEFAULT_URL;
  if (url === 'sqlite::memory:') return openSqliteDialect(':memory:');
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length);
    if (file.length === 0)
      throw new ValidationError(
        'A sqlite: URL needs a file path, as in sqlite:./data/rapporteur.sqlite.',
        'url',
      );
    return openSqliteDialect(file);
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return openPostgresDialect({ url, schema: options.schema, poolSize: options.poolSize });
  }
  throw new ValidationError(
    `The database URL must start with sqlite: or postgres://, not "${url.split(':')[0] ?? url}:".`,
    'url',
  );
}

async function migrate(dialect: SqlDialect, schema: string | undefined): Promise<void> {
  if (dialect.name === 'postgres' && schema !== undefined) {
    await sql`CREATE SCHEMA IF NOT EXISTS ${sql.id(schema)}`.execute(dialect.db);
  }
  // Kysely looks for its migration tables in every schema unless told which one is ours.
  const migrator = new Migrator({
    db: dialect.db,
    provider: migrationProvider(dialect.name),
    ...(dialect.name === 'postgres' ? { migrationTableSchema: schema ?? 'public' } : {}),
  });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined)
    throw error instanceof Error ? error : new Error(`Migration failed: ${JSON.stringify(error)}`);
  if (dialect.name === 'postgres') await refuseIdsFromAnotherCluster(dialect);
}

/**
 * Events restored from another PostgreSQL cluster may carry transaction ids this cluster has not
 * reached yet; the global order reads only below running transactions, so those events would
 * stay hidden from every reader and the server would look empty. Refuse to start instead.
 */
async function refuseIdsFromAnotherCluster(dialect: SqlDialect): Promise<void> {
  const { rows } = await sql<{ highest: string | null; next: string }>`
    SELECT (SELECT transaction_id FROM events ORDER BY transaction_id DESC LIMIT 1)::text AS highest,
           pg_snapshot_xmax(pg_current_snapshot())::text AS next`.execute(dialect.db);
  const found = rows[0];
  if (found?.highest == null || BigInt(found.highest) < BigInt(found.next)) return;
  throw new Error(
    `The events table holds transaction id ${found.highest}, but this PostgreSQL cluster is only at ` +
      `${found.next}: the events were restored from another cluster and would stay invisible. ` +
      'Advance the transaction counter past them first (infra/README.md, "Restoring into a new PostgreSQL cluster").',
  );
}

function eventStoreOn(dialect: SqlDialect, options: EventStoreOptions): EventStore {
  const limits: EventLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const clock = options.clock ?? (() => new Date());
  const metadataEncoder = new MetadataEncoder();
  const toEvent = (row: EventRow): RecordedEvent => toRecordedEvent(row, dialect.positionOf(row));

  const readStream = async (
    stream: string,
    read: ReadStreamOptions = {},
  ): Promise<RecordedEvent[]> => {
    checkName(stream, 'stream');
    const direction = read.direction ?? 'forwards';
    let query = dialect.db.selectFrom('events').selectAll().where('stream_id', '=', stream);
    const { from, to } = read;
    if (from !== undefined)
      query = query.where(
        'revision',
        direction === 'forwards' ? '>=' : '<=',
        checkRevision(from, 'from'),
      );
    if (to !== undefined)
      query = query.where(
        'revision',
        direction === 'forwards' ? '<=' : '>=',
        checkRevision(to, 'to'),
      );
    const rows = await query
      .orderBy('revision', direction === 'forwards' ? 'asc' : 'desc')
      .limit(checkLimit(read.limit))
      .execute();
    return (rows as EventRow[]).map(toEvent);
  };

  const subscribe = (subscription: SubscribeOptions = {}) => {
    const batchSize = checkLimit(subscription.batchSize);
    let reader: PageReader;
    if (subscription.stream !== undefined) {
      const stream = checkName(subscription.stream, 'stream');
      let nextRevision = checkRevision(subscription.fromRevision ?? 0, 'fromRevision');
      reader = {
        async next(limit) {
          const events = await readStream(stream, { from: nextRevision, limit });
          const last = events[events.length - 1];
          if (last !== undefined) nextRevision = last.revision + 1;
          return { events, pending: false };
        },
      };
    } else {
      let after: Position | undefined = subscription.after;
      reader = {
        async next(limit) {
          const page = await dialect.readGlobalPage(after, limit);
          const { events } = page;
          const last = events[events.length - 1];
          if (last !== undefined) after = last.position;
          return { events, pending: page.pending };
        },
      };
    }
    return createSubscription(reader, dialect.notifier, { batchSize, ready: dialect.listen() });
  };

  return {
    dialect: dialect.name,
    async append(stream, events, appendOptions = {}) {
      const prepared = prepareAppends(
        [{ ...appendOptions, stream, events }],
        limits,
        metadataEncoder,
      );
      const [result] = await appendAtomically(dialect, prepared, clock);
      if (result === undefined) throw new Error('An append of one stream returned no result.');
      return result;
    },
    async appendMany(appends) {
      return appendAtomically(dialect, prepareAppends(appends, limits, metadataEncoder), clock);
    },
    readStream,
    async readAll(read = {}) {
      const page = await dialect.readGlobalPage(read.after, checkLimit(read.limit));
      return page.events;
    },
    subscribe,
    async head(stream) {
      const [last] = await readStream(stream, { direction: 'backwards', limit: 1 });
      if (last === undefined) return undefined;
      // Only an unsealing append may follow a seal, so a stream is sealed exactly when its last event sealed it.
      return { stream, revision: last.revision, hash: last.hash, sealed: last.seal === 'seal' };
    },
    async verify(stream) {
      return verifyStream(dialect, checkName(stream, 'stream'));
    },
    async verifyAll() {
      const rows = await dialect.db
        .selectFrom('events')
        .select('stream_id')
        .distinct()
        .orderBy('stream_id')
        .execute();
      const results = [];
      for (const row of rows) results.push(await verifyStream(dialect, row.stream_id));
      return results;
    },
    async saveSnapshot(stream, snapshot) {
      return saveSnapshot(dialect, checkName(stream, 'stream'), {
        ...snapshot,
        createdAt: clock().toISOString(),
      });
    },
    async loadSnapshot(stream, load = {}) {
      const atOrBefore =
        load.atOrBefore === undefined ? undefined : checkRevision(load.atOrBefore, 'atOrBefore');
      return loadSnapshot(dialect, checkName(stream, 'stream'), atOrBefore);
    },
    async deleteSnapshots(stream) {
      await dialect.db
        .deleteFrom('snapshots')
        .where('stream_id', '=', checkName(stream, 'stream'))
        .execute();
    },
    close: () => dialect.close(),
  };
}

function checkRevision(value: number, field: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new ValidationError(
      `${field} must be a revision number (a whole number of 0 or more), not ${String(value)}.`,
      field,
    );
  }
  return value;
}

function checkLimit(value: number | undefined): number {
  if (value === undefined) return DEFAULT_READ_LIMIT;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_READ_LIMIT) {
    throw new ValidationError(
      `limit must be a whole number from 1 to ${MAX_READ_LIMIT}, not ${String(value)}.`,
      'limit',
    );
  }
  return value;
}
