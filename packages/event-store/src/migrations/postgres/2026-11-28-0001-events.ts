import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
  // transaction_id orders the global log: a sequence value is taken at insert but becomes
  // visible at commit, so readers order by (transaction_id, position) and read only below the
  // oldest running transaction (docs/decisions/0003-postgres-global-order.md).
  await sql`CREATE TABLE events (
    position BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    transaction_id XID8 NOT NULL DEFAULT pg_current_xact_id(),
    stream_id TEXT NOT NULL,
    revision BIGINT NOT NULL CHECK (revision >= 0),
    event_id TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    data_kind TEXT NOT NULL CHECK (data_kind IN ('json', 'binary')),
    data BYTEA NOT NULL,
    metadata BYTEA NOT NULL,
    recorded_at TEXT NOT NULL,
    seal TEXT CHECK (seal IN ('seal', 'unseal')),
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL,
    CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision)
  )`.execute(db);
  await sql`CREATE INDEX events_global_order ON events (transaction_id, position)`.execute(db);
  await sql`CREATE TABLE snapshots (
    stream_id TEXT NOT NULL,
    revision BIGINT NOT NULL,
    state BYTEA NOT NULL,
    chain_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (stream_id, revision)
  )`.execute(db);
  // History is append-only: the database itself refuses to change or remove an event.
  await sql`CREATE FUNCTION events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'events are append-only: % is refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END $$`.execute(db);
  await sql`CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_refuse_change()`.execute(db);
  await sql`CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_refuse_change()`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('The event log is never migrated down.'));
}
