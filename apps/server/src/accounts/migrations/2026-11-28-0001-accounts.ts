import { sql, type Kysely } from 'kysely';

// Frozen in time: never edit a migration that has shipped; add a new one. Plain SQL that both
// SQLite and PostgreSQL read the same way (text ids and ISO timestamps, 0/1 for the flag).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    admin INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  )`.execute(db);
  // Only a hash of each session id is stored: a copy of the database opens no session.
  await sql`CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX sessions_user ON sessions (user_id)`.execute(db);
  await sql`CREATE TABLE api_tokens (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  )`.execute(db);
}

export function down(): Promise<void> {
  return Promise.reject(new Error('Accounts are never migrated down.'));
}
