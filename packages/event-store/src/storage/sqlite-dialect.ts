import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect as KyselySqliteDialect, sql } from 'kysely';
import { ChangeNotifier } from '../change-notifier.js';
import { InvalidPositionError } from '../errors.js';
import type { Position } from '../types.js';
import type { Database } from './schema.js';
import type { GlobalPage, HeadRow, SqlDialect, UniqueViolation } from './sql-dialect.js';

/**
 * SQLite through better-sqlite3: one writer at a time, so rowid order is commit order. WAL with
 * synchronous=FULL, because "saved" must survive a power cut, not only a crash of the process.
 */
export function openSqliteDialect(file: string): SqlDialect {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
  database.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new KyselySqliteDialect({ database }) });
  const notifier = new ChangeNotifier();

  return {
    name: 'sqlite',
    db,
    notifier,
    async writeTransaction(work) {
      return db.connection().execute(async (connection) => {
        // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and
        // writes later can fail with SQLITE_BUSY against another process, whatever busy_timeout says.
        await sql`BEGIN IMMEDIATE`.execute(connection);
        try {
          const result = await work(connection);
          await sql`COMMIT`.execute(connection);
          return result;
        } catch (error) {
          if (database.inTransaction) await sql`ROLLBACK`.execute(connection);
          throw error;
        }
      });
    },
    async lockHeads(trx, streams) {
      // BEGIN IMMEDIATE already holds the only write lock: a plain read is enough.
      const rows = await trx
        .selectFrom('streams')
        .select(['stream_id', 'revision', 'hash', 'sealed'])
        .where('stream_id', 'in', streams)
        .execute();
      return new Map(rows.map((row): [string, HeadRow] => [row.stream_id, toHead(row)]));
    },
    async insertEvents(trx, rows) {
      const positions: Position[] = [];
      for (const chunk of chunks(rows, INSERT_CHUNK)) {
        const inserted = await trx.insertInto('events').values(chunk).returning('position').execute();
        // RETURNING order is unspecified; positions grow in VALUES order, so sorting restores it.
        const sorted = inserted.map((row) => Number(row.position)).sort((a, b) => a - b);
        for (const position of sorted) positions.push(String(position) as Position);
      }
      return positions;
    },
    async readGlobalPage(after, limit): Promise<GlobalPage> {
      const from = after === undefined ? 0 : parsePosition(after);
      const rows = await db
        .selectFrom('events')
        .selectAll()
        .where('position', '>', from)
        .orderBy('position')
        .limit(limit)
        .execute();
      return { rows, pending: false };
    },
    positionOf(row) {
      return String(row.position) as Position;
    },
    uniqueViolation,
    listen: () => Promise.resolve(),
    async close() {
      await db.destroy();
    },
  };
}

// SQLite allows 32,766 bound parameters per statement; 200 rows of 11 columns stay far below.
const INSERT_CHUNK = 200;

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

function toHead(row: { stream_id: string; revision: number | string; hash: string; sealed: number | boolean }): HeadRow {
  return { stream: row.stream_id, revision: Number(row.revision), hash: row.hash, sealed: Boolean(row.sealed) };
}

function parsePosition(position: Position): number {
  if (!/^\d{1,15}$/.test(position)) throw new InvalidPositionError(position);
  return Number(position);
}

function uniqueViolation(error: unknown): UniqueViolation | undefined {
  if (!(error instanceof BetterSqlite3.SqliteError) || error.code !== 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
  if (error.message.includes('events.event_id')) return 'event_id';
  if (error.message.includes('events.stream_id')) return 'stream_revision';
  return undefined;
}
