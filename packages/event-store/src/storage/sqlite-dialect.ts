import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect as KyselySqliteDialect } from 'kysely';
import { ChangeNotifier } from '../change-notifier.js';
import { InvalidPositionError } from '../errors.js';
import type { JsonValue, Position, RecordedEvent, SealAction } from '../types.js';
import { MetadataDecoder } from './metadata-decoder.js';
import { jsonDataOf, payloadOf } from './rows.js';
import { INSERT_COLUMNS, insertValues } from './insert-columns.js';
import type { Database } from './schema.js';
import type {
  HeadRow,
  LastPositions,
  NewEventRow,
  SqlDialect,
  UniqueViolation,
} from './sql-dialect.js';

const INSERT_EVENT = `INSERT INTO events (${INSERT_COLUMNS.join(', ')})
  VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

/**
 * SQLite through better-sqlite3: one writer at a time, so rowid order is commit order. WAL with
 * synchronous=FULL, because "saved" must survive a power cut, not only a crash of the process.
 *
 * Appends and global reads run on the driver's prepared statements, synchronously: Kysely's
 * SQLite driver prepares every statement anew, which cost most of an append's time
 * (docs/decisions/0007-hot-paths-on-the-driver.md). Kysely serves migrations and other reads.
 */
export function openSqliteDialect(file: string): SqlDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new KyselySqliteDialect({ database }) });
  const notifier = new ChangeNotifier();
  let statements: ReturnType<typeof prepare> | undefined;

  return {
    name: 'sqlite',
    db,
    notifier,
    cachesHeads: false,
    appendOnce(streams, _mode, build) {
      // Prepared on first use: the tables exist only once the migrations have run.
      const prepared = (statements ??= prepare(database));
      return new Promise((resolve) => {
        // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and
        // writes later can fail with SQLITE_BUSY against another process, whatever busy_timeout says.
        resolve(prepared.append.immediate(streams, build));
      });
    },
    readGlobalPage(after, limit) {
      const from = after === undefined ? 0 : parsePosition(after);
      const prepared = (statements ??= prepare(database));
      return new Promise((resolve) => {
        resolve({ events: decodePage(prepared.page.all(from, limit)), pending: false });
      });
    },
    positionOf(row) {
      return String(row.position) as Position;
    },
    uniqueViolation,
    listen: () => Promise.resolve(),
    async close() {
      // The write-ahead log is folded into the database and emptied: a stopped server leaves
      // only its database file behind, not the last few megabytes of log beside it again.
      if (database.open) database.pragma('wal_checkpoint(TRUNCATE)');
      await db.destroy();
    },
  };
}

function prepare(database: BetterSqlite3.Database) {
  // The head is the stream's last event, one step down the (stream_id, revision) index.
  const head = database.prepare<[string], { revision: number; hash: string; seal: string | null }>(
    'SELECT revision, hash, seal FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
  );
  const insert = database.prepare(INSERT_EVENT);
  // Rows as arrays, not objects, and metadata as text: less for the driver to build per row.
  const page = database.prepare<[number, number], PageRow>(PAGE).raw(true);
  const append = database.transaction(
    (
      streams: readonly string[],
      build: (heads: ReadonlyMap<string, HeadRow>) => readonly NewEventRow[],
    ): LastPositions => {
      const heads = new Map<string, HeadRow>();
      for (const stream of streams) {
        const row = head.get(stream);
        if (row !== undefined)
          heads.set(stream, {
            stream,
            revision: row.revision,
            hash: row.hash,
            sealed: row.seal === 'seal',
          });
      }
      // Positional binding: better-sqlite3 binds an array several times faster than named parameters.
      const positions = new Map<string, Position>();
      for (const row of build(heads)) {
        const { lastInsertRowid } = insert.run(insertValues(row));
        positions.set(row.stream_id, String(lastInsertRowid) as Position);
      }
      return positions;
    },
  );
  return { append, page };
}

const PAGE = `SELECT position, stream_id, revision, event_id, type, data_kind, data,
    CAST(metadata AS TEXT), recorded_at, seal, previous_hash, hash
  FROM events WHERE position > ? ORDER BY position LIMIT ?`;

/** A row of PAGE, column by column. */
type PageRow = [
  position: number,
  stream: string,
  revision: number,
  eventId: string,
  type: string,
  dataKind: string,
  data: Buffer,
  metadata: string,
  recordedAt: string,
  seal: SealAction | null,
  previousHash: string,
  hash: string,
];

function decodePage(rows: readonly PageRow[]): RecordedEvent[] {
  const metadata = new MetadataDecoder();
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    events.push({
      position: String(row[0]) as Position,
      stream: row[1],
      revision: row[2],
      eventId: row[3],
      type: row[4],
      data: jsonDataOf(row[5], row[6]),
      payload: payloadOf(row[5], row[6]),
      metadata: metadata.decode(row[7], parseJsonText),
      recordedAt: row[8],
      seal: row[9],
      previousHash: row[10],
      hash: row[11],
    });
  }
  return events;
}

function parseJsonText(text: string): JsonValue {
  return JSON.parse(text) as JsonValue;
}

function parsePosition(position: Position): number {
  if (!/^\d{1,15}$/.test(position)) throw new InvalidPositionError(position);
  return Number(position);
}

function uniqueViolation(error: unknown): UniqueViolation | undefined {
  if (!(error instanceof BetterSqlite3.SqliteError) || error.code !== 'SQLITE_CONSTRAINT_UNIQUE')
    return undefined;
  if (error.message.includes('events.event_id')) return 'event_id';
  if (error.message.includes('events.stream_id')) return 'stream_revision';
  return undefined;
}
