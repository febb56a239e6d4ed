import { Kysely, PostgresDialect as KyselyPostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { ChangeNotifier } from '../change-notifier.js';
import { InvalidPositionError } from '../errors.js';
import type { Position } from '../types.js';
import type { Database, EventRow } from './schema.js';
import type { GlobalPage, HeadRow, SqlDialect, UniqueViolation } from './sql-dialect.js';

export interface PostgresOptions {
  readonly url: string;
  /** The schema that holds the tables (default `public`); tests give each store its own. */
  readonly schema?: string;
  readonly poolSize?: number;
}

const CHANNEL = 'rapporteur_events';
const RECONNECT_DELAY_MS = 500;
// PostgreSQL allows 65,535 bound parameters per statement; 1,000 rows of 11 columns stay below.
const INSERT_CHUNK = 1000;

/**
 * PostgreSQL: appends lock their streams' head rows, and the global log is read in
 * (transaction id, position) order below the oldest running transaction, so that a reader never
 * passes an event that commits later with a smaller position.
 */
export function openPostgresDialect(options: PostgresOptions): SqlDialect {
  const schema = options.schema ?? 'public';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new Error(`The schema name "${schema}" is not a plain lower-case identifier.`);
  }
  const connection = { connectionString: options.url, options: `-c search_path=${schema}` };
  const pool = new pg.Pool({ ...connection, max: options.poolSize ?? 10 });
  const db = new Kysely<Database>({ dialect: new KyselyPostgresDialect({ pool }) });
  const notifier = new ChangeNotifier();
  const listener = new Listener(connection, schema, notifier);

  return {
    name: 'postgres',
    db,
    notifier,
    writeTransaction: (work) => db.transaction().execute(work),
    async lockHeads(trx, streams) {
      const rows = await trx
        .selectFrom('streams')
        .select(['stream_id', 'revision', 'hash', 'sealed'])
        .where('stream_id', 'in', streams)
        // One order for every writer, so two appends over the same streams cannot deadlock.
        .orderBy('stream_id')
        .forUpdate()
        .execute();
      return new Map(
        rows.map((row): [string, HeadRow] => [
          row.stream_id,
          { stream: row.stream_id, revision: Number(row.revision), hash: row.hash, sealed: Boolean(row.sealed) },
        ]),
      );
    },
    async insertEvents(trx, rows) {
      const positions: Position[] = [];
      for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
        const inserted = await trx
          .insertInto('events')
          .values(rows.slice(start, start + INSERT_CHUNK))
          .returning(['position', sql<string>`transaction_id::text`.as('transaction_id')])
          .execute();
        // RETURNING order is unspecified; identities grow in VALUES order, so sorting restores it.
        const sorted = inserted.sort((a, b) => Number(a.position) - Number(b.position));
        for (const row of sorted) positions.push(`${row.transaction_id}:${String(row.position)}` as Position);
      }
      return positions;
    },
    async readGlobalPage(after, limit): Promise<GlobalPage> {
      const [transactionId, position] = after === undefined ? ['0', '0'] : parsePosition(after);
      const result = await sql<EventRow & { visible: boolean }>`
        SELECT position, transaction_id::text AS transaction_id, stream_id, revision, event_id, type,
               data_kind, data, metadata, recorded_at, seal, previous_hash, hash,
               transaction_id < pg_snapshot_xmin(pg_current_snapshot()) AS visible
          FROM events
         WHERE (transaction_id, position) > (${transactionId}::xid8, ${position}::bigint)
         ORDER BY transaction_id, position
         LIMIT ${limit}`.execute(db);
      const firstHidden = result.rows.findIndex((row) => !row.visible);
      if (firstHidden === -1) return { rows: result.rows, pending: false };
      return { rows: result.rows.slice(0, firstHidden), pending: true };
    },
    positionOf(row) {
      if (row.transaction_id === undefined) throw new Error('A PostgreSQL event row must carry its transaction_id.');
      return `${row.transaction_id}:${String(row.position)}` as Position;
    },
    uniqueViolation,
    listen: () => listener.start(),
    async close() {
      await listener.stop();
      await db.destroy();
    },
  };
}

function parsePosition(position: Position): [string, string] {
  const match = /^(\d{1,20}):(\d{1,19})$/.exec(position);
  if (match?.[1] === undefined || match[2] === undefined) throw new InvalidPositionError(position);
  return [match[1], match[2]];
}

function uniqueViolation(error: unknown): UniqueViolation | undefined {
  if (!(error instanceof pg.DatabaseError) || error.code !== '23505') return undefined;
  if (error.constraint === 'events_event_id_key') return 'event_id';
  if (error.constraint === 'events_stream_revision_key') return 'stream_revision';
  return undefined;
}

/**
 * One LISTEN connection per store. Notifications are a hint, never the truth: a lost connection
 * is reopened, and the reopening itself wakes readers, since notifications sent meanwhile are gone.
 */
class Listener {
  #client: pg.Client | undefined;
  #starting: Promise<void> | undefined;
  #stopped = false;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly schema: string,
    private readonly notifier: ChangeNotifier,
  ) {}

  start(): Promise<void> {
    this.#starting ??= this.#connect().catch(() => {
      this.#reconnectLater();
    });
    return this.#starting;
  }

  async #connect(): Promise<void> {
    const client = new pg.Client(this.connection);
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.notifier.notify();
    });
    const lost = (): void => {
      if (this.#client !== client) return;
      this.#client = undefined;
      this.#reconnectLater();
    };
    client.on('error', lost);
    client.on('end', lost);
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.#stopped) {
      await client.end();
      return;
    }
    this.#client = client;
    this.notifier.notify();
  }

  #reconnectLater(): void {
    if (this.#stopped) return;
    setTimeout(() => {
      if (this.#stopped) return;
      this.#connect().catch(() => {
        this.#reconnectLater();
      });
    }, RECONNECT_DELAY_MS).unref();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#starting;
    const client = this.#client;
    this.#client = undefined;
    await client?.end();
  }
}
