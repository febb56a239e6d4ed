import type { Kysely } from 'kysely';
import type { ChangeNotifier } from '../change-notifier.js';
import type { Position } from '../types.js';
import type { Database, EventRow, EventsTable } from './schema.js';

/** An events row as inserted: everything but what the database assigns. */
export type NewEventRow = Omit<EventsTable, 'position' | 'transaction_id'>;

/** A stream's head as the append transaction sees it. */
export interface HeadRow {
  readonly stream: string;
  readonly revision: number;
  readonly hash: string;
  readonly sealed: boolean;
}

/** A page of the global log, and whether committed events wait beyond the visibility horizon. */
export interface GlobalPage {
  readonly rows: readonly EventRow[];
  /** PostgreSQL: events exist after the page that an older running transaction still hides. */
  readonly pending: boolean;
}

/** Which unique constraint an insert ran into. */
export type UniqueViolation = 'event_id' | 'stream_revision';

/**
 * Everything that differs between SQLite and PostgreSQL, and nothing else: how a write
 * transaction starts and locks heads, how the global order is read, how positions are written.
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  readonly db: Kysely<Database>;
  /** Runs `work` in a transaction that serialises writers of the same streams. */
  writeTransaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T>;
  /** Reads (and on PostgreSQL locks) the heads of these streams, in a deadlock-free order. */
  lockHeads(trx: Kysely<Database>, streams: readonly string[]): Promise<Map<string, HeadRow>>;
  /** Inserts events in the given order and returns their positions in that order. */
  insertEvents(trx: Kysely<Database>, rows: readonly NewEventRow[]): Promise<Position[]>;
  readGlobalPage(after: Position | undefined, limit: number): Promise<GlobalPage>;
  positionOf(row: Pick<EventRow, 'position' | 'transaction_id'>): Position;
  uniqueViolation(error: unknown): UniqueViolation | undefined;
  /** Wakes live readers on commits, including other processes' where the dialect can tell. */
  readonly notifier: ChangeNotifier;
  /** Starts whatever cross-process notification the dialect has (idempotent). */
  listen(): Promise<void>;
  close(): Promise<void>;
}
