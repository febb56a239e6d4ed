import { Kysely } from 'kysely';
import { loadPg } from './load-pg.js';
import { ChangeNotifier } from '../change-notifier.js';
import { InvalidPositionError } from '../errors.js';
import { parseJson } from '../canonical-json.js';
import type { JsonValue, Position, RecordedEvent, SealAction } from '../types.js';
import { MetadataDecoder } from './metadata-decoder.js';
import { jsonDataOf, payloadOf } from './rows.js';
import { PostgresAppender } from './postgres-append.js';
import { Announcer, Listener } from './postgres-listener.js';
import { openPostgresPool, postgresConnection } from './postgres-pool.js';
import { SearchPathPostgresDialect } from './search-path-dialect.js';
import type { Database } from './schema.js';
import type { GlobalPage, SqlDialect, UniqueViolation } from './sql-dialect.js';

export interface PostgresOptions {
  readonly url: string;
  /** The schema that holds the tables (default `public`); tests give each store its own. */
  readonly schema?: string;
  readonly poolSize?: number;
}

// The global order: (transaction id, position), and only below the oldest transaction that may
// still add events, so that a reader never passes an event that commits later with a smaller
// position. The snapshot's xmin is the quick answer, but it is the oldest running transaction of
// the whole PostgreSQL cluster: one long transaction in another database would hold every reader
// back for as long as it runs. So when a row is above it, the horizon is worked out again from
// the snapshot's running transactions, leaving out those that pg_stat_activity shows in another
// database (a backend belongs to one database, so they can never write these events). A running
// transaction it cannot place (it just ended, or the view hides it) still counts: unsure means
// wait. The ORDER BY names the table's columns: the select list's text alias would sort as text.
// Rows come as arrays, and metadata as the hex of its bytes, decoded only once for each
// distinct value in the page (see decodePage).
const GLOBAL_PAGE = {
  name: 'rapporteur_global_page',
  rowMode: 'array',
  text: `WITH snapshot AS MATERIALIZED (SELECT pg_current_snapshot() AS taken),
              elsewhere AS MATERIALIZED (
                SELECT backend_xid FROM pg_stat_activity
                 WHERE backend_xid IS NOT NULL AND datid <> (
                   SELECT oid FROM pg_database WHERE datname = current_database())),
              horizon AS (
                SELECT COALESCE(
                  (SELECT min(running.xid)
                     FROM snapshot, pg_snapshot_xip(snapshot.taken) AS running(xid)
                    WHERE xid(running.xid) NOT IN (SELECT backend_xid FROM elsewhere)),
                  (SELECT pg_snapshot_xmax(taken) FROM snapshot)) AS below)
       SELECT position, transaction_id::text AS transaction_id, stream_id, revision, event_id, type,
              data_kind, data, encode(metadata, 'hex') AS metadata, recorded_at, seal, previous_hash, hash,
              (events.transaction_id < (SELECT pg_snapshot_xmin(taken) FROM snapshot)
                OR events.transaction_id < (SELECT below FROM horizon)) AS visible
         FROM events
        WHERE (events.transaction_id, events.position) > ($1::xid8, $2::bigint)
        ORDER BY events.transaction_id, events.position
        LIMIT $3`,
};

/** PostgreSQL through pg: see PostgresAppender for appends and GLOBAL_PAGE for the global order. */
export function openPostgresDialect(options: PostgresOptions): SqlDialect {
  const schema = options.schema ?? 'public';
  const pool = openPostgresPool({ url: options.url, schema, max: options.poolSize ?? 10 });
  const connection = postgresConnection({ url: options.url, schema });
  const db = new Kysely<Database>({ dialect: new SearchPathPostgresDialect({ pool }) });
  const notifier = new ChangeNotifier();
  const listener = new Listener(connection, schema, notifier);
  const announcer = new Announcer(pool, schema);
  const appender = new PostgresAppender(pool);

  return {
    name: 'postgres',
    db,
    notifier,
    cachesHeads: true,
    async appendOnce(streams, mode, build) {
      const positions = await appender.appendOnce(streams, mode, build);
      announcer.announce();
      return positions;
    },
    async readGlobalPage(after, limit): Promise<GlobalPage> {
      const [transactionId, position] = after === undefined ? ['0', '0'] : parsePosition(after);
      const result = await pool.query<PageRow>({
        ...GLOBAL_PAGE,
        values: [transactionId, position, limit],
      });
      return decodePage(result.rows);
    },
    positionOf(row) {
      if (row.transaction_id === undefined)
        throw new Error('A PostgreSQL event row must carry its transaction_id.');
      return `${row.transaction_id}:${String(row.position)}` as Position;
    },
    uniqueViolation,
    listen: () => listener.start(),
    async close() {
      await listener.stop();
      await announcer.close();
      await db.destroy();
    },
  };
}

/** A row of GLOBAL_PAGE, column by column, as pg gives it (bigints and xid8 as text). */
type PageRow = [
  position: string,
  transactionId: string,
  stream: string,
  revision: string,
  eventId: string,
  type: string,
  dataKind: string,
  data: Buffer,
  metadata: string,
  recordedAt: string,
  seal: SealAction | null,
  previousHash: string,
  hash: string,
  visible: boolean,
];

/** The events of a page up to the first one that a running transaction still hides. */
function decodePage(rows: readonly PageRow[]): GlobalPage {
  const metadata = new MetadataDecoder();
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    if (!row[13]) return { events, pending: true };
    events.push({
      position: `${row[1]}:${row[0]}` as Position,
      stream: row[2],
      revision: Number(row[3]),
      eventId: row[4],
      type: row[5],
      data: jsonDataOf(row[6], row[7]),
      payload: payloadOf(row[6], row[7]),
      metadata: metadata.decode(row[8], parseHexJson),
      recordedAt: row[9],
      seal: row[10],
      previousHash: row[11],
      hash: row[12],
    });
  }
  return { events, pending: false };
}

/** Parses JSON from the hex text of its stored bytes. */
function parseHexJson(hex: string): JsonValue {
  return parseJson(Buffer.from(hex, 'hex'));
}

function parsePosition(position: Position): [string, string] {
  const match = /^(\d{1,20}):(\d{1,19})$/.exec(position);
  if (match?.[1] === undefined || match[2] === undefined) throw new InvalidPositionError(position);
  return [match[1], match[2]];
}

function uniqueViolation(error: unknown): UniqueViolation | undefined {
  if (!(error instanceof loadPg().DatabaseError) || error.code !== '23505') return undefined;
  if (error.constraint === 'events_event_id_key') return 'event_id';
  if (error.constraint === 'events_stream_revision_key') return 'stream_revision';
  return undefined;
}
