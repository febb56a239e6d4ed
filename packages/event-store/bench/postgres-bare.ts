/**
 * The baseline on PostgreSQL: pg alone, a pool of 8, an events table of the same shape in the
 * benchmark's own schema, BEGIN/INSERT/COMMIT per append and keyset paging for reads.
 */
import pg from 'pg';
import { BARE_COLUMNS, bareRows, bareValues, type BareRow, type BareSubject } from './workload.js';

/** The pool size, and so the number of concurrent writers of the concurrent line. */
export const BARE_POOL_SIZE = 8;

// A table name of its own, so that it sits beside the store's tables in the same fresh schema.
const CREATE_TABLE = `CREATE TABLE bare_events (
  position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stream_id TEXT NOT NULL,
  revision BIGINT NOT NULL,
  event_id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  data BYTEA NOT NULL,
  metadata BYTEA NOT NULL,
  recorded_at TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL
)`;

const COLUMN_COUNT = 9;

const SELECT_PAGE = `SELECT position, ${BARE_COLUMNS} FROM bare_events
  WHERE position > $1 ORDER BY position LIMIT $2`;

/** Opens the bare PostgreSQL subject in `schema`, creating the schema and its table. */
export async function openPostgresBare(url: string, schema: string): Promise<BareSubject> {
  const pool = new pg.Pool({
    connectionString: url,
    options: `-c search_path=${schema}`,
    max: BARE_POOL_SIZE,
  });
  await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await pool.query(CREATE_TABLE);
  const makeRows = bareRows();

  const inTransaction = async (rows: readonly BareRow[]): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // One multi-row INSERT, as anyone would write a batch by hand, rather than a round trip per row.
      await client.query(insertStatement(rows.length), rows.flatMap(bareValues));
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    settings: await describe(pool),
    appendOne: (stream) => inTransaction(makeRows(stream, 1)),
    appendBatch: (stream, size) => inTransaction(makeRows(stream, size)),
    async readAll(pageSize) {
      let count = 0;
      let after = '0';
      for (;;) {
        const page = await pool.query<{ position: string }>(SELECT_PAGE, [after, pageSize]);
        count += page.rows.length;
        const last = page.rows.at(-1);
        if (last === undefined || page.rows.length < pageSize) return count;
        after = last.position;
      }
    },
    close: () => pool.end(),
  };
}

/** Drops the benchmark's schema and everything in it (the store's tables too). */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}

function insertStatement(rowCount: number): string {
  const tuples = Array.from({ length: rowCount }, (_, row) => {
    const first = row * COLUMN_COUNT;
    const parameters = Array.from(
      { length: COLUMN_COUNT },
      (__, column) => `$${first + column + 1}`,
    );
    return `(${parameters.join(', ')})`;
  });
  return `INSERT INTO bare_events (${BARE_COLUMNS}) VALUES ${tuples.join(', ')} RETURNING position`;
}

async function describe(pool: pg.Pool): Promise<string> {
  const setting = async (name: string): Promise<string> => {
    const result = await pool.query<{ value: string }>('SELECT current_setting($1) AS value', [
      name,
    ]);
    return result.rows[0]?.value ?? '?';
  };
  const version = (await setting('server_version')).split(' ')[0] ?? '?';
  const commit = await setting('synchronous_commit');
  const fsync = await setting('fsync');
  return `PostgreSQL ${version}, synchronous_commit=${commit}, fsync=${fsync}`;
}
