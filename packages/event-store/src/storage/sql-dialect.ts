import type { Kysely } from 'kysely';
import type { ChangeNotifier } from '../change-notifier.js';
import type { Position, RecordedEvent } from '../types.js';
import type { Database, EventRow, EventsTable } from './schema.js';

/** An events row as inserted: everything but what the database assigns. */
export type NewEventRow = Omit<EventsTable, 'position' | 'transaction_id'>;

/** A stream's head as an append sees it. */
export interface HeadRow {
  readonly stream: string;
  readonly revision: number;
  readonly hash: string;
  readonly sealed: boolean;
}

/** A page of the global log, and whether committed events wait beyond the visibility horizon. */
export interface GlobalPage {
  /** Decoded by the dialect: the global read is a hot path, each dialect decodes its own rows. */
  readonly events: readonly RecordedEvent[];
  /** PostgreSQL: events exist after the page that an older running transaction still hides. */
  readonly pending: boolean;
}

/** The position of the last new event of each stream an append wrote, by stream. */
export type LastPositions = ReadonlyMap<string, Position>;

/** Which unique constraint an insert ran into. */
export type UniqueViolation = 'event_id' | 'stream_revision';

/**
 * How an append attempt reads the heads: from the dialect's cache (optimistic; a stale head
 * makes the insert hit the unique revision and the append try again), fresh from the
 * database, or fresh with the streams locked (after repeated contention).
 */
export type AppendAttempt = 'cached' | 'fresh' | 'locked';

/**
 * Everything that differs between SQLite and PostgreSQL, and nothing else: how an append is
 * written, how the global order is read, how positions are written and woken up on.
 */
export interface SqlDialect {
  readonly name: 'sqlite' | 'postgres';
  /** Kysely over the same database, for migrations and the reads that are not hot paths. */
  readonly db: Kysely<Database>;
  /** Whether `cached` attempts may see stale heads (and typed clashes deserve a fresh look). */
  readonly cachesHeads: boolean;
  /**
   * Writes the rows that `build` makes from the streams' heads, atomically, and returns the
   * position of each stream's last new row (all an append reports, and on PostgreSQL one row
   * back instead of one per event). `build` throws the typed errors; nothing is written then.
   */
  appendOnce(
    streams: readonly string[],
    mode: AppendAttempt,
    build: (heads: ReadonlyMap<string, HeadRow>) => readonly NewEventRow[],
  ): Promise<LastPositions>;
  readGlobalPage(after: Position | undefined, limit: number): Promise<GlobalPage>;
  positionOf(row: Pick<EventRow, 'position' | 'transaction_id'>): Position;
  uniqueViolation(error: unknown): UniqueViolation | undefined;
  /** Wakes live readers on commits, including other processes' where the dialect can tell. */
  readonly notifier: ChangeNotifier;
  /** Starts whatever cross-process notification the dialect has (idempotent). */
  listen(): Promise<void>;
  close(): Promise<void>;
}
