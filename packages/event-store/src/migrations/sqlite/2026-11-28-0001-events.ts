import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
  // AUTOINCREMENT: a position is never reused, even after the last row's transaction rolled back.
  await sql`CREATE TABLE events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 0),
    event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    data_kind TEXT NOT NULL CHECK (data_kind IN ('json', 'binary')),
    data BLOB NOT NULL,
    metadata BLOB NOT NULL,
    recorded_at TEXT NOT NULL,
    seal TEXT CHECK (seal IN ('seal', 'unseal')),
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (stream_id, revision)
  )`.execute(db);
  await sql`CREATE TABLE snapshots (
    stream_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    state BLOB NOT NULL,
    chain_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (stream_id, revision)
  )`.execute(db);
  // History is append-only: the database itself refuses to change or remove an event.
  await sql`CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events BEGIN
    SELECT RAISE(ABORT, 'events are append-only: UPDATE is refused');
  END`.execute(db);
  await sql`CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events BEGIN
    SELECT RAISE(ABORT, 'events are append-only: DELETE is refused');
  END`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('The event log is never migrated down.'));
}
