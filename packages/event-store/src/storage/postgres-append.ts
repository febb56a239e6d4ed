import type pg from 'pg';
import type { Position } from '../types.js';
import { INSERT_COLUMNS, insertValues } from './insert-columns.js';
import type { AppendAttempt, HeadRow, LastPositions, NewEventRow } from './sql-dialect.js';

const COLUMNS = INSERT_COLUMNS.length;
// Statements for the common sizes are named, so each connection parses and plans them once.
const NAMED_UP_TO = 128;

/** One INSERT for all the rows of an append: a single statement is atomic by itself. */
function insertEvents(rows: readonly NewEventRow[]): pg.QueryConfig {
  const values: unknown[] = [];
  for (const row of rows) values.push(...insertValues(row));
  const named = rows.length <= NAMED_UP_TO;
  return {
    ...(named ? { name: `rapporteur_insert_events_${rows.length}` } : {}),
    text: named ? namedInsertText(rows.length) : insertText(rows.length),
    values,
  };
}

// The text of a named statement is built once per size: pg sends it only on a connection's
// first use, but the query still needs it every time.
const namedTexts = new Map<number, string>();

function namedInsertText(rowCount: number): string {
  let text = namedTexts.get(rowCount);
  if (text === undefined) {
    text = insertText(rowCount);
    namedTexts.set(rowCount, text);
  }
  return text;
}

function insertText(rowCount: number): string {
  const placeholders = Array.from({ length: rowCount }, (_, row) => {
    const first = row * COLUMNS;
    return `(${Array.from({ length: COLUMNS }, (_unused, column) => `$${first + column + 1}`).join(', ')})`;
  });
  // One row back per stream rather than one per event: RETURNING a row for each of a batch's
  // events cost about a fifth of its throughput. One statement is one transaction, so
  // pg_current_xact_id() is every row's transaction_id.
  return `WITH inserted AS (
             INSERT INTO events (${INSERT_COLUMNS.join(', ')})
             VALUES ${placeholders.join(', ')}
             RETURNING stream_id, position)
           SELECT stream_id, max(position)::text AS position,
                  pg_current_xact_id()::text AS transaction_id
             FROM inserted GROUP BY stream_id`;
}

// Each head is the stream's last event, one step down the (stream_id, revision) index.
const SELECT_HEADS = {
  name: 'rapporteur_select_heads',
  text: `SELECT DISTINCT ON (stream_id) stream_id, revision, hash, seal
           FROM events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, revision DESC`,
};
// Transaction-scoped locks on the stream names, taken in one order so that two appends over the
// same streams cannot deadlock.
const LOCK_STREAMS =
  'SELECT pg_advisory_xact_lock(hashtextextended(name, 0)) FROM unnest($1::text[]) AS name ORDER BY name';

/**
 * Appends on PostgreSQL in one round trip when it can. The heads of the streams this store
 * wrote last are kept in memory; the insert is one statement (atomic by itself), and a stale
 * head is caught by the unique (stream_id, revision) index, after which the caller tries again
 * with fresh heads, and under repeated contention with the streams locked.
 */
export class PostgresAppender {
  readonly #heads = new Map<string, HeadRow>();

  constructor(private readonly pool: pg.Pool) {}

  async appendOnce(
    streams: readonly string[],
    mode: AppendAttempt,
    build: (heads: ReadonlyMap<string, HeadRow>) => readonly NewEventRow[],
  ): Promise<LastPositions> {
    if (mode === 'locked') return this.#appendLocked(streams, build);
    const heads =
      mode === 'cached'
        ? await this.#cachedHeads(streams)
        : await this.#readHeads(this.pool, streams);
    const rows = build(heads);
    try {
      return this.#remember(rows, await this.pool.query<InsertedRow>(insertEvents(rows)));
    } catch (error) {
      for (const stream of streams) this.#heads.delete(stream);
      throw error;
    }
  }

  async #appendLocked(
    streams: readonly string[],
    build: (heads: ReadonlyMap<string, HeadRow>) => readonly NewEventRow[],
  ): Promise<LastPositions> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(LOCK_STREAMS, [streams]);
      const rows = build(await this.#readHeads(client, streams));
      const inserted = await client.query<InsertedRow>(insertEvents(rows));
      await client.query('COMMIT');
      return this.#remember(rows, inserted);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      for (const stream of streams) this.#heads.delete(stream);
      throw error;
    } finally {
      client.release();
    }
  }

  async #cachedHeads(streams: readonly string[]): Promise<Map<string, HeadRow>> {
    const missing = streams.filter((stream) => !this.#heads.has(stream));
    const heads =
      missing.length > 0 ? await this.#readHeads(this.pool, missing) : new Map<string, HeadRow>();
    for (const stream of streams) {
      const cached = this.#heads.get(stream);
      if (cached !== undefined) heads.set(stream, cached);
    }
    return heads;
  }

  async #readHeads(
    client: pg.Pool | pg.PoolClient,
    streams: readonly string[],
  ): Promise<Map<string, HeadRow>> {
    const result = await client.query<{
      stream_id: string;
      revision: string;
      hash: string;
      seal: string | null;
    }>({
      ...SELECT_HEADS,
      values: [streams],
    });
    const heads = new Map<string, HeadRow>();
    for (const row of result.rows) {
      heads.set(row.stream_id, {
        stream: row.stream_id,
        revision: Number(row.revision),
        hash: row.hash,
        sealed: row.seal === 'seal',
      });
    }
    return heads;
  }

  #remember(rows: readonly NewEventRow[], inserted: pg.QueryResult<InsertedRow>): LastPositions {
    for (const row of rows) {
      this.#heads.set(row.stream_id, {
        stream: row.stream_id,
        revision: Number(row.revision),
        hash: row.hash,
        sealed: row.seal === 'seal',
      });
    }
    // Identities grow in insertion order, so a stream's last event has its highest position.
    return new Map(
      inserted.rows.map((row) => [
        row.stream_id,
        `${row.transaction_id}:${row.position}` as Position,
      ]),
    );
  }
}

interface InsertedRow {
  readonly stream_id: string;
  readonly position: string;
  readonly transaction_id: string;
}
