/**
 * The baseline on SQLite: better-sqlite3 alone, on a fresh file with the store's durability
 * (WAL, synchronous=FULL) and an events table of the same shape, with prepared statements and
 * one BEGIN/INSERT/COMMIT per append.
 */
import BetterSqlite3 from 'better-sqlite3';
import { BARE_COLUMNS, bareRows, bareValues, type BareRow, type BareSubject } from './workload.js';

const CREATE_TABLE = `CREATE TABLE events (
  position INTEGER PRIMARY KEY AUTOINCREMENT,
  stream_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  event_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  data BLOB NOT NULL,
  metadata BLOB NOT NULL,
  recorded_at TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
)`;

const INSERT = `INSERT INTO events (${BARE_COLUMNS})
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const SELECT_PAGE = `SELECT position, ${BARE_COLUMNS}
  FROM events WHERE position > ? ORDER BY position LIMIT ?`;

/** Opens `file` (which must not exist yet) as the bare SQLite subject. */
export function openSqliteBare(file: string): BareSubject {
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.exec(CREATE_TABLE);
  const begin = database.prepare('BEGIN');
  const commit = database.prepare('COMMIT');
  const rollback = database.prepare('ROLLBACK');
  const insert = database.prepare(INSERT);
  const selectPage = database.prepare<[number, number], { position: number }>(SELECT_PAGE);
  const makeRows = bareRows();

  const insertRow = (row: BareRow): void => {
    insert.run(...bareValues(row));
  };
  const inTransaction = (rows: readonly BareRow[]): void => {
    begin.run();
    try {
      for (const row of rows) insertRow(row);
      commit.run();
    } catch (error) {
      if (database.inTransaction) rollback.run();
      throw error;
    }
  };

  return {
    settings: describe(database),
    appendOne(stream) {
      inTransaction(makeRows(stream, 1));
      return Promise.resolve();
    },
    appendBatch(stream, size) {
      inTransaction(makeRows(stream, size));
      return Promise.resolve();
    },
    readAll(pageSize) {
      let count = 0;
      let after = 0;
      for (;;) {
        const page = selectPage.all(after, pageSize);
        count += page.length;
        const last = page.at(-1);
        if (last === undefined || page.length < pageSize) return Promise.resolve(count);
        after = last.position;
      }
    },
    close() {
      database.close();
      return Promise.resolve();
    },
  };
}

function describe(database: BetterSqlite3.Database): string {
  const version = database.prepare<[], { v: string }>('SELECT sqlite_version() AS v').get()?.v;
  const mode = String(database.pragma('journal_mode', { simple: true }));
  const synchronous = String(database.pragma('synchronous', { simple: true }));
  const names: Record<string, string> = { '0': 'OFF', '1': 'NORMAL', '2': 'FULL', '3': 'EXTRA' };
  return `SQLite ${version ?? '?'}, journal_mode=${mode}, synchronous=${names[synchronous] ?? synchronous}`;
}
